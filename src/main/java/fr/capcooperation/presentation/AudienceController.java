package fr.capcooperation.presentation;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import fr.capcooperation.CapCoopSettings;
import fr.capcooperation.web.ClientAddress;
import fr.capcooperation.web.RateLimits;

/**
 * The attendees' side of a live session, public and without account: type the code (or scan
 * the QR code), then answer the normal questionnaire, counted in the session. A code that
 * cannot be used is said as it is: what is wrong with what was typed, no session under that
 * code, or a session that has ended.
 *
 * <p>Two limits per client ({@link RateLimits}, {@code capcoop.rate-limits.*}): codes that match
 * no open session (10 in 10 minutes: a sweep of the 160,000 codes would take years), counted
 * before the lookup and given back when the code is right; and sessions joined (100 an hour,
 * 300 a day: a room sharing one Wi-Fi still joins, one client cannot fill a session).
 */
@Controller
class AudienceController {

	static final String CODE_FIELD = "code";
	private static final int TYPED_KEPT = 20;

	static final String CODE_GUESSES = "live-session-codes";
	static final String ATTENDEES = "live-session-attendees";

	private final LiveSessions sessions;
	private final PublicAddress address;
	private final RateLimits limits;
	private final CapCoopSettings.RateLimits rates;

	AudienceController(LiveSessions sessions, PublicAddress address, RateLimits limits, CapCoopSettings settings) {
		this.sessions = sessions;
		this.address = address;
		this.limits = limits;
		this.rates = settings.rateLimits();
	}

	@GetMapping("/direct")
	String joinForm(Model model) {
		model.addAttribute("typed", "");
		return "presentation/join";
	}

	@PostMapping("/direct")
	String join(@RequestParam(name = CODE_FIELD, required = false) @Nullable String typed, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		Optional<SessionCodes.Problem> problem = SessionCodes.problem(typed);
		if (problem.isPresent()) {
			return invalid(typed, problem.get(), model, response);
		}
		String code = SessionCodes.normalise(typed).orElseThrow();
		String client = ClientAddress.of(request);
		RateLimits.Verdict guess = limits.take(CODE_GUESSES, rates.codeGuesses(), client);
		if (!guess.allowed()) {
			return refused(typed, "presentation.join.error.guesses", guess, model, response);
		}
		Optional<LiveSession> session = sessions.findOpen(code);
		if (session.isEmpty()) {
			return invalid(typed, notOpen(code), model, response);
		}
		limits.giveBack(CODE_GUESSES, rates.codeGuesses(), client);
		return start(session.get(), typed, client, model, response);
	}

	/** Where the QR code of a session leads: a page that names the session before starting. */
	@GetMapping("/direct/{code}")
	String welcome(@PathVariable String code, Model model, HttpServletRequest request, HttpServletResponse response) {
		String client = ClientAddress.of(request);
		RateLimits.Verdict guess = limits.take(CODE_GUESSES, rates.codeGuesses(), client);
		if (!guess.allowed()) {
			return refused("", "presentation.join.error.guesses", guess, model, response);
		}
		Optional<String> canonical = SessionCodes.normalise(code);
		Optional<LiveSession> session = canonical.flatMap(sessions::findOpen);
		if (session.isPresent()) {
			limits.giveBack(CODE_GUESSES, rates.codeGuesses(), client);
		}
		if (session.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("typed", "");
			model.addAttribute("notice", canonical.map(this::notOpen)
				.orElse(SessionCodes.Problem.of("presentation.join.error.unknownLink")));
			return "presentation/join";
		}
		model.addAttribute("liveSession", session.get());
		return "presentation/welcome";
	}

	@PostMapping("/direct/{code}")
	String startFromCode(@PathVariable String code, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		String client = ClientAddress.of(request);
		RateLimits.Verdict guess = limits.take(CODE_GUESSES, rates.codeGuesses(), client);
		if (!guess.allowed()) {
			return refused(code, "presentation.join.error.guesses", guess, model, response);
		}
		Optional<String> canonical = SessionCodes.normalise(code);
		Optional<LiveSession> session = canonical.flatMap(sessions::findOpen);
		if (session.isEmpty()) {
			return invalid(code, canonical.map(this::notOpen).orElse(SessionCodes.Problem.of("presentation.join.error.unknownLink")),
					model, response);
		}
		limits.giveBack(CODE_GUESSES, rates.codeGuesses(), client);
		return start(session.get(), code, client, model, response);
	}

	@GetMapping(path = "/direct/{code}/qr.svg", produces = "image/svg+xml")
	ResponseEntity<String> qrCode(@PathVariable String code) {
		String canonical = SessionCodes.normalise(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return DeckController.svg(address.liveSession(canonical));
	}

	/** No open session under a well-formed code: one that has just ended, or none at all. */
	private SessionCodes.Problem notOpen(String code) {
		return sessions.endedRecently(code) ? SessionCodes.Problem.of("presentation.join.error.ended", code)
				: SessionCodes.Problem.of("presentation.join.error.unknown", code);
	}

	/** Joins the session, within the client's allowance of joins. */
	private String start(LiveSession session, @Nullable String typed, String client, Model model,
			HttpServletResponse response) {
		RateLimits.Verdict join = limits.take(ATTENDEES, rates.attendees(), client);
		if (!join.allowed()) {
			return refused(typed, "presentation.join.error.attendees", join, model, response);
		}
		return "redirect:/questionnaire/" + sessions.startJourney(session);
	}

	private static String invalid(@Nullable String typed, SessionCodes.Problem problem, Model model,
			HttpServletResponse response) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		String kept = typed == null ? "" : typed.length() > TYPED_KEPT ? typed.substring(0, TYPED_KEPT) : typed;
		model.addAttribute("typed", kept);
		model.addAttribute("error", problem.message());
		model.addAttribute("errorArgs", problem.args().toArray());
		return "presentation/join";
	}

	/** Too many from this client: the form again, with how long to wait (429, {@code Retry-After}). */
	private static String refused(@Nullable String typed, String error, RateLimits.Verdict verdict, Model model,
			HttpServletResponse response) {
		invalid(typed, SessionCodes.Problem.of(error, verdict.minutes()), model, response);
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader("Retry-After", Long.toString(verdict.seconds()));
		return "presentation/join";
	}
}
