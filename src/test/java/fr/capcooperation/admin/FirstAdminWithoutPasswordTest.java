package fr.capcooperation.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;

import fr.capcooperation.CapCoopSettings;

/**
 * Without CAPCOOP_ADMIN_PASSWORD, the first admin gets a random password written once to the
 * log: there is no default. A slice: the accounts' persistence and the start-up runner, no web.
 */
@DataJpaTest(properties = "capcoop.admin.initial-password=")
@Import({ AccountSetup.class, AccountService.class, PasswordPolicy.class, SessionRevocation.class, AuditLog.class })
@EnableConfigurationProperties(CapCoopSettings.class)
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminWithoutPasswordTest {

	@Autowired
	AccountService accounts;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void the_first_admin_exists_and_no_guessable_password_opens_it(CapturedOutput output) {
		Account admin = accounts.find("admin").orElseThrow();
		assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
		for (String password : List.of("", "admin", "password", "capcoop", "changeme")) {
			assertThat(encoder.matches(password, admin.getPasswordHash())).as(password).isFalse();
		}
		Matcher logged = Pattern.compile("username 'admin', password '([^']+)'").matcher(output.getAll());
		assertThat(logged.find()).as("the random password is written to the log").isTrue();
		assertThat(encoder.matches(logged.group(1), admin.getPasswordHash())).isTrue();
		assertThat(logged.group(1)).hasSizeGreaterThanOrEqualTo(PasswordPolicy.MIN_LENGTH);
		assertThat(admin.isPasswordChangeRequired()).as("a password written to the log is changed at the first login").isTrue();
	}
}
