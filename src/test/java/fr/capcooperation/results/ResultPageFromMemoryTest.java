package fr.capcooperation.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.capcooperation.questionnaire.Journeys;
import fr.capcooperation.questionnaire.TestJourneys;
import fr.capcooperation.rules.Answer;

/**
 * A finished result is rendered once and then served from memory as the same bytes for every
 * visitor (real HTTP, real CSRF cookies): it holds no form that posts, hence no CSRF token, and
 * it carries an ETag, so a browser that has the page gets a 304. A changed answer shows at
 * once, and deleted answers are gone at once.
 */
// real HTTP, the context of the other real-HTTP tests (none uses spring-security-test's csrf(), which swaps the CSRF repository)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ResultPageFromMemoryTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	Journeys journeys;

	@Test
	void every_visitor_gets_the_same_bytes_without_a_csrf_token_and_a_304_when_they_have_them() throws Exception {
		String result = "/questionnaire/" + finishedJourney() + "/resultat";
		Visitor alice = new Visitor();
		Visitor bob = new Visitor();

		HttpResponse<String> alicePage = alice.get(result, null);
		HttpResponse<String> bobPage = bob.get(result, null);

		assertThat(alicePage.statusCode()).isEqualTo(200);
		assertThat(bobPage.body()).isEqualTo(alicePage.body()).doesNotContain("_csrf");
		assertThat(Jsoup.parse(bobPage.body()).select("form[method=post]")).isEmpty();
		assertThat(bobPage.headers().firstValueAsLong("Content-Length"))
			.hasValue(bobPage.body().getBytes(StandardCharsets.UTF_8).length);
		assertThat(bobPage.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(bobPage.headers().firstValue("Cache-Control")).hasValue("no-cache, private");
		String etag = alicePage.headers().firstValue("ETag").orElseThrow();
		assertThat(etag).matches("\"[0-9a-f]{32}\"");
		assertThat(bobPage.headers().firstValue("ETag")).hasValue(etag);
		assertThat(alicePage.headers().allValues("Set-Cookie")).as("no CSRF cookie: nothing to post").isEmpty();

		HttpResponse<String> again = alice.get(result, etag);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
	}

	@Test
	void a_changed_answer_shows_on_the_result_at_once_and_deleted_answers_are_gone() throws Exception {
		String token = finishedJourney();
		String result = "/questionnaire/" + token + "/resultat";
		Visitor visitor = new Visitor();
		HttpResponse<String> before = visitor.get(result, null);
		assertThat(before.body()).contains("value=\"une_voix\" selected");
		String etag = before.headers().firstValue("ETag").orElseThrow();

		TestJourneys.answer(journeys, token, "governance", new Answer.Choice("ponderee"));
		HttpResponse<String> after = visitor.get(result, etag);
		assertThat(after.statusCode()).as("the page changed: not a 304").isEqualTo(200);
		assertThat(after.headers().firstValue("ETag")).isPresent().isNotEqualTo(etag);
		assertThat(after.body()).doesNotContain("value=\"une_voix\" selected").contains("value=\"ponderee\" selected");

		String csrf = onlyToken(visitor.get("/questionnaire/" + token + "/supprimer", null).body());
		assertThat(visitor.post("/questionnaire/" + token + "/supprimer", csrf).statusCode()).isEqualTo(302);
		HttpResponse<String> gone = visitor.get(result, null);
		assertThat(gone.statusCode()).isEqualTo(404);
		assertThat(gone.body()).doesNotContain("value=\"ponderee\"");
	}

	private String finishedJourney() {
		String token = TestJourneys.answered(journeys);
		assertThat(TestJourneys.complete(journeys, token).completedAt()).isNotNull();
		return token;
	}

	/** The page's CSRF token: the same in all its forms. */
	private static String onlyToken(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).isTrue();
		String token = matcher.group(1);
		while (matcher.find()) {
			assertThat(matcher.group(1)).isEqualTo(token);
		}
		return token;
	}

	/** A browser of its own: its own cookies, hence its own CSRF token. */
	private final class Visitor {

		private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		HttpResponse<String> get(String path, String ifNoneMatch) throws Exception {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
			if (ifNoneMatch != null) {
				request.header("If-None-Match", ifNoneMatch);
			}
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String path, String csrf) throws Exception {
			return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
	}
}
