package fr.capcooperation.admin;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import fr.capcooperation.admin.AuditLog.Action;

/**
 * Back-office accounts: the logins Spring Security checks, the lockout after five failures,
 * and what admins and users change. Problems come back as French messages by field.
 */
@Service
class AccountService implements UserDetailsService {

	static final int MIN_PASSWORD_LENGTH = 12;

	private final AccountRepository accounts;
	private final PasswordEncoder encoder;
	private final AuditLog audit;
	private final Clock clock;

	AccountService(AccountRepository accounts, PasswordEncoder encoder, AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		Account account = accounts.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
		return User.withUsername(account.getUsername())
			.password(account.getPasswordHash())
			.roles(account.getRole().name())
			.disabled(!account.isEnabled())
			.accountLocked(account.isLocked(clock.instant()))
			.build();
	}

	@Transactional(readOnly = true)
	public List<Account> all() {
		return accounts.findAllByOrderByUsername();
	}

	@Transactional(readOnly = true)
	public Optional<Account> find(String username) {
		return accounts.findByUsername(username);
	}

	@Transactional
	public void loginFailed(String username) {
		audit.record(username, Action.LOGIN_FAILED, null);
		accounts.findByUsername(username).ifPresent(account -> {
			if (account.failed(clock.instant())) {
				audit.record(username, Action.ACCOUNT_LOCKED, null);
			}
			accounts.save(account);
		});
	}

	@Transactional
	public void loginSucceeded(String username) {
		accounts.findByUsername(username).ifPresent(account -> {
			account.succeeded();
			accounts.save(account);
		});
		audit.record(username, Action.LOGIN_SUCCEEDED, null);
	}

	/** Creates the first admin when there is no account at all; false if one exists. */
	@Transactional
	public boolean createFirstAdmin(String password) {
		if (accounts.count() > 0) {
			return false;
		}
		accounts.save(new Account("admin", hash(password), Role.ADMIN, clock.instant()));
		audit.record("admin", Action.FIRST_ADMIN_CREATED, null);
		return true;
	}

	/** Creates an account, unless the username is taken or the password weak (said in {@code errors}). */
	@Transactional
	public void create(AccountForms.NewAccount form, String actor, Errors errors) {
		String name = form.getUsername().strip();
		if (!errors.hasFieldErrors("username") && accounts.findByUsername(name).isPresent()) {
			errors.rejectValue("username", "admin.accounts.error.taken");
		}
		passwordProblem(name, form.getPassword())
			.ifPresent(problem -> errors.rejectValue("password", problem, new Object[] { MIN_PASSWORD_LENGTH }, null));
		if (!errors.hasErrors()) {
			Role role = Role.valueOf(form.getRole());
			accounts.save(new Account(name, hash(form.getPassword()), role, clock.instant()));
			audit.record(actor, Action.ACCOUNT_CREATED, name + " (" + role + ")");
		}
	}

	/** Disables or re-enables an account; nobody disables their own. */
	@Transactional
	public boolean setEnabled(long id, boolean enabled, String actor) {
		Account account = accounts.findById(id).orElse(null);
		if (account == null || account.getUsername().equals(actor)) {
			return false;
		}
		account.setEnabled(enabled);
		if (enabled) {
			account.unlock();
		}
		accounts.save(account);
		audit.record(actor, enabled ? Action.ACCOUNT_ENABLED : Action.ACCOUNT_DISABLED, account.getUsername());
		return true;
	}

	/** Changes one's own password, unless the current one is wrong or the new one weak (said in {@code errors}). */
	@Transactional
	public void changePassword(String username, AccountForms.NewPassword form, Errors errors) {
		Account account = accounts.findByUsername(username).orElseThrow();
		if (!errors.hasFieldErrors("current") && !encoder.matches(form.getCurrent(), account.getPasswordHash())) {
			errors.rejectValue("current", "admin.password.error.current");
		}
		String password = form.getPassword();
		passwordProblem(username, password)
			.ifPresent(problem -> errors.rejectValue("password", problem, new Object[] { MIN_PASSWORD_LENGTH }, null));
		if (!errors.hasFieldErrors("password") && !password.equals(form.getConfirmation())) {
			errors.rejectValue("confirmation", "admin.password.error.confirmation");
		}
		if (!errors.hasErrors()) {
			account.setPasswordHash(hash(password));
			accounts.save(account);
			audit.record(username, Action.PASSWORD_CHANGED, null);
		}
	}

	private static Optional<String> passwordProblem(String username, String password) {
		if (password.length() < MIN_PASSWORD_LENGTH) {
			return Optional.of("admin.password.error.short");
		}
		if (password.equalsIgnoreCase(username) || password.toLowerCase(Locale.ROOT).contains("password")
				|| password.toLowerCase(Locale.ROOT).contains("motdepasse") || password.chars().distinct().count() < 5) {
			return Optional.of("admin.password.error.weak");
		}
		return Optional.empty();
	}

	static String randomPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private String hash(String password) {
		return Objects.requireNonNull(encoder.encode(password), "the password encoder returned no hash");
	}
}
