package fr.capcooperation.presentation;

import java.util.Optional;

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

/**
 * The attendees' side of a live session, public and without account: type the code (or scan
 * the QR code), then answer the normal questionnaire, counted in the session. A code that
 * cannot be used is said as it is: what is wrong with what was typed, no session under that
 * code, or a session that has ended.
 */
@Controller
class AudienceController {

	static final String CODE_FIELD = "code";
	private static final int TYPED_KEPT = 20;

	private final LiveSessions sessions;
	private final PublicAddress address;

	AudienceController(LiveSessions sessions, PublicAddress address) {
		this.sessions = sessions;
		this.address = address;
	}

	@GetMapping("/direct")
	String joinForm(Model model) {
		model.addAttribute("typed", "");
		return "presentation/join";
	}

	@PostMapping("/direct")
	String join(@RequestParam(name = CODE_FIELD, required = false) @Nullable String typed, Model model,
			HttpServletResponse response) {
		Optional<SessionCodes.Problem> problem = SessionCodes.problem(typed);
		if (problem.isPresent()) {
			return invalid(typed, problem.get(), model, response);
		}
		String code = SessionCodes.normalise(typed).orElseThrow();
		Optional<LiveSession> session = sessions.findOpen(code);
		if (session.isEmpty()) {
			return invalid(typed, notOpen(code), model, response);
		}
		return start(session.get());
	}

	/** Where the QR code of a session leads: a page that names the session before starting. */
	@GetMapping("/direct/{code}")
	String welcome(@PathVariable String code, Model model, HttpServletResponse response) {
		Optional<String> canonical = SessionCodes.normalise(code);
		Optional<LiveSession> session = canonical.flatMap(sessions::findOpen);
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
	String startFromCode(@PathVariable String code, Model model, HttpServletResponse response) {
		Optional<String> canonical = SessionCodes.normalise(code);
		Optional<LiveSession> session = canonical.flatMap(sessions::findOpen);
		if (session.isEmpty()) {
			return invalid(code, canonical.map(this::notOpen).orElse(SessionCodes.Problem.of("presentation.join.error.unknownLink")),
					model, response);
		}
		return start(session.get());
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

	private String start(LiveSession session) {
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
}
