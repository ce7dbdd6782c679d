package fr.capcooperation.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import fr.capcooperation.CapCoopSettings;
import fr.capcooperation.admin.AuditLog.Action;
import fr.capcooperation.admin.LoginCounter.Candidate;
import fr.capcooperation.web.ClientAddress;
import fr.capcooperation.web.RateLimits;

/**
 * How a login is checked, cheapest refusal first:
 * <ol>
 * <li>the client ({@link ClientAddress}) has failed logins left ({@code capcoop.rate-limits.logins},
 * 10 in 10 minutes by default): otherwise refused at once, no password checked, nothing
 * recorded but one log line;</li>
 * <li>the account has an attempt left ({@link LoginCounter}, counted before the check);</li>
 * <li>the password is checked (BCrypt, about 0.1 s of CPU). An unknown, disabled or locked
 * account has a dummy hash checked instead: the answer takes as long and says the same
 * ({@link BadCredentialsException}), so that nobody learns which accounts exist.</li>
 * </ol>
 * A success gives the client's attempt back. Every checked attempt is in the audit log.
 */
@Component
class LoginAttempts implements AuthenticationProvider {

	static final String RATE_LIMIT = "logins";

	/** The authority of a session whose password was given by someone else: see {@link FirstPasswordChange}. */
	static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

	/** Said when a client has used up its failed logins: how long to wait. */
	static final class TooManyLogins extends AuthenticationException {

		private static final long serialVersionUID = 1L;

		private final long minutes;

		TooManyLogins(long minutes) {
			super("too many failed logins from this client");
			this.minutes = minutes;
		}

		long minutes() {
			return minutes;
		}
	}

	private final LoginCounter counter;
	private final PasswordEncoder encoder;
	private final RateLimits limits;
	private final CapCoopSettings settings;
	private final AuditLog audit;
	private final Clock clock;
	private final String dummyHash;

	LoginAttempts(LoginCounter counter, PasswordEncoder encoder, RateLimits limits, CapCoopSettings settings, AuditLog audit,
			Clock clock) {
		this.counter = counter;
		this.encoder = encoder;
		this.limits = limits;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
		this.dummyHash = Objects.requireNonNull(encoder.encode(AccountService.randomPassword()));
	}

	@Override
	public Authentication authenticate(Authentication login) {
		String typed = login.getName() == null ? "" : login.getName();
		String password = login.getCredentials() == null ? "" : login.getCredentials().toString();
		String client = client(login.getDetails());
		RateLimits.Verdict verdict = limits.take(RATE_LIMIT, settings.rateLimits().logins(), client);
		if (!verdict.allowed()) {
			throw new TooManyLogins(verdict.minutes());
		}
		Instant now = clock.instant();
		Optional<Candidate> candidate = counter.reserve(typed, now);
		boolean matches = encoder.matches(password, candidate.map(Candidate::passwordHash).orElse(dummyHash));
		if (candidate.isPresent() && matches) {
			Candidate account = candidate.get();
			counter.succeeded(account.id());
			limits.giveBack(RATE_LIMIT, settings.rateLimits().logins(), client);
			audit.record(account.username(), Action.LOGIN_SUCCEEDED, null);
			UsernamePasswordAuthenticationToken authenticated = UsernamePasswordAuthenticationToken
				.authenticated(account.username(), null, authorities(account));
			authenticated.setDetails(login.getDetails());
			return authenticated;
		}
		// For the admins who read the log: whether a password was checked at all.
		String detail = candidate.isPresent() ? null
				: counter.exists(typed) ? "compte bloqué ou désactivé : mot de passe non vérifié" : "compte inconnu";
		audit.record(typed.isBlank() ? "-" : typed, Action.LOGIN_FAILED, detail);
		if (candidate.isPresent() && counter.failed(candidate.get().id(), now.plus(Account.LOCK))) {
			audit.record(candidate.get().username(), Action.ACCOUNT_LOCKED, null);
		}
		throw new BadCredentialsException("bad credentials");
	}

	private static List<GrantedAuthority> authorities(Candidate account) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_" + account.role().name()));
		if (account.passwordChangeRequired()) {
			authorities.add(new SimpleGrantedAuthority(PASSWORD_CHANGE_REQUIRED));
		}
		return authorities;
	}

	private static String client(@Nullable Object details) {
		return details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
				? ClientAddress.key(web.getRemoteAddress())
				: "unknown";
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
