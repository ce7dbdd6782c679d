package fr.capcooperation.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
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
 * served by the other within 5 seconds.
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
	static void startTwoInstances() {
		database = new PostgresDatabase();
		first = start();
		second = start();
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
}
