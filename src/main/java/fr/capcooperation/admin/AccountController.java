package fr.capcooperation.admin;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The login page, one's own password, and the accounts (admins only, see BackOfficeSecurity). */
@Controller
class AccountController {

	private final AccountService accounts;
	private final MessageSource messages;

	AccountController(AccountService accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/admin/connexion")
	String login() {
		return "admin/login";
	}

	@GetMapping("/admin/mot-de-passe")
	String passwordForm(Model model) {
		model.addAttribute("errors", Map.of());
		return "admin/password";
	}

	@PostMapping("/admin/mot-de-passe")
	String changePassword(Principal principal, @RequestParam(defaultValue = "") String current,
			@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirmation,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Map<String, String> errors = accounts.changePassword(principal.getName(), current, password, confirmation);
		if (!errors.isEmpty()) {
			response.setStatus(400);
			model.addAttribute("errors", translate(errors));
			return "admin/password";
		}
		redirect.addFlashAttribute("notice", "admin.password.changed");
		return "redirect:/admin";
	}

	@GetMapping("/admin/comptes")
	String list(Model model) {
		model.addAttribute("accounts", accounts.all());
		model.addAttribute("roles", Role.values());
		model.addAttribute("errors", Map.of());
		model.addAttribute("values", Map.of("role", Role.EDITOR.name()));
		return "admin/accounts";
	}

	@PostMapping("/admin/comptes")
	String create(Principal principal, @RequestParam(defaultValue = "") String username,
			@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String role,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Map<String, String> errors = accounts.create(username, password, role, principal.getName());
		if (!errors.isEmpty()) {
			response.setStatus(400);
			model.addAttribute("accounts", accounts.all());
			model.addAttribute("roles", Role.values());
			model.addAttribute("errors", translate(errors));
			model.addAttribute("values", Map.of("username", username, "role", role));
			return "admin/accounts";
		}
		redirect.addFlashAttribute("notice", "admin.accounts.created");
		return "redirect:/admin/comptes";
	}

	@PostMapping("/admin/comptes/{id}/desactiver")
	String disable(Principal principal, @PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice",
				accounts.setEnabled(id, false, principal.getName()) ? "admin.accounts.disabled" : "admin.accounts.unchanged");
		return "redirect:/admin/comptes";
	}

	@PostMapping("/admin/comptes/{id}/activer")
	String enable(Principal principal, @PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice",
				accounts.setEnabled(id, true, principal.getName()) ? "admin.accounts.enabled" : "admin.accounts.unchanged");
		return "redirect:/admin/comptes";
	}

	private Map<String, String> translate(Map<String, String> errors) {
		Map<String, String> translated = new LinkedHashMap<>();
		errors.forEach((field, key) -> translated.put(field,
				messages.getMessage(key, new Object[] { AccountService.MIN_PASSWORD_LENGTH }, LocaleContextHolder.getLocale())));
		return translated;
	}
}
