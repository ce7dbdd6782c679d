package fr.capcooperation.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import fr.capcooperation.CapCooperationApplication;

/**
 * The application on a real PostgreSQL server that the test stops, starts, and makes read-only
 * (a private server: {@link PrivatePostgres}). While the database is down or read-only, health
 * is DOWN, pages that need it get the French 503 page at once rather than after a long wait,
 * and pages that need no database are served as usual; once it is back, everything works again
 * without a restart.
 */
@Tag("postgres")
class DatabaseOutageTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final String ADMIN_PASSWORD = "la-base-tombe-puis-revient";

	private static final String OWN_PASSWORD = "un-mot-de-passe-bien-a-moi";

	private static final List<String> PAGES_WITHOUT_DATABASE = List.of("/", "/formes/gip", "/questionnaire", "/comparaison",
			"/glossaire", "/css/app.css");

	private static PrivatePostgres server;

	private static ConfigurableApplicationContext application;

	private static String base;

	@BeforeAll
	static void start() throws Exception {
		server = PrivatePostgres.start();
		application = new SpringApplicationBuilder(CapCooperationApplication.class).run("--spring.profiles.active=test,postgres",
				"--spring.datasource.url=" + server.url(), "--spring.datasource.username=" + PrivatePostgres.USER,
				"--spring.datasource.password=", "--server.port=0", "--capcoop.admin.initial-password=" + ADMIN_PASSWORD,
				// the real session store, which the other tests leave out
				"--spring.autoconfigure.exclude=");
		base = "http://localhost:" + ((WebServerApplicationContext) application).getWebServer().getPort();
	}

	@AfterAll
	static void stop() {
		if (application != null) {
			application.close();
		}
		if (server != null) {
			server.close();
		}
	}

	private static HttpClient browser() {
		return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
	}

	private static HttpResponse<String> get(HttpClient http, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> post(HttpClient http, String path, String body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String csrf(HttpClient http, String path) throws Exception {
		Matcher matcher = CSRF.matcher(get(http, path).body());
		assertThat(matcher.find()).as(path).isTrue();
		return matcher.group(1);
	}

	private static String health() throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

	private static void awaitHealth(String status, Duration within) throws Exception {
		Instant deadline = Instant.now().plus(within);
		while (!health().contains("\"status\":\"" + status + "\"")) {
			assertThat(Instant.now()).as("health %s within %s", status, within).isBefore(deadline);
			Thread.sleep(200);
		}
	}

	private static void assertUnavailablePage(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("Retry-After")).isPresent();
		assertThat(response.body()).contains("Service momentanément indisponible")
			.contains("n’est pas perdu")
			.doesNotContain("Exception");
	}

	private static void assertPagesWithoutDatabaseServed(HttpClient http) throws Exception {
		for (String path : PAGES_WITHOUT_DATABASE) {
			assertThat(get(http, path).statusCode()).as(path).isEqualTo(200);
		}
	}

	/** A journey with one answer; returns its address. */
	private static String journey(HttpClient http) throws Exception {
		String token = csrf(http, "/questionnaire");
		String location = post(http, "/questionnaire", "_csrf=" + token).headers().firstValue("Location").orElseThrow();
		String path = URI.create(location).getPath();
		assertThat(post(http, path + "/questions/integration", "_csrf=" + token + "&integration=mutualiser").statusCode())
			.isEqualTo(302);
		return path;
	}

	@Test
	void a_stopped_database_fails_pages_that_need_it_at_once_and_everything_works_again_once_it_is_started() throws Exception {
		HttpClient respondent = browser();
		String journey = journey(respondent);
		String token = csrf(respondent, journey + "/questions/integration");
		awaitHealth("UP", Duration.ofSeconds(10));

		server.stop();
		try {
			awaitHealth("DOWN", Duration.ofSeconds(15));
			Instant before = Instant.now();
			assertUnavailablePage(get(respondent, journey + "/questions/integration"));
			assertUnavailablePage(post(respondent, journey + "/questions/integration", "_csrf=" + token + "&integration=fusionner"));
			// bounded by the pool's 2 s timeout, then failing at once: not Hikari's default 30 s per request
			assertThat(Duration.between(before, Instant.now())).isLessThan(Duration.ofSeconds(10));
			assertPagesWithoutDatabaseServed(browser());
			HttpClient admin = browser();
			String login = csrf(admin, "/admin/connexion");
			assertUnavailablePage(post(admin, "/admin/connexion",
					"_csrf=" + login + "&username=admin&password=" + ADMIN_PASSWORD.replace(' ', '+')));

			// every request thread busy with a page that needs the database: the others are still served
			List<CompletableFuture<Integer>> flood = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				flood.add(CompletableFuture.supplyAsync(() -> {
					try {
						return get(browser(), journey + "/questions/integration").statusCode();
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
				}));
			}
			assertPagesWithoutDatabaseServed(browser());
			assertThat(flood).allSatisfy(status -> assertThat(status.get()).isEqualTo(503));
		}
		finally {
			server.resume();
		}
		awaitHealth("UP", Duration.ofSeconds(30));
		assertThat(get(respondent, journey + "/questions/integration").statusCode()).isEqualTo(200);
		assertThat(post(respondent, journey + "/questions/integration", "_csrf=" + token + "&integration=fusionner").statusCode())
			.isEqualTo(302);
		assertThat(get(respondent, journey + "/questions/integration").body()).contains("value=\"fusionner\"");
	}

	@Test
	void a_read_only_database_gives_the_french_503_in_the_back_office_and_health_down_until_it_takes_writes_again()
			throws Exception {
		HttpClient admin = browser();
		String token = csrf(admin, "/admin/connexion");
		post(admin, "/admin/connexion", "_csrf=" + token + "&username=admin&password=" + ADMIN_PASSWORD);
		// the first login: a password of one's own first (once: the other test may have done it)
		if (get(admin, "/admin/brouillon").statusCode() == 302) {
			post(admin, "/admin/mot-de-passe", "_csrf=" + csrf(admin, "/admin/mot-de-passe") + "&current=" + ADMIN_PASSWORD
					+ "&password=" + OWN_PASSWORD + "&confirmation=" + OWN_PASSWORD);
		}
		assertThat(get(admin, "/admin/brouillon").statusCode()).isEqualTo(200);
		awaitHealth("UP", Duration.ofSeconds(10));

		server.execute("ALTER SYSTEM SET default_transaction_read_only = on", "SELECT pg_reload_conf()");
		try {
			awaitHealth("DOWN", Duration.ofSeconds(15));
			assertUnavailablePage(get(admin, "/admin/brouillon"));
			assertUnavailablePage(get(admin, "/admin/historique"));
			HttpClient respondent = browser();
			assertUnavailablePage(post(respondent, "/questionnaire", "_csrf=" + csrf(respondent, "/questionnaire")));
			assertPagesWithoutDatabaseServed(respondent);
		}
		finally {
			server.execute("SET default_transaction_read_only = off", "ALTER SYSTEM RESET default_transaction_read_only",
					"SELECT pg_reload_conf()");
		}
		awaitHealth("UP", Duration.ofSeconds(30));
		assertThat(get(admin, "/admin/brouillon").statusCode()).isEqualTo(200);
	}
}
