package fr.capcooperation.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.validation.BeanPropertyBindingResult;

/** Who may enter the back-office, and how: form login, roles, lockout, CSRF, sessions. */
@SpringBootTest
@AutoConfigureMockMvc
class AdminSecurityTest {

	/** The first admin's password in every test context (application-test.properties). */
	static final String PASSWORD = "Un-mot-de-passe-solide-42";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	LoginCounter counter;

	private MvcResult login(String username, String password) throws Exception {
		return mvc.perform(post("/admin/connexion").param("username", username).param("password", password).with(csrf()))
			.andReturn();
	}

	@Test
	void every_admin_page_sends_anonymous_visitors_to_the_login_page() throws Exception {
		for (String url : List.of("/admin", "/admin/brouillon", "/admin/brouillon/regles/gip.requires-public",
				"/admin/apercu", "/admin/historique", "/admin/comptes", "/admin/journal", "/admin/statistiques",
				"/admin/mot-de-passe", "/admin/statistiques/resultats.csv")) {
			MvcResult result = mvc.perform(get(url)).andReturn();
			assertThat(result.getResponse().getStatus()).as(url).isEqualTo(302);
			assertThat(result.getResponse().getRedirectedUrl()).as(url).endsWith("/admin/connexion");
		}
		mvc.perform(post("/admin/publier").with(csrf())).andExpect(status().is3xxRedirection());
	}

	@Test
	void the_login_page_is_in_french_with_the_standard_fields_and_says_the_lockout_rule() throws Exception {
		String html = mvc.perform(get("/admin/connexion")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("input[name=username]")).hasSize(1);
		assertThat(page.select("input[name=password][type=password]")).hasSize(1);
		assertThat(page.select("input[name=_csrf]")).hasSize(1);
		assertThat(page.text()).contains("5 échecs", "15 minutes");
	}

	@Test
	void the_first_admin_logs_in_with_the_password_from_the_environment() throws Exception {
		assertThat(login("admin", PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/admin");
	}

	@Test
	void common_default_credentials_are_refused() throws Exception {
		for (String password : List.of("admin", "password", "changeme", "123456", "")) {
			assertThat(login("admin", password).getResponse().getRedirectedUrl()).isEqualTo("/admin/connexion?erreur");
		}
		counter.succeeded(accounts.find("admin").orElseThrow().getId());
	}

	@Test
	void logging_in_without_the_csrf_token_is_forbidden() throws Exception {
		mvc.perform(post("/admin/connexion").param("username", "admin").param("password", PASSWORD))
			.andExpect(status().isForbidden());
	}

	@Test
	void five_failures_lock_the_account_for_fifteen_minutes_even_with_the_right_password() throws Exception {
		createAccount("camille", "Lune-verte-sur-le-quai-1", "EDITOR");
		for (int i = 0; i < 5; i++) {
			assertThat(login("camille", "faux-mot-de-passe").getResponse().getRedirectedUrl()).endsWith("?erreur");
		}
		assertThat(login("camille", "Lune-verte-sur-le-quai-1").getResponse().getRedirectedUrl())
			.as("locked: the same answer as a wrong password, which tells nobody the account exists")
			.isEqualTo("/admin/connexion?erreur");
		String html = mvc.perform(get("/admin/connexion?erreur")).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(html).select("[role=alert]").text()).contains("bloqué pendant 15 minutes");
		Account camille = accounts.find("camille").orElseThrow();
		assertThat(camille.getLockedUntil()).isBetween(Instant.now().plusSeconds(14 * 60),
				Instant.now().plusSeconds(15 * 60 + 5));
	}

	@Test
	void logging_in_gives_a_new_session_id() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();
		MvcResult result = mvc.perform(post("/admin/connexion").session(session).param("username", "admin")
				.param("password", PASSWORD).with(csrf())).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin");
		assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
	}

	@Test
	void logging_out_returns_to_the_login_page() throws Exception {
		mvc.perform(post("/admin/deconnexion").with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(redirectedUrl("/admin/connexion?deconnecte"));
	}

	@Test
	void an_editor_edits_drafts_but_neither_publishes_nor_manages_accounts_nor_reads_the_audit_log() throws Exception {
		mvc.perform(get("/admin/brouillon").with(user("eve").roles("EDITOR"))).andExpect(status().isOk());
		mvc.perform(get("/admin/comptes").with(user("eve").roles("EDITOR"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/journal").with(user("eve").roles("EDITOR"))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/publier").with(user("eve").roles("EDITOR")).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/admin/historique/1/restaurer").with(user("eve").roles("EDITOR")).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void a_trainer_cannot_edit_the_content() throws Exception {
		mvc.perform(get("/admin/brouillon").with(user("tom").roles("TRAINER"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin").with(user("tom").roles("TRAINER"))).andExpect(redirectedUrl("/formateur/direct"));
	}

	@Test
	void an_admin_creates_disables_and_re_enables_an_account() throws Exception {
		mvc.perform(post("/admin/comptes").param("username", "dominique").param("password", "Trois-pommes-et-un-violon")
				.param("role", "EDITOR").with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(redirectedUrl("/admin/comptes"));
		assertThat(login("dominique", "Trois-pommes-et-un-violon").getResponse().getRedirectedUrl()).isEqualTo("/admin/brouillon");
		long id = accounts.find("dominique").orElseThrow().getId();
		mvc.perform(post("/admin/comptes/" + id + "/desactiver").with(user("admin").roles("ADMIN")).with(csrf()));
		assertThat(login("dominique", "Trois-pommes-et-un-violon").getResponse().getRedirectedUrl())
			.isEqualTo("/admin/connexion?erreur");
		mvc.perform(post("/admin/comptes/" + id + "/activer").with(user("admin").roles("ADMIN")).with(csrf()));
		assertThat(login("dominique", "Trois-pommes-et-un-violon").getResponse().getRedirectedUrl()).isEqualTo("/admin/brouillon");
	}

	@Test
	void a_weak_password_is_refused_and_the_form_keeps_the_user_name() throws Exception {
		String html = mvc.perform(post("/admin/comptes").param("username", "lou").param("password", "court")
				.param("role", "EDITOR").with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("#password-error").text()).contains("12 caractères");
		assertThat(page.select("#username").val()).isEqualTo("lou");
	}

	@Test
	void a_user_changes_their_own_password() throws Exception {
		createAccount("sacha", "Ancienne-cabane-au-fond-1", "EDITOR");
		mvc.perform(post("/admin/mot-de-passe").param("current", "Ancienne-cabane-au-fond-1").param("password", "Nouvelle-grange-du-moulin-2")
				.param("confirmation", "Nouvelle-grange-du-moulin-2").with(user("sacha").roles("EDITOR")).with(csrf()))
			.andExpect(redirectedUrl("/admin"));
		assertThat(login("sacha", "Nouvelle-grange-du-moulin-2").getResponse().getRedirectedUrl()).isEqualTo("/admin/brouillon");
	}

	@Test
	void logins_are_in_the_audit_log_which_an_admin_filters_by_person_and_action() throws Exception {
		createAccount("morgan", "Orage-sur-la-colline-1", "EDITOR");
		login("morgan", "mauvais-mot-de-passe");
		login("morgan", "Orage-sur-la-colline-1");
		Document failures = Jsoup.parse(mvc.perform(get("/admin/journal").param("qui", "morgan").param("action", "LOGIN_FAILED")
				.with(user("admin").roles("ADMIN"))).andReturn().getResponse().getContentAsString());
		assertThat(failures.select("tbody tr")).hasSize(1);
		assertThat(failures.select("tbody tr").text()).contains("morgan", "Échec de connexion");
		Document all = Jsoup.parse(mvc.perform(get("/admin/journal").param("qui", "morgan").with(user("admin").roles("ADMIN")))
			.andReturn().getResponse().getContentAsString());
		assertThat(all.select("tbody tr").eachText()).anyMatch(row -> row.contains("Connexion réussie"))
			.anyMatch(row -> row.contains("Échec de connexion"));
	}

	private void createAccount(String username, String password, String role) {
		AccountForms.NewAccount form = new AccountForms.NewAccount();
		form.setUsername(username);
		form.setPassword(password);
		form.setRole(role);
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "accountForm");
		accounts.create(form, "test", errors);
		assertThat(errors.getAllErrors()).isEmpty();
	}
}
