package fr.capcooperation.admin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

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
	ApplicationRunner firstAdmin(AccountService accounts,
			@Value("${capcoop.admin.initial-password:}") String initialPassword) {
		return (ApplicationArguments args) -> {
			boolean random = initialPassword == null || initialPassword.isBlank();
			String password = random ? AccountService.randomPassword() : initialPassword;
			try {
				if (accounts.createFirstAdmin(password)) {
					if (random) {
						log.warn("Premier compte du back-office créé : identifiant « admin », mot de passe « {} ». "
								+ "Il n’est écrit qu’une fois : changez-le après la première connexion.", password);
					}
					else {
						log.info("Premier compte du back-office créé : identifiant « admin », mot de passe pris dans CAPCOOP_ADMIN_PASSWORD.");
						if (password.length() < AccountService.MIN_PASSWORD_LENGTH) {
							log.warn("CAPCOOP_ADMIN_PASSWORD est court (moins de {} caractères) : changez ce mot de passe.",
									AccountService.MIN_PASSWORD_LENGTH);
						}
					}
				}
			}
			catch (DataIntegrityViolationException ex) {
				log.info("Le premier compte du back-office a été créé par une autre instance.");
			}
		};
	}
}
