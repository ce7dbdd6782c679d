package fr.capcooperation.admin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import fr.capcooperation.CapCoopSettings;

/**
 * Passwords are BCrypt hashes; there is never a default password: the first admin ({@code admin})
 * gets {@code CAPCOOP_ADMIN_PASSWORD}, or a random password written once to the log. Logins
 * feed the lockout and the audit log.
 */
@Configuration(proxyBeanMethods = false)
class AccountSetup {

	private static final Logger log = LoggerFactory.getLogger(AccountSetup.class);

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	ApplicationRunner firstAdmin(AccountService accounts, CapCoopSettings settings) {
		String initialPassword = settings.admin().initialPassword();
		return (ApplicationArguments args) -> {
			boolean random = initialPassword.isBlank();
			String password = random ? AccountService.randomPassword() : initialPassword;
			try {
				if (accounts.createFirstAdmin(password)) {
					if (random) {
						log.warn("First back-office account created: username 'admin', password '{}'. "
								+ "It is written only once: change it after the first login.", password);
					}
					else {
						log.info("First back-office account created: username 'admin', password from CAPCOOP_ADMIN_PASSWORD.");
						if (password.length() < AccountService.MIN_PASSWORD_LENGTH) {
							log.warn("CAPCOOP_ADMIN_PASSWORD is short (fewer than {} characters): change this password.",
									AccountService.MIN_PASSWORD_LENGTH);
						}
					}
				}
			}
			catch (DataIntegrityViolationException ex) {
				log.info("The first back-office account was created by another instance.");
			}
		};
	}
}
