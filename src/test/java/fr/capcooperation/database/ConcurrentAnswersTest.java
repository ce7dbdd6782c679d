package fr.capcooperation.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Several answers to one journey at the same instant (a double click, two tabs, a shared link
 * answered by two people): each is saved, or, when it lost to the others on every attempt of
 * the optimistic lock, gets the French 409 page saying to reload and send again; never a 500,
 * and the journey holds one of the answers sent.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ConcurrentAnswersTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final List<String> VALUES = List.of("echanger", "mutualiser", "structurer", "fusionner", "ne_sait_pas",
			"echanger", "mutualiser", "structurer");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String body) throws Exception {
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	@Test
	void simultaneous_answers_to_one_journey_are_saved_or_get_a_french_409_never_a_500() throws Exception {
		Matcher csrf = CSRF.matcher(send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/questionnaire"))).body());
		assertThat(csrf.find()).isTrue();
		String token = csrf.group(1);
		Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
		List<String> conflictPages = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(VALUES.size());
		try {
			for (int round = 0; round < 25; round++) {
				int writers = round % 2 == 0 ? 4 : VALUES.size();
				String location = post("/questionnaire", "_csrf=" + token).headers().firstValue("Location").orElseThrow();
				String journey = URI.create(location).getPath();
				CyclicBarrier together = new CyclicBarrier(writers);
				List<Future<HttpResponse<String>>> answers = new ArrayList<>();
				for (String value : VALUES.subList(0, writers)) {
					answers.add(pool.submit(() -> {
						together.await();
						return post(journey + "/questions/integration", "_csrf=" + token + "&integration=" + value);
					}));
				}
				for (Future<HttpResponse<String>> answer : answers) {
					HttpResponse<String> response = answer.get();
					statuses.merge(response.statusCode(), 1, Integer::sum);
					if (response.statusCode() == 409) {
						conflictPages.add(response.body());
					}
				}
				String stored = jdbc.queryForObject("select answers from questionnaire_response where token = ?", String.class,
						journey.substring(journey.lastIndexOf('/') + 1));
				assertThat(VALUES).anyMatch(value -> stored.contains("\"integration\":\"" + value + "\""));
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(statuses.keySet()).as(statuses.toString()).isSubsetOf(302, 409);
		assertThat(conflictPages).allSatisfy(page -> assertThat(page).contains("Modification simultanée")
			.contains("Rechargez la page")
			.doesNotContain("Exception"));
	}
}
