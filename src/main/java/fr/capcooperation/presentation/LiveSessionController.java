package fr.capcooperation.presentation;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
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
 * see TrainerSecurity). A session belongs to the trainer who opened it: every page and action
 * of it refuses another trainer (an admin may run any). The trainer's console (not projected)
 * holds the controls: what the projector shows, revealing or hiding the figures, starting again
 * or closing, each of the last two after a confirmation. The projector's screen shows only what
 * the console chose, and follows it (it polls {@code resultats}, JSON, every second).
 */
@Controller
@RequestMapping("/formateur")
class LiveSessionController {

	/** Seconds between reloads of a projector page when JavaScript is off. */
	static final int REFRESH_WITHOUT_SCRIPT = 5;
	/** Bars of one question on one projector page. */
	static final int OPTIONS_PER_SLIDE = 5;
	private static final String ADMIN = "ROLE_" + TrainerSecurity.ADMIN;
	private static final String BASE = "/formateur/direct/";

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

	/** A session of another trainer: refused, saying whose it is not. */
	static final class NotYourSession extends RuntimeException {

		private static final long serialVersionUID = 1L;

		NotYourSession(String code) {
			super(code);
		}
	}

	@ExceptionHandler(NotYourSession.class)
	String notYours(NotYourSession refused, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.FORBIDDEN.value());
		model.addAttribute("code", refused.getMessage());
		return "presentation/live-not-yours";
	}

	@GetMapping({ "", "/" })
	String trainerHome() {
		return "redirect:/formateur/direct";
	}

	/** The trainer's open sessions (an admin: everyone's), and opening one. */
	@GetMapping("/direct")
	String sessions(Authentication user, Model model) {
		boolean admin = isAdmin(user);
		model.addAttribute("sessions", admin ? sessions.openSessions() : sessions.openSessionsOf(user.getName()));
		model.addAttribute("admin", admin);
		addressWarnings(model);
		return "presentation/live-sessions";
	}

	@PostMapping("/direct")
	String open(Principal trainer) {
		return "redirect:" + BASE + sessions.open(trainer.getName()).code();
	}

	/** The trainer's console: the room's figures (even hidden ones), what is projected, the controls. */
	@GetMapping("/direct/{code}")
	String console(@PathVariable String code, Authentication user, Model model) {
		LiveSession session = session(code, user);
		List<ProjectedView> views = views();
		ProjectedView current = current(session, views);
		LiveResults results = calculator.results(session);
		model.addAttribute("liveSession", session);
		model.addAttribute("results", results);
		model.addAttribute("views", views);
		model.addAttribute("current", current);
		model.addAttribute("currentIndex", views.indexOf(current));
		addFigures(model, current, results);
		model.addAttribute("joinUrl", PublicAddress.shortForm(address.join()));
		model.addAttribute("mine", session.openedBy().equals(user.getName()));
		addressWarnings(model);
		return "presentation/live-console";
	}

	/** The projector's screen: what the console chose, nothing to click. */
	@GetMapping("/direct/{code}/ecran")
	String screen(@PathVariable String code, Authentication user, Model model) {
		LiveSession session = session(code, user);
		List<ProjectedView> views = views();
		ProjectedView current = current(session, views);
		LiveResults results = calculator.projected(session);
		model.addAttribute("liveSession", session);
		model.addAttribute("results", results);
		model.addAttribute("current", current);
		addFigures(model, current, results);
		model.addAttribute("joinUrl", PublicAddress.shortForm(address.join()));
		model.addAttribute("sessionUrl", PublicAddress.shortForm(address.liveSession(session.code())));
		model.addAttribute("refresh", REFRESH_WITHOUT_SCRIPT);
		return "presentation/live-projector";
	}

	/** The figures as JSON, for the screen's and the console's polling (and for checks); hidden ones left out. */
	@GetMapping(path = "/direct/{code}/resultats", produces = "application/json")
	@ResponseBody
	ResponseEntity<LiveResults> results(@PathVariable String code, Authentication user) {
		return ResponseEntity.ok().header("Cache-Control", "no-store").body(calculator.projected(session(code, user)));
	}

	/** Projects a view ({@code vue}: empty for the overview, else a question, ":2" for its second page), or the next or previous one. */
	@PostMapping("/direct/{code}/projeter")
	String project(@PathVariable String code, @RequestParam(name = "vue", required = false) @Nullable String view,
			@RequestParam(name = "sens", required = false) @Nullable String direction,
			@RequestParam(name = "depuis", required = false) @Nullable String from, Authentication user) {
		LiveSession session = session(code, user);
		List<ProjectedView> views = views();
		ProjectedView target;
		if (direction != null) {
			int index = views.indexOf(current(session, views)) + ("precedent".equals(direction) ? -1 : 1);
			target = views.get(Math.max(0, Math.min(views.size() - 1, index)));
		}
		else {
			String wanted = view == null || view.isBlank() ? null : view;
			target = views.stream()
				.filter(candidate -> Objects.equals(candidate.id(), wanted))
				.findFirst()
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		if (!sessions.project(session, target.id())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return back(session, from);
	}

	@PostMapping("/direct/{code}/reveler")
	String reveal(@PathVariable String code, @RequestParam(name = "depuis", required = false) @Nullable String from,
			Authentication user, RedirectAttributes flash) {
		LiveSession session = session(code, user);
		done(sessions.reveal(session, true));
		flash.addFlashAttribute("flash", "presentation.live.flash.revealed");
		return back(session, from);
	}

	@PostMapping("/direct/{code}/masquer")
	String hide(@PathVariable String code, @RequestParam(name = "depuis", required = false) @Nullable String from,
			Authentication user, RedirectAttributes flash) {
		LiveSession session = session(code, user);
		done(sessions.reveal(session, false));
		flash.addFlashAttribute("flash", "presentation.live.flash.hidden");
		return back(session, from);
	}

	/** Asks before starting again from zero: says what would be lost. */
	@GetMapping("/direct/{code}/reinitialiser")
	String confirmReset(@PathVariable String code, Authentication user, Model model) {
		return confirm(session(code, user), "reset", model);
	}

	@PostMapping("/direct/{code}/reinitialiser")
	String reset(@PathVariable String code, Authentication user, RedirectAttributes flash) {
		LiveSession session = session(code, user);
		LiveSession again = sessions.reset(session).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		flash.addFlashAttribute("flash", "presentation.live.flash.reset");
		return "redirect:" + BASE + again.code();
	}

	/** Asks before closing: says what closing does. */
	@GetMapping("/direct/{code}/fermer")
	String confirmClose(@PathVariable String code, Authentication user, Model model) {
		return confirm(session(code, user), "close", model);
	}

	@PostMapping("/direct/{code}/fermer")
	String close(@PathVariable String code, Authentication user, RedirectAttributes flash) {
		LiveSession session = session(code, user);
		done(sessions.close(session));
		flash.addFlashAttribute("flash", "presentation.live.flash.closed");
		flash.addFlashAttribute("flashCode", session.code());
		return "redirect:/formateur/direct";
	}

	private String confirm(LiveSession session, String action, Model model) {
		model.addAttribute("liveSession", session);
		model.addAttribute("results", calculator.results(session));
		model.addAttribute("action", action);
		return "presentation/live-confirm";
	}

	/** The overview, then each question of the current catalogue (one page per five bars). */
	private List<ProjectedView> views() {
		List<ProjectedView> views = new ArrayList<>();
		views.add(new ProjectedView(null, null, null, 1, 1));
		for (Question question : catalogs.current().questions()) {
			int size = question.type() == QuestionType.NUMBER ? LiveContribution.RANGES.length : question.options().size();
			int parts = question.type() == QuestionType.CHECKLIST ? 1 : Math.max(1, (size + OPTIONS_PER_SLIDE - 1) / OPTIONS_PER_SLIDE);
			for (int part = 1; part <= parts; part++) {
				views.add(new ProjectedView(part == 1 ? question.key() : question.key() + ":" + part, question.key(), question.label(), part,
						parts));
			}
		}
		return views;
	}

	/** What is projected now; the overview when the question chosen has left the catalogue. */
	private static ProjectedView current(LiveSession session, List<ProjectedView> views) {
		return views.stream().filter(view -> Objects.equals(view.id(), session.projected())).findFirst().orElse(views.get(0));
	}

	private void addFigures(Model model, ProjectedView view, LiveResults results) {
		List<Question> questions = catalogs.current().questions();
		LiveResults.QuestionResults questionResults = view.question() == null ? null
				: results.questions().stream().filter(q -> q.key().equals(view.question())).findFirst().orElse(null);
		List<LiveResults.Share> options = questionResults == null ? List.of()
				: questionResults.options()
					.subList(Math.min(questionResults.options().size(), (view.part() - 1) * OPTIONS_PER_SLIDE),
							Math.min(questionResults.options().size(), view.part() * OPTIONS_PER_SLIDE));
		model.addAttribute("questionResults", questionResults);
		model.addAttribute("options", options);
		model.addAttribute("position", view.question() == null ? 0
				: questions.stream().map(Question::key).toList().indexOf(view.question()) + 1);
		model.addAttribute("count", questions.size());
	}

	/** Where an action leads back: the screen when it came from there (its keyboard), else the console. */
	private static String back(LiveSession session, @Nullable String from) {
		return "redirect:" + BASE + session.code() + ("ecran".equals(from) ? "/ecran" : "");
	}

	private void addressWarnings(Model model) {
		model.addAttribute("publicOrigin", address.origin());
		model.addAttribute("publicLoopback", address.isLoopback());
	}

	private static void done(boolean changed) {
		if (!changed) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	/** The open session under the code, if this trainer may run it: theirs, or anyone's for an admin. */
	private LiveSession session(String code, Authentication user) {
		Optional<LiveSession> session = SessionCodes.normalise(code).flatMap(sessions::findOpen);
		LiveSession found = session.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!found.openedBy().equals(user.getName()) && !isAdmin(user)) {
			throw new NotYourSession(found.code());
		}
		return found;
	}

	private static boolean isAdmin(Authentication user) {
		return user.getAuthorities().stream().anyMatch(authority -> ADMIN.equals(authority.getAuthority()));
	}
}
