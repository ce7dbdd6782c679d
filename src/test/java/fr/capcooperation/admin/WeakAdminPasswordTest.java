package fr.capcooperation.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import fr.capcooperation.CapCooperationApplication;

/**
 * A weak {@code CAPCOOP_ADMIN_PASSWORD} is refused at start, before the server listens, with a
 * message that says why and what to do; with accounts already there it is not read at all.
 */
@ExtendWith(OutputCaptureExtension.class)
class WeakAdminPasswordTest {

	private static String[] arguments(String password) {
		return new String[] { "--spring.profiles.active=test", "--server.port=0", "--capcoop.admin.initial-password=" + password,
				"--spring.main.banner-mode=off" };
	}

	@Test
	void a_weak_first_admin_password_stops_the_start_and_says_why(CapturedOutput output) {
		assertThatThrownBy(() -> new SpringApplicationBuilder(CapCooperationApplication.class).run(arguments("admin")))
			.isInstanceOf(AccountSetup.WeakAdminPassword.class);
		assertThat(output.getAll()).contains("APPLICATION FAILED TO START", "CAPCOOP_ADMIN_PASSWORD", "fewer than 12 characters",
				"leave it unset").doesNotContain("Tomcat started on port", "First back-office account created");
	}

	@Test
	void the_message_names_the_reason() {
		PasswordPolicy policy = new PasswordPolicy();
		WeakAdminPasswordFailure analyzer = new WeakAdminPasswordFailure();
		for (String weak : List.of("azertyuiop12", "motdepasse-admin", "é".repeat(40))) {
			AccountSetup.WeakAdminPassword failure = new AccountSetup.WeakAdminPassword(policy.problem("admin", weak).orElseThrow());
			assertThat(analyzer.analyze(failure).getDescription()).as(weak)
				.containsAnyOf("among the most common passwords", "contains the user name", "longer than 72 bytes");
		}
	}
}
