package fr.capcooperation.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import fr.capcooperation.CapCooperationApplication;

/**
 * A shared approach on two instances over one PostgreSQL database: respondents of different
 * partners answering at the same instant, one on each instance, are all counted in the
 * synthesis either instance computes; one link pressed on both instances at once gets one
 * journey.
 */
class SharedApproachPostgresTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
	private static final Pattern LINK = Pattern.compile("/ensemble/lien/([A-Za-z0-9_-]{43})");

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
		String[] args = Stream.concat(database.arguments().stream(), Stream.of("--server.port=0")).toArray(String[]::new);
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

	/** One client per respondent (its own cookies, hence its own CSRF token). */
	private static final class Client {

		private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		private String csrf = "";

		String get(String url) throws Exception {
			String body = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString()).body();
			Matcher matcher = CSRF.matcher(body);
			if (matcher.find()) {
				csrf = matcher.group(1);
			}
			return body;
		}

		HttpResponse<String> post(String url, String form) throws Exception {
			return http.send(HttpRequest.newBuilder(URI.create(url))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf + (form.isEmpty() ? "" : "&" + form)))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
	}

	private static String location(HttpResponse<String> response) {
		return URI.create(response.headers().firstValue("Location").orElseThrow()).getPath();
	}

	@Test
	void respondentsAnsweringAtTheSameInstantOnTwoInstancesAreAllInTheSynthesis() throws Exception {
		Client coordinator = new Client();
		coordinator.get(base(first) + "/ensemble");
		String coordination = location(coordinator.post(base(first) + "/ensemble",
				"name=Deux+instances&partners=Nord%0ASud%0AEst%0AOuest&links=1&partnersSeeAnswers=false"));
		List<String> links = new ArrayList<>();
		Matcher link = LINK.matcher(coordinator.get(base(first) + coordination));
		while (link.find()) {
			links.add(link.group(1));
		}
		assertThat(links).hasSize(4);

		String[] integration = { "mutualiser", "fusionner", "mutualiser", "structurer" };
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			CyclicBarrier together = new CyclicBarrier(4);
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				String instance = base(i % 2 == 0 ? first : second);
				String token = links.get(i);
				String value = integration[i];
				answers.add(pool.submit(() -> {
					Client respondent = new Client();
					respondent.get(instance + "/ensemble/lien/" + token);
					together.await();
					String journey = location(respondent.post(instance + "/ensemble/lien/" + token + "/repondre", ""));
					respondent.get(instance + journey + "/questions/integration");
					together.await();
					return respondent.post(instance + journey + "/questions/integration", "integration=" + value).statusCode();
				}));
			}
			for (Future<Integer> answer : answers) {
				assertThat(answer.get()).isEqualTo(302);
			}

			// one link pressed on both instances at the same instant: one journey
			Client first = new Client();
			Client second = new Client();
			String shared = "/ensemble/lien/" + links.get(0) + "/repondre";
			first.get(base(SharedApproachPostgresTest.first) + "/ensemble/lien/" + links.get(0));
			second.get(base(SharedApproachPostgresTest.second) + "/ensemble/lien/" + links.get(0));
			CyclicBarrier both = new CyclicBarrier(2);
			Future<String> one = pool.submit(() -> {
				both.await();
				return location(first.post(base(SharedApproachPostgresTest.first) + shared, ""));
			});
			Future<String> other = pool.submit(() -> {
				both.await();
				return location(second.post(base(SharedApproachPostgresTest.second) + shared, ""));
			});
			assertThat(one.get()).isEqualTo(other.get());
		}
		finally {
			pool.shutdownNow();
		}

		String token = coordination.substring(coordination.lastIndexOf('/') + 1);
		for (ConfigurableApplicationContext instance : List.of(first, second)) {
			String synthesis = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(base(instance) + "/api/v1/shared-approaches/" + token + "/synthesis"))
					.header("Accept", "application/json")
					.build(), HttpResponse.BodyHandlers.ofString())
				.body();
			assertThat(synthesis).contains("\"answered\":1").doesNotContain("\"answered\":0");
			assertThat(synthesis).contains("\"toDiscuss\":[{\"question\":\"integration\"");
		}
		try (Connection connection = database.connect();
				ResultSet rows = connection.createStatement()
					.executeQuery("select count(*) from shared_approach_respondent where journey_token is not null")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getInt(1)).isEqualTo(4);
		}
	}
}
