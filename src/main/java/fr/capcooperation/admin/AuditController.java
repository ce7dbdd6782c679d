package fr.capcooperation.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.capcooperation.admin.AuditLog.Action;

/**
 * The audit log, latest first, {@value #PAGE_SIZE} entries a page, filtered by person, action
 * and days (admins only). A date that is not one, or outside {@value #FIRST_YEAR}–{@value #LAST_YEAR},
 * is said next to its field and the log is shown unfiltered by it.
 */
@Controller
class AuditController {

	static final int PAGE_SIZE = 50;
	private static final Pattern ROLE_IN_DETAIL = Pattern.compile("(.*) \\((ADMIN|EDITOR|TRAINER)\\)");
	static final int FIRST_YEAR = 2000;
	static final int LAST_YEAR = 2100;

	private final AuditLog audit;
	private final MessageSource messages;

	AuditController(AuditLog audit, MessageSource messages) {
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/admin/journal")
	String log(@RequestParam(name = "qui", defaultValue = "") String actor,
			@RequestParam(name = "action", defaultValue = "") String action,
			@RequestParam(name = "du", defaultValue = "") String from, @RequestParam(name = "au", defaultValue = "") String to,
			@RequestParam(name = "avant", required = false) @Nullable Long before,
			@RequestParam(name = "apres", required = false) @Nullable Long after, Model model,
			HttpServletResponse response) {
		Map<String, String> errors = new LinkedHashMap<>();
		Action parsed = action(action);
		LocalDate fromDate = date(from, "du", errors);
		LocalDate toDate = date(to, "au", errors);
		if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
			errors.put("au", message("admin.audit.error.order"));
			toDate = null;
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		String who = actor.length() > 100 ? actor.substring(0, 100) : actor;
		AuditLog.Page page = audit.page(new AuditLog.Filter(who, parsed, fromDate, toDate), before, after, PAGE_SIZE);
		model.addAttribute("page", page);
		model.addAttribute("entries", page.entries());
		Map<Long, String> details = new LinkedHashMap<>();
		page.entries().forEach(entry -> details.put(entry.id(), detail(entry)));
		model.addAttribute("details", details);
		model.addAttribute("actions", Action.values());
		model.addAttribute("actor", who);
		model.addAttribute("action", parsed == null ? "" : parsed.name());
		model.addAttribute("from", from.length() > 20 ? from.substring(0, 20) : from);
		model.addAttribute("to", to.length() > 20 ? to.substring(0, 20) : to);
		model.addAttribute("errors", errors);
		model.addAttribute("pageSize", PAGE_SIZE);
		return "admin/audit";
	}

	private static @Nullable Action action(String text) {
		try {
			return text.isBlank() ? null : Action.valueOf(text.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** A day typed as the date field sends it (2026-12-01), between the years the log can hold. */
	private @Nullable LocalDate date(String text, String field, Map<String, String> errors) {
		if (text.isBlank()) {
			return null;
		}
		String plain = text.strip();
		if (!plain.matches("\\d{4}-\\d{2}-\\d{2}")) {
			errors.put(field, message("admin.audit.error.date"));
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(plain);
			if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
				errors.put(field, message("admin.audit.error.range", FIRST_YEAR, LAST_YEAR));
				return null;
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			errors.put(field, message("admin.audit.error.date"));
			return null;
		}
	}

	/** An entry's detail as read: an account's role by its name (« dominique (Rédacteur) »), not its constant. */
	private String detail(AuditLog.Entry entry) {
		String detail = entry.detail() == null ? "" : entry.detail();
		Matcher role = ROLE_IN_DETAIL.matcher(detail);
		return role.matches() ? role.group(1) + " (" + message("admin.role." + role.group(2)) + ")" : detail;
	}

	private String message(String code, Object... args) {
		return messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}
}
