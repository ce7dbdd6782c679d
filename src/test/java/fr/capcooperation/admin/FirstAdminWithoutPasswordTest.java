package fr.capcooperation.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Without CAPCOOP_ADMIN_PASSWORD, the first admin gets a random password: there is no default. */
@SpringBootTest(properties = "capcoop.admin.initial-password=")
@AutoConfigureMockMvc
class FirstAdminWithoutPasswordTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Test
	void the_first_admin_exists_and_no_guessable_password_opens_it() throws Exception {
		assertThat(accounts.find("admin")).isPresent();
		for (String password : List.of("admin", "password", "capcoop", "changeme")) {
			String target = mvc.perform(post("/admin/connexion").param("username", "admin").param("password", password)
					.with(csrf())).andReturn().getResponse().getRedirectedUrl();
			assertThat(target).isEqualTo("/admin/connexion?erreur");
		}
	}
}
