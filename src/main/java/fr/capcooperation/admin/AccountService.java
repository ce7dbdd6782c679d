package fr.capcooperation.admin;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import fr.capcooperation.admin.AuditLog.Action;

/**
 * Back-office accounts: what admins and users change (logins are {@link LoginAttempts}'s).
 * Names are unique without regard to case; passwords follow {@link PasswordPolicy}; a password
 * typed by someone else than its owner (the first admin's, an account's first) must be changed
 * at the first login; disabling an account or changing a password ends the account's other
 * sessions on every instance. Problems come back as French messages by field.
 */
@Service
class AccountService {

	private final AccountRepository accounts;
	private final PasswordEncoder encoder;
	private final PasswordPolicy policy;
	private final SessionRevocation sessions;
	private final AuditLog audit;
	private final Clock clock;

	AccountService(AccountRepository accounts, PasswordEncoder encoder, PasswordPolicy policy, SessionRevocation sessions,
			AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.policy = policy;
		this.sessions = sessions;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Account> all() {
		return accounts.findAllByOrderByUsername();
	}

	/** The account of a name, in any case. */
	@Transactional(readOnly = true)
	public Optional<Account> find(String username) {
		return accounts.findByUsernameKey(Account.key(username));
	}

	/** What is wrong with a password for that user, as a message code, if anything. */
	Optional<String> passwordProblem(String username, String password) {
		return policy.problem(username, password);
	}

	/**
	 * Creates the first admin when there is no account at all; false if one exists. Its
	 * password was given (by the environment or the log): it must be changed at the first login.
	 */
	@Transactional
	public boolean createFirstAdmin(String password) {
		if (accounts.count() > 0) {
			return false;
		}
		accounts.save(new Account("admin", hash(password), Role.ADMIN, true, clock.instant()));
		audit.record("admin", Action.FIRST_ADMIN_CREATED, null);
		return true;
	}

	/**
	 * Creates an account, unless the username is taken in any case or the password weak (said in
	 * {@code errors}). Its owner must change the password at the first login.
	 */
	@Transactional
	public void create(AccountForms.NewAccount form, String actor, Errors errors) {
		String name = form.getUsername().strip();
		if (!errors.hasFieldErrors("username") && find(name).isPresent()) {
			errors.rejectValue("username", "admin.accounts.error.taken");
		}
		policy.problem(name, form.getPassword())
			.ifPresent(problem -> errors.rejectValue("password", problem, PasswordPolicy.messageArguments(), null));
		if (!errors.hasErrors()) {
			Role role = Role.valueOf(form.getRole());
			accounts.save(new Account(name, hash(form.getPassword()), role, true, clock.instant()));
			audit.record(actor, Action.ACCOUNT_CREATED, name + " (" + role + ")");
		}
	}

	/** Disables (ending its sessions everywhere) or re-enables an account; nobody disables their own. */
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
		if (!enabled) {
			sessions.revoke(account.getUsername(), null);
		}
		return true;
	}

	/**
	 * Changes one's own password, unless the current one is wrong or the new one weak (said in
	 * {@code errors}); the account's other sessions end ({@code currentSession} stays).
	 */
	@Transactional
	public void changePassword(String username, AccountForms.NewPassword form, @Nullable String currentSession,
			Errors errors) {
		Account account = find(username).orElseThrow();
		if (!errors.hasFieldErrors("current") && !encoder.matches(form.getCurrent(), account.getPasswordHash())) {
			errors.rejectValue("current", "admin.password.error.current");
		}
		String password = form.getPassword();
		policy.problem(account.getUsername(), password)
			.ifPresent(problem -> errors.rejectValue("password", problem, PasswordPolicy.messageArguments(), null));
		if (!errors.hasFieldErrors("password") && !errors.hasFieldErrors("current")
				&& encoder.matches(password, account.getPasswordHash())) {
			errors.rejectValue("password", "admin.password.error.same");
		}
		if (!errors.hasFieldErrors("password") && !password.equals(form.getConfirmation())) {
			errors.rejectValue("confirmation", "admin.password.error.confirmation");
		}
		if (!errors.hasErrors()) {
			account.setPassword(hash(password), false);
			accounts.save(account);
			audit.record(account.getUsername(), Action.PASSWORD_CHANGED, null);
			sessions.revoke(account.getUsername(), currentSession);
		}
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
