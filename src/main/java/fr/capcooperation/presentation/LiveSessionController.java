package fr.capcooperation.presentation;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
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
import fr.capcooperation.rules.QuestionType;

/**
 * The trainer's side of a live session, under {@code /formateur/} (trainers and admins only,
 * see TrainerSecurity): open a session, project its code and results, reveal or hide
 * them, reset or close it. The projector pages poll {@code resultats} (JSON) every second.
 */
@Controller
@RequestMapping("/formateur/direct")
class LiveSessionController {

	/** Seconds between reloads of a projector page when JavaScript is off. */
	static final int REFRESH_WITHOUT_SCRIPT = 5;
	/** Bars of one question on one projector page. */
	static final int OPTIONS_PER_SLIDE = 5;

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
		return projector(session, null, 1, model);
	}

	/**
	 * The projector's page for one question; a question with many options is split over
	 * several pages ({@code partie}), so that its bars never need scrolling.
	 */
	@GetMapping("/{code}/questions/{key}")
	String question(@PathVariable String code, @PathVariable String key,
			@RequestParam(name = "partie", defaultValue = "1") int part, Model model) {
		LiveSession session = session(code);
		if (catalogs.current().question(key).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return projector(session, key, part, model);
	}

	/** One page of the projector: the overview (no question) or a part of a question. */
	record View(@Nullable String question, int part, int parts) {
	}

	private List<View> views() {
		List<View> views = new ArrayList<>();
		views.add(new View(null, 1, 1));
		for (Question question : catalogs.current().questions()) {
			int size = question.type() == QuestionType.NUMBER ? LiveResultsCalculator.RANGES.length
					: question.type() == QuestionType.CHECKLIST ? 1 : question.options().size();
			int parts = Math.max(1, (size + OPTIONS_PER_SLIDE - 1) / OPTIONS_PER_SLIDE);
			if (question.type() == QuestionType.CHECKLIST) {
				parts = 1;
			}
			for (int part = 1; part <= parts; part++) {
				views.add(new View(question.key(), part, parts));
			}
		}
		return views;
	}

	private static String url(String code, View view) {
		if (view.question() == null) {
			return "/formateur/direct/" + code;
		}
		return "/formateur/direct/" + code + "/questions/" + view.question() + (view.part() > 1 ? "?partie=" + view.part() : "");
	}

	private String projector(LiveSession session, @Nullable String questionKey, int part, Model model) {
		List<View> views = views();
		int index = -1;
		for (int i = 0; i < views.size(); i++) {
			View view = views.get(i);
			if (Objects.equals(view.question(), questionKey) && view.part() == part) {
				index = i;
			}
		}
		if (index < 0) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		View view = views.get(index);
		List<Question> questions = catalogs.current().questions();
		LiveResults results = calculator.results(session);
		LiveResults.QuestionResults questionResults = questionKey == null ? null
				: results.questions().stream().filter(q -> q.key().equals(questionKey)).findFirst().orElse(null);
		List<LiveResults.Share> options = questionResults == null ? List.of()
				: questionResults.options()
					.subList(Math.min(questionResults.options().size(), (part - 1) * OPTIONS_PER_SLIDE),
							Math.min(questionResults.options().size(), part * OPTIONS_PER_SLIDE));
		model.addAttribute("liveSession", session);
		model.addAttribute("results", results);
		model.addAttribute("questionKey", questionKey);
		model.addAttribute("questionResults", questionResults);
		model.addAttribute("options", options);
		model.addAttribute("part", view.part());
		model.addAttribute("parts", view.parts());
		model.addAttribute("position", questionKey == null ? 0
				: questions.stream().map(Question::key).toList().indexOf(questionKey) + 1);
		model.addAttribute("count", questions.size());
		model.addAttribute("questionLabel", questionKey == null ? null
				: catalogs.current().question(questionKey).map(Question::label).orElse(questionKey));
		model.addAttribute("previousUrl", index > 0 ? url(session.code(), views.get(index - 1)) : null);
		model.addAttribute("nextUrl", index + 1 < views.size() ? url(session.code(), views.get(index + 1)) : null);
		model.addAttribute("overviewUrl", url(session.code(), views.get(0)));
		model.addAttribute("lastUrl", url(session.code(), views.get(views.size() - 1)));
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
