package fr.capcooperation.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.capcooperation.admin.AuditLog.Action;

/** The audit log, latest first, filtered by person, action and days (admins only). */
@Controller
class AuditController {

	static final int LIMIT = 500;

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/admin/journal")
	String log(@RequestParam(name = "qui", defaultValue = "") String actor,
			@RequestParam(name = "action", defaultValue = "") String action,
			@RequestParam(name = "du", defaultValue = "") String from, @RequestParam(name = "au", defaultValue = "") String to,
			Model model) {
		Action parsed = null;
		try {
			parsed = action.isBlank() ? null : Action.valueOf(action);
		}
		catch (IllegalArgumentException ex) {
			parsed = null;
		}
		model.addAttribute("entries", audit.find(actor, parsed, date(from), date(to), LIMIT));
		model.addAttribute("actions", Action.values());
		model.addAttribute("actor", actor);
		model.addAttribute("action", parsed == null ? "" : parsed.name());
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("limit", LIMIT);
		return "admin/audit";
	}

	private static @Nullable LocalDate date(String text) {
		try {
			return text.isBlank() ? null : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}
}
