package fr.capcooperation.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import fr.capcooperation.CapCooperationApplication;

/**
 * Against a real PostgreSQL server: the Flyway migrations run unchanged, and two instances on
 * one database serve the same users: a questionnaire begun on one continues on the other, an
 * admin's login (Spring Session JDBC) holds on both, and a publication made through one is
 * served by the other within 5 seconds. Revocation revokes on both: a password changed or an
 * account disabled on one instance ends the account's sessions on the other; a failed login
 * stores no session; two publications at the same instant, one per instance, make one version.
 */
@Tag("postgres")
@EnabledIfEnvironmentVariable(named = PostgresDatabase.URL_VARIABLE, matches = ".+",
		disabledReason = "no PostgreSQL server given (CAPCOOP_TEST_PG_URL): PostgreSQL tests skipped; .ci/run starts one")
class PostgresTest {

	private static final String ADMIN_PASSWORD = "deux-instances-une-base-2026";

	private static PostgresDatabase database;
	private static ConfigurableApplicationContext first;
	private static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoInstances() throws Exception {
		database = new PostgresDatabase();
		first = start();
		second = start();
		// The first admin has changed its password already: the first login itself is LoginHardeningTest's.
		try (Connection connection = database.connect()) {
			connection.createStatement()
				.executeUpdate("update admin_account set password_change_required = false where username_key = 'admin'");
		}
	}

	private static ConfigurableApplicationContext start() {
		String[] args = Stream
			.concat(database.arguments().stream(),
					Stream.of("--server.port=0", "--capcoop.catalog.refresh-interval=PT1S",
							"--capcoop.admin.initial-password=" + ADMIN_PASSWORD,
							// the real session store, which the other tests leave out
							"--spring.autoconfigure.exclude="))
			.toArray(String[]::new);
		return new SpringApplicationBuilder(CapCooperationApplication.class).run(args);
	}

	@AfterAll
	static void stop() throws Exception {
		if (first != null) {
			first.close();
		}
		if (second != null) {
			second.close();
		}
		if (database != null) {
			database.close();
		}
	}

	private static String base(ConfigurableApplicationContext context) {
		return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private HttpResponse<String> get(String url) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String url, String form) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String csrf(String html) {
		Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	@Test
	void the_migrations_run_on_postgresql_and_seed_version_1() throws Exception {
		try (Connection connection = database.connect();
				ResultSet rows = connection.createStatement()
					.executeQuery("select version, published_by, length(content) from catalogue_version where version = 1")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getInt(1)).isEqualTo(1);
			assertThat(rows.getInt(3)).isGreaterThan(50_000);
		}
		assertThat(get(base(first) + "/formes/gip").statusCode()).isEqualTo(200);
	}

	@Test
	void a_questionnaire_begun_on_one_instance_continues_on_the_other() throws Exception {
		String token = csrf(get(base(first) + "/questionnaire").body());
		HttpResponse<String> started = post(base(first) + "/questionnaire", "_csrf=" + token);
		String path = URI.create(started.headers().firstValue("Location").orElseThrow()).getPath();
		assertThat(post(base(first) + path + "/questions/integration", "_csrf=" + token + "&integration=structurer")
			.statusCode()).isEqualTo(302);
		// the same browser goes on with the second instance: same link, same CSRF cookie
		HttpResponse<String> resumed = http.send(HttpRequest.newBuilder(URI.create(base(second) + path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(resumed.headers().firstValue("Location").orElseThrow()).endsWith(path + "/questions/partners");
		HttpResponse<String> integration = get(base(second) + path + "/questions/integration");
		assertThat(integration.body()).containsPattern("value=\"structurer\"[^>]*checked");
		assertThat(post(base(second) + path + "/questions/partners", "_csrf=" + token + "&partners=associations")
			.statusCode()).isEqualTo(302);
		assertThat(get(base(first) + path + "/questions/partners").body()).containsPattern("value=\"associations\"[^>]*checked");
	}

	@Test
	void an_admin_logged_in_on_one_instance_is_logged_in_on_the_other() throws Exception {
		String token = csrf(get(base(first) + "/admin/connexion").body());
		HttpResponse<String> login = post(base(first) + "/admin/connexion",
				"_csrf=" + token + "&username=admin&password=" + ADMIN_PASSWORD);
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/admin");
		HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(base(second) + "/admin")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("admin");
		HttpResponse<String> anonymous = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(base(second) + "/admin")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(anonymous.statusCode()).isEqualTo(302);
	}

	@Test
	void a_version_published_through_one_instance_is_served_by_the_other_within_five_seconds() throws Exception {
		String renamed = "Groupement d’intérêt public (version 2)";
		try (Connection connection = database.connect()) {
			String content;
			try (ResultSet row = connection.createStatement()
				.executeQuery("select content from catalogue_version where version = 1")) {
				row.next();
				content = row.getString(1);
			}
			int next;
			try (ResultSet row = connection.createStatement().executeQuery("select max(version) + 1 from catalogue_version")) {
				row.next();
				next = row.getInt(1);
			}
			try (PreparedStatement insert = connection.prepareStatement(
					"insert into catalogue_version (version, published_at, published_by, note, content) values (?, ?, 'test', 'renamed', ?)")) {
				insert.setInt(1, next);
				insert.setTimestamp(2, Timestamp.from(Instant.now()));
				insert.setString(3, content.replace("Groupement d'intérêt public (GIP)", renamed));
				insert.executeUpdate();
			}
		}
		Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
		boolean served = false;
		while (!served && Instant.now().isBefore(deadline)) {
			served = get(base(second) + "/formes/gip").body().contains("(version 2)");
			if (!served) {
				Thread.sleep(200);
			}
		}
		assertThat(served).as("version 2 served by the other instance within 5 s").isTrue();
	}

	/** A browser of its own (its own cookies), logged in on an instance. */
	/** The draft that a publication confirmation page lists (its hidden field). */
	private static String shownDraft(String page) {
		Matcher matcher = Pattern.compile("name=\"brouillon\" value=\"([^\"]+)\"").matcher(page);
		assertThat(matcher.find()).as("the confirmation page offers to publish").isTrue();
		return matcher.group(1);
	}

	private static final class Browser {

		private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		HttpResponse<String> get(String url) throws Exception {
			return client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String url, String form) throws Exception {
			return client.send(HttpRequest.newBuilder(URI.create(url))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		/** Posts a form of {@code page} (its CSRF token taken from that page). */
		HttpResponse<String> submit(String page, String action, String fields) throws Exception {
			return post(action, "_csrf=" + csrf(get(page).body()) + (fields.isEmpty() ? "" : "&" + fields));
		}

		String logIn(String base, String username, String password) throws Exception {
			return submit(base + "/admin/connexion", base + "/admin/connexion",
					"username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8))
				.headers()
				.firstValue("Location")
				.orElse("");
		}

		String where(String url) throws Exception {
			HttpResponse<String> response = get(url);
			return response.statusCode() == 200 ? "200" : response.headers().firstValue("Location").orElse("" + response.statusCode());
		}
	}

	private static void createAccount(Browser admin, String username, String password, String role) throws Exception {
		HttpResponse<String> created = admin.submit(base(first) + "/admin/comptes", base(first) + "/admin/comptes",
				"username=" + username + "&password=" + password + "&role=" + role);
		assertThat(created.headers().firstValue("Location").orElse(created.body())).endsWith("/admin/comptes");
	}

	private static int sessionRows() throws Exception {
		try (Connection connection = database.connect();
				ResultSet rows = connection.createStatement().executeQuery("select count(*) from spring_session")) {
			rows.next();
			return rows.getInt(1);
		}
	}

	@Test
	void a_password_changed_on_one_instance_ends_the_other_sessions_on_both() throws Exception {
		Browser admin = new Browser();
		assertThat(admin.logIn(base(first), "admin", ADMIN_PASSWORD)).endsWith("/admin");
		createAccount(admin, "redaction", "Le-premier-mot-de-passe-donne", "EDITOR");
		Browser laptop = new Browser();
		Browser phone = new Browser();
		Browser tablet = new Browser();
		assertThat(laptop.logIn(base(first), "redaction", "Le-premier-mot-de-passe-donne")).endsWith("/admin/brouillon");
		assertThat(phone.logIn(base(second), "redaction", "Le-premier-mot-de-passe-donne")).endsWith("/admin/brouillon");
		assertThat(tablet.logIn(base(first), "redaction", "Le-premier-mot-de-passe-donne")).endsWith("/admin/brouillon");
		assertThat(phone.where(base(second) + "/admin/brouillon")).as("a given password: changed first").endsWith("/admin/mot-de-passe");

		HttpResponse<String> changed = laptop.submit(base(first) + "/admin/mot-de-passe", base(first) + "/admin/mot-de-passe",
				"current=Le-premier-mot-de-passe-donne&password=Un-verger-sous-la-neige-2&confirmation=Un-verger-sous-la-neige-2");
		assertThat(changed.headers().firstValue("Location").orElse("")).endsWith("/admin");
		assertThat(laptop.where(base(second) + "/admin/brouillon")).as("the session that changed it, on the other instance too")
			.isEqualTo("200");
		assertThat(phone.where(base(second) + "/admin/brouillon")).as("ended on the other instance").endsWith("/admin/connexion");
		assertThat(tablet.where(base(first) + "/admin/brouillon")).as("ended on this instance").endsWith("/admin/connexion");
		assertThat(phone.logIn(base(second), "redaction", "Un-verger-sous-la-neige-2")).endsWith("/admin/brouillon");
	}

	@Test
	void an_account_disabled_on_one_instance_loses_its_sessions_on_both() throws Exception {
		Browser admin = new Browser();
		assertThat(admin.logIn(base(first), "admin", ADMIN_PASSWORD)).endsWith("/admin");
		createAccount(admin, "formation", "Le-phare-au-bout-de-la-jetee", "TRAINER");
		Browser trainer = new Browser();
		assertThat(trainer.logIn(base(second), "formation", "Le-phare-au-bout-de-la-jetee")).endsWith("/formateur/direct");
		trainer.submit(base(second) + "/admin/mot-de-passe", base(second) + "/admin/mot-de-passe",
				"current=Le-phare-au-bout-de-la-jetee&password=Une-maree-haute-en-octobre&confirmation=Une-maree-haute-en-octobre");
		assertThat(trainer.where(base(second) + "/formateur/direct")).isEqualTo("200");
		assertThat(trainer.where(base(first) + "/formateur/direct")).isEqualTo("200");

		// the button of the account's row
		String accounts = admin.get(base(first) + "/admin/comptes").body();
		Matcher row = Pattern.compile(">formation<.*?(/admin/comptes/\\d+/desactiver)", Pattern.DOTALL).matcher(accounts);
		assertThat(row.find()).isTrue();
		String disable = row.group(1);
		admin.submit(base(first) + "/admin/comptes", base(first) + disable, "");
		assertThat(trainer.where(base(second) + "/formateur/direct")).endsWith("/admin/connexion");
		assertThat(trainer.where(base(first) + "/formateur/direct")).endsWith("/admin/connexion");
		assertThat(trainer.logIn(base(first), "formation", "Une-maree-haute-en-octobre")).endsWith("?erreur");
	}

	@Test
	void a_failed_login_stores_no_session() throws Exception {
		int before = sessionRows();
		for (int i = 0; i < 5; i++) {
			assertThat(new Browser().logIn(base(i % 2 == 0 ? first : second), "personne-" + i, "rien-de-bon")).endsWith("?erreur");
		}
		assertThat(sessionRows()).isEqualTo(before);
	}

	@Test
	void two_publications_at_the_same_instant_on_two_instances_make_one_version() throws Exception {
		Browser one = new Browser();
		Browser two = new Browser();
		assertThat(one.logIn(base(first), "admin", ADMIN_PASSWORD)).endsWith("/admin");
		assertThat(two.logIn(base(second), "admin", ADMIN_PASSWORD)).endsWith("/admin");
		String tokenOne = csrf(one.get(base(first) + "/admin/brouillon").body());
		String tokenTwo = csrf(two.get(base(second) + "/admin/brouillon").body());
		int before;
		try (Connection connection = database.connect()) {
			connection.createStatement()
				.executeUpdate("update catalogue_draft set content = replace(content, 'Groupement d’intérêt public', "
						+ "'Groupement d’intérêt public (publié deux fois ?)') where id = 1");
			try (ResultSet rows = connection.createStatement()
				.executeQuery("select count(*) from catalogue_draft where content like '%publié deux fois ?%'")) {
				rows.next();
				assertThat(rows.getInt(1)).as("the draft differs from the latest version").isEqualTo(1);
			}
			try (ResultSet rows = connection.createStatement().executeQuery("select max(version) from catalogue_version")) {
				rows.next();
				before = rows.getInt(1);
			}
		}
		// each admin reads the confirmation page, which names the draft it lists, then publishes
		String shownOne = shownDraft(one.get(base(first) + "/admin/publier").body());
		String shownTwo = shownDraft(two.get(base(second) + "/admin/publier").body());
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		Future<HttpResponse<String>> fromFirst = pool.submit(() -> {
			start.await();
			return one.post(base(first) + "/admin/publier", "_csrf=" + tokenOne + "&note=premier&brouillon=" + shownOne);
		});
		Future<HttpResponse<String>> fromSecond = pool.submit(() -> {
			start.await();
			return two.post(base(second) + "/admin/publier", "_csrf=" + tokenTwo + "&note=second&brouillon=" + shownTwo);
		});
		start.countDown();
		HttpResponse<String> answerOne = fromFirst.get(60, TimeUnit.SECONDS);
		HttpResponse<String> answerTwo = fromSecond.get(60, TimeUnit.SECONDS);
		assertThat(answerOne.statusCode()).isEqualTo(302);
		assertThat(answerTwo.statusCode()).isEqualTo(302);
		pool.shutdown();
		try (Connection connection = database.connect();
				ResultSet rows = connection.createStatement()
					.executeQuery("select count(*), max(version) from catalogue_version where version > " + before)) {
			rows.next();
			assertThat(rows.getInt(1)).as("one new version, not two").isEqualTo(1);
		}
		// where each publication led (the Location names the public address: only its path is kept)
		String notices = one.get(base(first) + URI.create(answerOne.headers().firstValue("Location").orElseThrow()).getPath()).body()
				+ two.get(base(second) + URI.create(answerTwo.headers().firstValue("Location").orElseThrow()).getPath()).body();
		assertThat(notices).contains("Rien à publier");
	}
}
