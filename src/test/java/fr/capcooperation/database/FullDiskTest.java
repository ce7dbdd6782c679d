package fr.capcooperation.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The embedded database on a disk that fills up, then gets space back, the application running
 * all along: no write is confirmed that is not on disk, health says DOWN while the database
 * cannot write and UP again without a restart once it can, pages that need no database are
 * served throughout, and every confirmed answer is there at the end.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FullDiskTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final List<String> VALUES = List.of("echanger", "mutualiser", "structurer", "fusionner");

	private static final Path FOLDER;

	static {
		FullDiskFileSystem.register();
		try {
			// under target/: the database is still open when the class ends (the context closes last)
			FOLDER = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "full-disk-test-").toAbsolutePath();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** An H2 file database without WRITE_DELAY in its URL: DatabaseConnections must add it. */
	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:h2:fulldisk:" + FOLDER.resolve("capcoop") + ";AUTO_SERVER=FALSE");
	}

	@AfterAll
	static void freeTheDisk() {
		FullDiskFileSystem.free();
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private String csrf = "";

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf + body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String health() throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
	}

	private void awaitHealth(String status) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (!health().contains("\"status\":\"" + status + "\"")) {
			assertThat(Instant.now()).as("health " + status).isBefore(deadline);
			Thread.sleep(200);
		}
	}

	/** Starts journeys and answers them, several times each; returns the last answer each was confirmed to hold. */
	private Map<String, String> write(int journeys, Map<Integer, Integer> statuses) throws Exception {
		Map<String, String> confirmed = new LinkedHashMap<>();
		for (int i = 0; i < journeys; i++) {
			HttpResponse<String> started = post("/questionnaire", "");
			statuses.merge(started.statusCode(), 1, Integer::sum);
			if (started.statusCode() != 302) {
				continue;
			}
			String path = URI.create(started.headers().firstValue("Location").orElseThrow()).getPath();
			for (String value : VALUES) {
				HttpResponse<String> answered = post(path + "/questions/integration", "&integration=" + value);
				statuses.merge(answered.statusCode(), 1, Integer::sum);
				if (answered.statusCode() == 302) {
					confirmed.put(path.substring(path.lastIndexOf('/') + 1), value);
				}
				else {
					assertThat(answered.body()).contains("Service momentanément indisponible").doesNotContain("Exception");
				}
			}
		}
		return confirmed;
	}

	@Test
	void a_full_disk_loses_no_confirmed_answer_and_the_application_heals_when_space_comes_back() throws Exception {
		Matcher token = CSRF.matcher(get("/questionnaire").body());
		assertThat(token.find()).isTrue();
		csrf = token.group(1);
		Map<Integer, Integer> statuses = new LinkedHashMap<>();
		Map<String, String> confirmed = new LinkedHashMap<>(write(5, statuses));
		awaitHealth("UP");

		FullDiskFileSystem.fill();
		Map<Integer, Integer> whileFull = new LinkedHashMap<>();
		confirmed.putAll(write(10, whileFull));
		assertThat(whileFull.keySet()).as(whileFull.toString()).isSubsetOf(302, 503).contains(503);
		awaitHealth("DOWN");
		assertThat(get("/").statusCode()).isEqualTo(200);
		assertThat(get("/formes/gip").statusCode()).isEqualTo(200);
		assertThat(health()).doesNotContain("No space");

		FullDiskFileSystem.free();
		awaitHealth("UP");
		Map<Integer, Integer> after = new LinkedHashMap<>();
		confirmed.putAll(write(5, after));
		assertThat(after.keySet()).as(after.toString()).containsOnly(302);

		for (Map.Entry<String, String> answer : confirmed.entrySet()) {
			String stored = jdbc.queryForObject("select answers from questionnaire_response where token = ?", String.class,
					answer.getKey());
			assertThat(stored).as(answer.getKey()).contains("\"integration\":\"" + answer.getValue() + "\"");
		}
	}
}
