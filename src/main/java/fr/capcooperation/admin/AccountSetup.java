package fr.capcooperation.admin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import fr.capcooperation.CapCoopSettings;

/**
 * Passwords are BCrypt hashes; there is never a default password: the first admin ({@code admin})
 * gets {@code CAPCOOP_ADMIN_PASSWORD}, or a random password written once to the log, and must
 * change it at the first login. A weak {@code CAPCOOP_ADMIN_PASSWORD} stops the start, before
 * the server listens, with a message that says why ({@link WeakAdminPassword}).
 */
@Configuration(proxyBeanMethods = false)
class AccountSetup {

	private static final Logger log = LoggerFactory.getLogger(AccountSetup.class);

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	SmartInitializingSingleton firstAdmin(AccountService accounts, CapCoopSettings settings) {
		String initialPassword = settings.admin().initialPassword();
		return () -> {
			boolean random = initialPassword.isEmpty();
			if (!random && accounts.all().isEmpty()) {
				accounts.passwordProblem("admin", initialPassword).ifPresent(problem -> {
					throw new WeakAdminPassword(problem);
				});
			}
			String password = random ? AccountService.randomPassword() : initialPassword;
			try {
				if (accounts.createFirstAdmin(password)) {
					if (random) {
						log.warn("First back-office account created: username 'admin', password '{}'. "
								+ "It is written only once, and must be changed at the first login.", password);
					}
					else {
						log.info("First back-office account created: username 'admin', password from CAPCOOP_ADMIN_PASSWORD; "
								+ "it must be changed at the first login.");
					}
				}
			}
			catch (DataIntegrityViolationException ex) {
				log.info("The first back-office account was created by another instance.");
			}
		};
	}

	/** {@code CAPCOOP_ADMIN_PASSWORD} is too weak to be the first admin's password. */
	static final class WeakAdminPassword extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final String problem;

		WeakAdminPassword(String problem) {
			super("CAPCOOP_ADMIN_PASSWORD is too weak (" + problem + ")");
			this.problem = problem;
		}

		/** Why, in the operator's words (English, like the rest of the log). */
		String reason() {
			return switch (problem) {
				case "admin.password.error.short" -> "it has fewer than " + PasswordPolicy.MIN_LENGTH + " characters";
				case "admin.password.error.long" -> "it is longer than " + PasswordPolicy.MAX_BYTES + " bytes (BCrypt's limit)";
				case "admin.password.error.username" -> "it contains the user name 'admin'";
				default -> "it is among the most common passwords, or as easy to guess (a keyboard pattern, a sequence, "
						+ "a repetition, a date, the site's name)";
			};
		}
	}
}
