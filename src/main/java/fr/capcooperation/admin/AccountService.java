package fr.capcooperation.admin;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

	AccountService(AccountRepository accounts, PasswordEncoder encoder, AuditLog audit) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		Account account = accounts.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
		return User.withUsername(account.getUsername())
			.password(account.getPasswordHash())
			.roles(account.getRole().name())
			.disabled(!account.isEnabled())
			.accountLocked(account.isLocked(Instant.now()))
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
			if (account.failed(Instant.now())) {
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
		accounts.save(new Account("admin", hash(password), Role.ADMIN, Instant.now()));
		audit.record("admin", Action.FIRST_ADMIN_CREATED, null);
		return true;
	}

	/** Creates an account; the map holds French errors by field, empty when created. */
	@Transactional
	public Map<String, String> create(String username, String password, String role, String actor) {
		Map<String, String> errors = new LinkedHashMap<>();
		String name = username == null ? "" : username.strip();
		if (!name.matches("[a-zA-Z0-9._@-]{3,100}")) {
			errors.put("username", "admin.accounts.error.username");
		}
		else if (accounts.findByUsername(name).isPresent()) {
			errors.put("username", "admin.accounts.error.taken");
		}
		passwordProblem(name, password).ifPresent(problem -> errors.put("password", problem));
		@Nullable Role parsed = null;
		try {
			parsed = Role.valueOf(role == null ? "" : role);
		}
		catch (IllegalArgumentException ex) {
			errors.put("role", "admin.accounts.error.role");
		}
		if (errors.isEmpty() && parsed != null) {
			accounts.save(new Account(name, hash(password), parsed, Instant.now()));
			audit.record(actor, Action.ACCOUNT_CREATED, name + " (" + parsed + ")");
		}
		return errors;
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

	/** Changes one's own password; the map holds French errors by field, empty when changed. */
	@Transactional
	public Map<String, String> changePassword(String username, String current, String password, String confirmation) {
		Map<String, String> errors = new LinkedHashMap<>();
		Account account = accounts.findByUsername(username).orElseThrow();
		if (current == null || !encoder.matches(current, account.getPasswordHash())) {
			errors.put("current", "admin.password.error.current");
		}
		passwordProblem(username, password).ifPresent(problem -> errors.put("password", problem));
		if (!errors.containsKey("password") && !password.equals(confirmation)) {
			errors.put("confirmation", "admin.password.error.confirmation");
		}
		if (errors.isEmpty()) {
			account.setPasswordHash(hash(password));
			accounts.save(account);
			audit.record(username, Action.PASSWORD_CHANGED, null);
		}
		return errors;
	}

	private static Optional<String> passwordProblem(String username, String password) {
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			return Optional.of("admin.password.error.short");
		}
		if (password.equalsIgnoreCase(username) || password.toLowerCase().contains("password")
				|| password.toLowerCase().contains("motdepasse") || password.chars().distinct().count() < 5) {
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
