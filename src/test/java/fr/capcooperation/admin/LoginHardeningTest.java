package fr.capcooperation.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * Logins and passwords under attack (issue 14): parallel guesses, unknown, locked and disabled
 * accounts, names in another case, passwords of any length or too common, the first password.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LoginHardeningTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	LoginAttempts logins;

	@Autowired
	JdbcTemplate jdbc;

	private MvcResult login(String username, String password) throws Exception {
		return mvc.perform(post("/admin/connexion").param("username", username).param("password", password).with(csrf()))
			.andReturn();
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

	private int failures(String actor, boolean checked) {
		Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'LOGIN_FAILED' AND actor = ? AND detail IS "
				+ (checked ? "NULL" : "NOT NULL"), Integer.class, actor);
		return count == null ? 0 : count;
	}

	@Test
	void forty_parallel_guesses_get_five_passwords_checked_and_lock_the_account() throws Exception {
		createAccount("alix", "Quarante-voleurs-et-un-puits", "EDITOR");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(40);
		List<Future<Boolean>> guesses = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			String address = "192.0.2." + (i + 1);
			String guess = "mauvais-mot-de-passe-" + i;
			guesses.add(pool.submit(() -> {
				start.await();
				UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated("alix", guess);
				attempt.setDetails(new WebAuthenticationDetails(address, null));
				try {
					logins.authenticate(attempt);
					return true;
				}
				catch (BadCredentialsException ex) {
					return false;
				}
			}));
		}
		start.countDown();
		for (Future<Boolean> guess : guesses) {
			assertThat(guess.get(30, TimeUnit.SECONDS)).isFalse();
		}
		pool.shutdown();
		assertThat(failures("alix", true)).as("passwords checked").isEqualTo(Account.MAX_FAILURES);
		assertThat(failures("alix", false)).as("refused unchecked").isEqualTo(40 - Account.MAX_FAILURES);
		assertThat(accounts.find("alix").orElseThrow().isLocked(java.time.Instant.now())).isTrue();
		assertThat(login("alix", "Quarante-voleurs-et-un-puits").getResponse().getRedirectedUrl()).endsWith("?erreur");
	}

	@Test
	void unknown_locked_and_disabled_accounts_get_the_same_answer_as_a_wrong_password() throws Exception {
		createAccount("bastien", "Le-phare-de-la-pointe-nord", "EDITOR");
		createAccount("capucine", "Une-pluie-de-cerises-en-mai", "EDITOR");
		for (int i = 0; i < Account.MAX_FAILURES; i++) {
			login("capucine", "pas-le-bon");
		}
		long id = accounts.find("bastien").orElseThrow().getId();
		mvc.perform(post("/admin/comptes/" + id + "/desactiver").with(user("admin").roles("ADMIN")).with(csrf()));
		List<String> answers = new ArrayList<>();
		answers.add(login("personne-de-ce-nom", "Le-phare-de-la-pointe-nord").getResponse().getRedirectedUrl());
		answers.add(login("bastien", "Le-phare-de-la-pointe-nord").getResponse().getRedirectedUrl());
		answers.add(login("capucine", "Une-pluie-de-cerises-en-mai").getResponse().getRedirectedUrl());
		answers.add(login("admin", "pas-le-bon-non-plus").getResponse().getRedirectedUrl());
		assertThat(answers).containsOnly("/admin/connexion?erreur");
		String page = Jsoup.parse(mvc.perform(get("/admin/connexion?erreur")).andReturn().getResponse().getContentAsString())
			.select("[role=alert]")
			.text();
		assertThat(page).contains("incorrect", "bloqué", "désactivé").doesNotContain("n’existe");
		new LoginCounter(jdbc).succeeded(accounts.find("admin").orElseThrow().getId());
	}

	@Test
	void a_failed_login_stores_no_session() throws Exception {
		MvcResult failed = login("personne", "rien-du-tout-ici");
		assertThat(failed.getRequest().getSession(false)).as("no session created for a failed login").isNull();
		assertThat(failed.getResponse().getCookie("JSESSIONID")).isNull();
	}

	@Test
	void user_names_are_unique_without_regard_to_case_and_logins_ignore_it() throws Exception {
		createAccount("Delphine", "Six-chevaux-dans-le-pre-vert", "EDITOR");
		String html = mvc.perform(post("/admin/comptes").param("username", "DELPHINE").param("password", "Un-autre-pre-et-sept-vaches")
				.param("role", "EDITOR").with(user("admin").roles("ADMIN")).with(csrf()))
			.andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(html).select("#username-error").text()).contains("déjà pris");
		assertThat(login("delphine", "Six-chevaux-dans-le-pre-vert").getResponse().getRedirectedUrl()).isEqualTo("/admin/brouillon");
		assertThat(login("  DELPHINE ", "Six-chevaux-dans-le-pre-vert").getResponse().getRedirectedUrl()).isEqualTo("/admin/brouillon");
		String admins = mvc.perform(post("/admin/comptes").param("username", "ADMIN").param("password", "Un-autre-pre-et-sept-vaches")
				.param("role", "ADMIN").with(user("admin").roles("ADMIN")).with(csrf()))
			.andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(admins).select("#username-error").text()).contains("déjà pris");
	}

	@Test
	void passwords_of_any_length_get_a_french_answer_never_a_server_error() throws Exception {
		createAccount("edgar", "Le-train-de-nuit-pour-Brest", "EDITOR");
		String phrase = "Le vélo bleu du marché gèle ; ";
		for (int length : new int[] { 73, 1_000, 100_000 }) {
			String password = phrase.repeat(length / phrase.length() + 1).substring(0, length);
			MvcResult result = mvc.perform(post("/admin/mot-de-passe").param("current", "Le-train-de-nuit-pour-Brest")
					.param("password", password).param("confirmation", password).with(user("edgar").roles("EDITOR")).with(csrf()))
				.andReturn();
			assertThat(result.getResponse().getStatus()).as("%d characters", length).isEqualTo(400);
			assertThat(Jsoup.parse(result.getResponse().getContentAsString()).select("#password-error").text())
				.contains("trop long", "72 caractères");
		}
		assertThat(login("edgar", "x".repeat(100_000)).getResponse().getRedirectedUrl()).endsWith("?erreur");
		assertThat(login("edgar", "Le-train-de-nuit-pour-Brest").getResponse().getRedirectedUrl()).isEqualTo("/admin/brouillon");
	}

	@Test
	void a_common_password_is_refused_with_a_french_message() throws Exception {
		for (String password : List.of("123456789012", "azertyuiop12", "motdepasse2026")) {
			String html = mvc.perform(post("/admin/comptes").param("username", "fanny").param("password", password)
					.param("role", "EDITOR").with(user("admin").roles("ADMIN")).with(csrf()))
				.andReturn().getResponse().getContentAsString();
			assertThat(Jsoup.parse(html).select("#password-error").text()).as(password).contains("trop facile à deviner");
		}
		assertThat(accounts.find("fanny")).isEmpty();
	}

	@Test
	void a_password_given_by_someone_else_must_be_changed_before_anything_else() throws Exception {
		createAccount("gaspard", "Trois-graines-de-moutarde", "ADMIN");
		MockHttpSession session = (MockHttpSession) login("gaspard", "Trois-graines-de-moutarde").getRequest().getSession();
		for (String page : List.of("/admin", "/admin/brouillon", "/admin/comptes", "/formateur/direct")) {
			assertThat(mvc.perform(get(page).session(session)).andReturn().getResponse().getRedirectedUrl()).as(page)
				.isEqualTo("/admin/mot-de-passe");
		}
		assertThat(mvc.perform(post("/admin/publier").session(session).with(csrf())).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/admin/mot-de-passe");
		String form = mvc.perform(get("/admin/mot-de-passe").session(session)).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(form).select(".notice").text()).contains("choisissez le vôtre");
		MvcResult changed = mvc.perform(post("/admin/mot-de-passe").session(session).param("current", "Trois-graines-de-moutarde")
				.param("password", "Quatre-noix-sous-le-noyer").param("confirmation", "Quatre-noix-sous-le-noyer").with(csrf()))
			.andReturn();
		assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/admin");
		MockHttpSession after = (MockHttpSession) changed.getRequest().getSession();
		assertThat(mvc.perform(get("/admin/brouillon").session(after)).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(accounts.find("gaspard").orElseThrow().isPasswordChangeRequired()).isFalse();
		assertThat(login("gaspard", "Quatre-noix-sous-le-noyer").getResponse().getRedirectedUrl()).isEqualTo("/admin");
		assertThat(accounts.find("admin").orElseThrow().isPasswordChangeRequired())
			.as("the first admin's password came from the environment").isTrue();
	}

	@Test
	void the_new_password_must_differ_from_the_current_one() throws Exception {
		createAccount("hortense", "Cinq-moulins-au-bord-du-lac", "EDITOR");
		String html = mvc.perform(post("/admin/mot-de-passe").param("current", "Cinq-moulins-au-bord-du-lac")
				.param("password", "Cinq-moulins-au-bord-du-lac").param("confirmation", "Cinq-moulins-au-bord-du-lac")
				.with(user("hortense").roles("EDITOR")).with(csrf()))
			.andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(html).select("#password-error").text()).contains("différent de l’actuel");
	}

}
