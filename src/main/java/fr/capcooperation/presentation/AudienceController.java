package fr.capcooperation.presentation;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

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
 * the QR code), then answer the normal questionnaire, counted in the session.
 */
@Controller
class AudienceController {

	static final String CODE_FIELD = "code";

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
	String join(@RequestParam(name = CODE_FIELD, required = false) String typed, Model model,
			HttpServletResponse response) {
		Optional<String> code = SessionCodes.normalise(typed);
		if (code.isEmpty()) {
			return invalid(typed, "presentation.join.error.format", model, response);
		}
		Optional<LiveSession> session = sessions.findOpen(code.get());
		if (session.isEmpty()) {
			return invalid(typed, "presentation.join.error.unknown", model, response);
		}
		return start(session.get());
	}

	/** Where the QR code of a session leads: a page that confirms the session before starting. */
	@GetMapping("/direct/{code}")
	String welcome(@PathVariable String code, Model model, HttpServletResponse response) {
		Optional<LiveSession> session = SessionCodes.normalise(code).flatMap(sessions::findOpen);
		if (session.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("typed", "");
			model.addAttribute("closed", true);
			return "presentation/join";
		}
		model.addAttribute("liveSession", session.get());
		return "presentation/welcome";
	}

	@PostMapping("/direct/{code}")
	String startFromCode(@PathVariable String code, Model model, HttpServletResponse response) {
		Optional<LiveSession> session = SessionCodes.normalise(code).flatMap(sessions::findOpen);
		if (session.isEmpty()) {
			return invalid(code, "presentation.join.error.unknown", model, response);
		}
		return start(session.get());
	}

	@GetMapping(path = "/direct/{code}/qr.svg", produces = "image/svg+xml")
	ResponseEntity<String> qrCode(@PathVariable String code) {
		String canonical = SessionCodes.normalise(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return DeckController.svg(address.liveSession(canonical));
	}

	private String start(LiveSession session) {
		return "redirect:/questionnaire/" + sessions.startJourney(session);
	}

	private static String invalid(String typed, String error, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("typed", typed == null ? "" : typed.length() > 20 ? typed.substring(0, 20) : typed);
		model.addAttribute("error", error);
		return "presentation/join";
	}
}
