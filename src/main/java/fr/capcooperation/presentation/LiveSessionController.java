package fr.capcooperation.presentation;

import java.security.Principal;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.capcooperation.catalog.CatalogContent.Question;
import fr.capcooperation.catalog.CatalogService;

/**
 * The trainer's side of a live session, under {@code /formateur/} (trainers and admins only,
 * see SecurityConfiguration): open a session, project its code and results, reveal or hide
 * them, reset or close it. The projector pages poll {@code resultats} (JSON) every second.
 */
@Controller
@RequestMapping("/formateur/direct")
class LiveSessionController {

	/** Seconds between reloads of a projector page when JavaScript is off. */
	static final int REFRESH_WITHOUT_SCRIPT = 5;

	private final LiveSessions sessions;
	private final LiveResultsCalculator calculator;
	private final CatalogService catalogs;
	private final PublicAddress address;

	LiveSessionController(LiveSessions sessions, LiveResultsCalculator calculator, CatalogService catalogs,
			PublicAddress address) {
		this.sessions = sessions;
		this.calculator = calculator;
		this.catalogs = catalogs;
		this.address = address;
	}

	@GetMapping
	String sessions(Model model) {
		model.addAttribute("sessions", sessions.openSessions());
		return "presentation/live-sessions";
	}

	@PostMapping
	String open(Principal trainer) {
		return "redirect:/formateur/direct/" + sessions.open(trainer.getName()).code();
	}

	/** The projector's overview: code, QR code, participants and the recommended forms. */
	@GetMapping("/{code}")
	String overview(@PathVariable String code, Model model) {
		LiveSession session = session(code);
		List<Question> questions = catalogs.current().questions();
		model.addAttribute("next", questions.isEmpty() ? null : questions.get(0));
		model.addAttribute("previous", null);
		return projector(session, null, model);
	}

	/** The projector's page for one question. */
	@GetMapping("/{code}/questions/{key}")
	String question(@PathVariable String code, @PathVariable String key, Model model) {
		LiveSession session = session(code);
		List<Question> questions = catalogs.current().questions();
		int index = -1;
		for (int i = 0; i < questions.size(); i++) {
			if (questions.get(i).key().equals(key)) {
				index = i;
			}
		}
		if (index < 0) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("previous", index > 0 ? questions.get(index - 1) : null);
		model.addAttribute("next", index + 1 < questions.size() ? questions.get(index + 1) : null);
		model.addAttribute("position", index + 1);
		model.addAttribute("count", questions.size());
		return projector(session, key, model);
	}

	private String projector(LiveSession session, String questionKey, Model model) {
		LiveResults results = calculator.results(session);
		model.addAttribute("liveSession", session);
		model.addAttribute("results", results);
		model.addAttribute("questionKey", questionKey);
		model.addAttribute("questionResults",
				questionKey == null ? null
						: results.questions().stream().filter(q -> q.key().equals(questionKey)).findFirst().orElse(null));
		model.addAttribute("questionLabel", questionKey == null ? null
				: catalogs.current().question(questionKey).map(Question::label).orElse(questionKey));
		model.addAttribute("joinUrl", PublicAddress.shortForm(address.join()));
		model.addAttribute("sessionUrl", PublicAddress.shortForm(address.liveSession(session.code())));
		model.addAttribute("refresh", REFRESH_WITHOUT_SCRIPT);
		return "presentation/live-projector";
	}

	/** The figures as JSON, for the projector's polling (and for checks). */
	@GetMapping(path = "/{code}/resultats", produces = "application/json")
	@ResponseBody
	ResponseEntity<LiveResults> results(@PathVariable String code) {
		return ResponseEntity.ok().header("Cache-Control", "no-store").body(calculator.results(session(code)));
	}

	@PostMapping("/{code}/reveler")
	String reveal(@PathVariable String code, @RequestParam(name = "question", required = false) String question,
			RedirectAttributes flash) {
		return change(sessions.reveal(canonical(code), true), code, "presentation.live.flash.revealed", flash)
				+ questionPath(question);
	}

	@PostMapping("/{code}/masquer")
	String hide(@PathVariable String code, @RequestParam(name = "question", required = false) String question,
			RedirectAttributes flash) {
		return change(sessions.reveal(canonical(code), false), code, "presentation.live.flash.hidden", flash)
				+ questionPath(question);
	}

	/** Back to the question page the trainer was on, if it is one of the catalogue's questions. */
	private String questionPath(String question) {
		return question != null && catalogs.current().question(question).isPresent() ? "/questions/" + question : "";
	}

	@PostMapping("/{code}/reinitialiser")
	String reset(@PathVariable String code, RedirectAttributes flash) {
		return change(sessions.reset(canonical(code)).isPresent(), code, "presentation.live.flash.reset", flash);
	}

	@PostMapping("/{code}/fermer")
	String close(@PathVariable String code, RedirectAttributes flash) {
		if (!sessions.close(canonical(code))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		flash.addFlashAttribute("flash", "presentation.live.flash.closed");
		flash.addFlashAttribute("flashCode", canonical(code));
		return "redirect:/formateur/direct";
	}

	private static String change(boolean done, String code, String message, RedirectAttributes flash) {
		if (!done) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		flash.addFlashAttribute("flash", message);
		return "redirect:/formateur/direct/" + canonical(code);
	}

	private LiveSession session(String code) {
		return sessions.findOpen(canonical(code)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String canonical(String code) {
		Optional<String> canonical = SessionCodes.normalise(code);
		return canonical.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
