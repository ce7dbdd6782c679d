package fr.capcooperation.admin;

import java.security.Principal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The login page, one's own password, and the accounts (admins only, see BackOfficeSecurity). */
@Controller
class AccountController {

	private final AccountService accounts;
	private final MessageSource messages;
	private final Clock clock;

	AccountController(AccountService accounts, MessageSource messages, Clock clock) {
		this.accounts = accounts;
		this.messages = messages;
		this.clock = clock;
	}

	/** The login page; {@code trop} (minutes to wait) when the client has used up its failed logins. */
	@GetMapping("/admin/connexion")
	String login(@RequestParam(name = "trop", required = false) @Nullable String wait, Model model) {
		if (wait != null) {
			model.addAttribute("wait", wait.matches("[1-9][0-9]{0,2}") ? Integer.parseInt(wait) : 10);
		}
		return "admin/login";
	}

	@GetMapping("/admin/mot-de-passe")
	String passwordForm(Model model) {
		model.addAttribute("errors", Map.of());
		model.addAttribute("changeRequired", FirstPasswordChange.required(SecurityContextHolder.getContext().getAuthentication()));
		return "admin/password";
	}

	@PostMapping("/admin/mot-de-passe")
	String changePassword(Principal principal, @Valid @ModelAttribute("passwordForm") AccountForms.NewPassword form,
			BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		HttpSession session = request.getSession(false);
		accounts.changePassword(principal.getName(), form, session == null ? null : session.getId(), result);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", errors(result));
			model.addAttribute("changeRequired", FirstPasswordChange.required(SecurityContextHolder.getContext().getAuthentication()));
			return "admin/password";
		}
		FirstPasswordChange.changed(request, response);
		redirect.addFlashAttribute("notice", "admin.password.changed");
		return "redirect:/admin";
	}

	@GetMapping("/admin/comptes")
	String list(Model model) {
		return accountsPage(model, new AccountForms.NewAccount(), Map.of());
	}

	@PostMapping("/admin/comptes")
	String create(Principal principal, @Valid @ModelAttribute("accountForm") AccountForms.NewAccount form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			accounts.create(form, principal.getName(), result);
		}
		catch (DataIntegrityViolationException ex) {
			// The same name (in some case) created at the same moment by another request.
			result.rejectValue("username", "admin.accounts.error.taken");
		}
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return accountsPage(model, form, errors(result));
		}
		redirect.addFlashAttribute("notice", "admin.accounts.created");
		return "redirect:/admin/comptes";
	}

	private String accountsPage(Model model, AccountForms.NewAccount form, Map<String, String> errors) {
		model.addAttribute("accounts", accounts.all());
		model.addAttribute("now", clock.instant());
		model.addAttribute("roles", Role.values());
		model.addAttribute("errors", errors);
		model.addAttribute("values", Map.of("username", form.getUsername(), "role", form.getRole()));
		return "admin/accounts";
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

	/** The first French error of each field, by field, as the pages show them. */
	private Map<String, String> errors(BindingResult result) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : result.getFieldErrors()) {
			errors.putIfAbsent(error.getField(), messages.getMessage(error, LocaleContextHolder.getLocale()));
		}
		return errors;
	}
}
