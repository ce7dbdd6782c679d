package fr.capcooperation.together;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import fr.capcooperation.CapCoopSettings;
import fr.capcooperation.advice.Advisor;
import fr.capcooperation.together.SharedApproach.Partner;
import fr.capcooperation.together.SynthesisView.Discussion;
import fr.capcooperation.web.ClientAddress;
import fr.capcooperation.web.RateLimits;

/**
 * The coordinator's side of a shared approach: creating it, the partners' links and where each
 * respondent stands, the privacy setting, adding and removing partners and links, the
 * synthesis, and deleting everything. Every address after creation carries the coordinator's
 * unguessable token.
 */
@Controller
@RequestMapping("/ensemble")
class CoordinatorController {

	static final String DELETED = "demarche-supprimee";
	static final String APPROACHES = "approaches";

	private final SharedApproaches approaches;
	private final Advisor advisor;
	private final MessageSource messages;
	private final RateLimits limits;
	private final CapCoopSettings settings;
	private final DiagnosisPdf pdf;

	CoordinatorController(SharedApproaches approaches, Advisor advisor, MessageSource messages, RateLimits limits,
			CapCoopSettings settings, DiagnosisPdf pdf) {
		this.approaches = approaches;
		this.advisor = advisor;
		this.messages = messages;
		this.limits = limits;
		this.settings = settings;
		this.pdf = pdf;
	}

	@GetMapping
	String introduction(Model model) {
		model.addAttribute("form", new ApproachForm());
		return introductionPage(model, Map.of());
	}

	/**
	 * Creates the approach with every link in one request. An approach counts as one journey in
	 * the client's allowance ({@code capcoop.rate-limits.journeys}), whatever its number of links:
	 * respondents' journeys are started by each link, at most one at a time.
	 */
	@PostMapping
	String create(@Valid @ModelAttribute("form") ApproachForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		Map<String, String> errors = errors(result);
		List<String> partners = form.partnerNames();
		@Nullable String problem = ApproachForm.partnersProblem(List.of(), partners);
		if (problem != null) {
			errors.putIfAbsent("partners", message(problem, SharedApproach.MAX_PARTNERS, ApproachForm.NAME_LENGTH));
		}
		int links = ApproachForm.linkCount(form.getLinks());
		if (links < 1) {
			errors.putIfAbsent("links", message("together.error.links", SharedApproach.MAX_LINKS_PER_PARTNER));
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return introductionPage(model, errors);
		}
		RateLimits.Verdict verdict = limits.take(APPROACHES, settings.rateLimits().journeys(), ClientAddress.of(request));
		if (!verdict.allowed()) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader("Retry-After", Long.toString(verdict.seconds()));
			model.addAttribute("wait", verdict.minutes());
			return introductionPage(model, Map.of());
		}
		SharedApproach approach = approaches.create(form.getName().strip(), partners, links,
				form.isPartnersSeeAnswers());
		return "redirect:/ensemble/coordination/" + approach.coordinatorToken() + "?creee";
	}

	private static String introductionPage(Model model, Map<String, String> errors) {
		model.addAttribute("errors", errors);
		model.addAttribute("maxPartners", SharedApproach.MAX_PARTNERS);
		model.addAttribute("maxLinks", SharedApproach.MAX_LINKS_PER_PARTNER);
		return "together/introduction";
	}

	@GetMapping("/coordination/{token}")
	String coordination(@PathVariable String token, Model model) {
		SharedApproach approach = approach(token);
		return coordinationPage(model, approach, Map.of(), "", 1);
	}

	private String coordinationPage(Model model, SharedApproach approach, Map<String, String> errors, String partnerName,
			int links) {
		model.addAttribute("approach", approach);
		model.addAttribute("synthesis", approaches.synthesis(approach));
		model.addAttribute("errors", errors);
		model.addAttribute("partnerName", partnerName);
		model.addAttribute("partnerLinks", links);
		model.addAttribute("maxPartners", SharedApproach.MAX_PARTNERS);
		model.addAttribute("maxLinks", SharedApproach.MAX_LINKS_PER_PARTNER);
		return "together/coordination";
	}

	@PostMapping("/coordination/{token}/confidentialite")
	String privacy(@PathVariable String token, @RequestParam(name = "partnersSeeAnswers", defaultValue = "false") boolean see) {
		approaches.setPartnersSeeAnswers(approach(token), see);
		return "redirect:/ensemble/coordination/" + token + "?enregistre#confidentialite";
	}

	@PostMapping("/coordination/{token}/partenaires")
	String addPartner(@PathVariable String token, @RequestParam(name = "name", defaultValue = "") String name,
			@RequestParam(name = "links", defaultValue = "1") String links, Model model,
			HttpServletResponse response) {
		SharedApproach approach = approach(token);
		Map<String, String> errors = new LinkedHashMap<>();
		List<String> existing = approach.partners().stream().map(Partner::name).toList();
		@Nullable String problem = ApproachForm.partnersProblem(existing, name.isBlank() ? List.of() : List.of(name.strip()));
		if (problem != null) {
			errors.put("partner-name", message(problem, SharedApproach.MAX_PARTNERS, ApproachForm.NAME_LENGTH));
		}
		int count = ApproachForm.linkCount(links);
		if (count < 1) {
			errors.put("partner-links", message("together.error.links", SharedApproach.MAX_LINKS_PER_PARTNER));
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return coordinationPage(model, approach, errors, name, count < 1 ? 1 : count);
		}
		approaches.addPartner(approach, name.strip(), count);
		return "redirect:/ensemble/coordination/" + token + "#partenaires";
	}

	@PostMapping("/coordination/{token}/partenaires/{partnerId}/liens")
	String addLink(@PathVariable String token, @PathVariable long partnerId) {
		SharedApproach approach = approach(token);
		Partner partner = approach.partner(partnerId).orElseThrow(UnknownApproachException::new);
		if (partner.respondents().size() < SharedApproach.MAX_LINKS_PER_PARTNER) {
			approaches.addLink(approach, partner);
		}
		return "redirect:/ensemble/coordination/" + token + "#partenaire-" + partnerId;
	}

	@GetMapping("/coordination/{token}/partenaires/{partnerId}/supprimer")
	String confirmPartnerRemoval(@PathVariable String token, @PathVariable long partnerId, Model model) {
		SharedApproach approach = approach(token);
		model.addAttribute("approach", approach);
		model.addAttribute("partner", approach.partner(partnerId).orElseThrow(UnknownApproachException::new));
		return "together/remove-partner";
	}

	@PostMapping("/coordination/{token}/partenaires/{partnerId}/supprimer")
	String removePartner(@PathVariable String token, @PathVariable long partnerId) {
		SharedApproach approach = approach(token);
		approaches.removePartner(approach, approach.partner(partnerId).orElseThrow(UnknownApproachException::new));
		return "redirect:/ensemble/coordination/" + token + "?partenaire-retire#partenaires";
	}

	/** The synthesis; {@code question} and {@code reponse} (from 1): « Et si… ? » on one of that question's answers. */
	@GetMapping("/coordination/{token}/synthese")
	String synthesis(@PathVariable String token, @RequestParam(name = "question", required = false) @Nullable String question,
			@RequestParam(name = "reponse", defaultValue = "0") String variant, Model model) {
		SharedApproach approach = approach(token);
		model.addAttribute("approach", approach);
		model.addAttribute("view", SynthesisView.of(approaches.synthesis(approach), true, question, number(variant, 0),
				approaches, advisor, messages));
		model.addAttribute("coordinator", true);
		model.addAttribute("synthesisUrl", "/ensemble/coordination/" + token + "/synthese");
		return "together/synthesis";
	}

	/**
	 * The meeting mode: the synthesis projected one screen at a time ({@code n}, from 1), with the
	 * deck's look and keys; on a divergence, {@code reponse} (from 1) shows « Et si… ? » on that
	 * answer. What partners see follows the privacy setting: the room is the partners.
	 */
	@GetMapping("/coordination/{token}/reunion")
	String meeting(@PathVariable String token, @RequestParam(name = "n", defaultValue = "1") String n,
			@RequestParam(name = "reponse", defaultValue = "0") String variant, Model model) {
		SharedApproach approach = approach(token);
		Synthesis synthesis = approaches.synthesis(approach);
		boolean showAnswers = approach.partnersSeeAnswers();
		SynthesisView plain = SynthesisView.of(synthesis, showAnswers, advisor, messages);
		Meeting meeting = Meeting.of(plain);
		Meeting.Screen screen = meeting.screen(number(n, 1));
		@Nullable Discussion discussion = screen.discussion();
		int chosen = number(variant, 0);
		SynthesisView view = discussion == null || chosen < 1 ? plain
				: SynthesisView.of(synthesis, showAnswers, discussion.question(), chosen, approaches, advisor, messages);
		model.addAttribute("approach", approach);
		model.addAttribute("view", view);
		model.addAttribute("meeting", meeting);
		model.addAttribute("screen", screen);
		model.addAttribute("base", "/ensemble/coordination/" + token + "/reunion");
		return "together/meeting";
	}

	/** The shared diagnosis for the partners' boards, following the privacy setting. */
	@GetMapping("/coordination/{token}/diagnostic.pdf")
	ResponseEntity<byte[]> diagnosis(@PathVariable String token) {
		return pdf.download(approach(token));
	}

	/** A number typed in an address; {@code otherwise} when it is not one. */
	static int number(String text, int otherwise) {
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			return otherwise;
		}
	}

	@GetMapping("/coordination/{token}/supprimer")
	String confirmDeletion(@PathVariable String token, Model model) {
		model.addAttribute("approach", approach(token));
		return "together/delete";
	}

	@PostMapping("/coordination/{token}/supprimer")
	String delete(@PathVariable String token) {
		approaches.delete(approach(token));
		return "redirect:/ensemble/" + DELETED;
	}

	@GetMapping("/" + DELETED)
	@ResponseStatus(HttpStatus.OK)
	String deleted() {
		return "together/deleted";
	}

	private SharedApproach approach(String token) {
		return approaches.findByCoordinator(token).orElseThrow(UnknownApproachException::new);
	}

	private Map<String, String> errors(BindingResult result) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : result.getFieldErrors()) {
			errors.putIfAbsent(error.getField(), messages.getMessage(error, LocaleContextHolder.getLocale()));
		}
		return errors;
	}

	private String message(String code, Object... arguments) {
		return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}
}
