package fr.capcooperation.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.capcooperation.rules.Answer;

/**
 * A finished result is rendered once and then served from memory (real HTTP, real CSRF
 * cookies): every visitor still gets a CSRF token of their own that works for them only, a
 * changed answer shows at once, and deleted answers are gone at once.
 */
// the context of the other real-HTTP tests: spring-security-test's csrf() swaps the CSRF repository of the contexts it is used in
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "capcoop.test.context=real-csrf")
class ResultPageFromMemoryTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	ResponseService responses;

	@Test
	void every_visitor_of_a_result_served_from_memory_gets_a_csrf_token_that_works_for_them_only() throws Exception {
		String result = "/questionnaire/" + finishedJourney() + "/resultat";
		Visitor alice = new Visitor();
		Visitor bob = new Visitor();

		HttpResponse<String> alicePage = alice.get(result);
		HttpResponse<String> bobPage = bob.get(result);
		String aliceToken = onlyToken(alicePage.body());
		String bobToken = onlyToken(bobPage.body());

		assertThat(aliceToken).isNotEqualTo(bobToken);
		assertThat(bobPage.body()).isEqualTo(alicePage.body().replace(aliceToken, bobToken)).doesNotContain("cc-csrf-");
		assertThat(bobPage.headers().firstValueAsLong("Content-Length"))
			.hasValue(bobPage.body().getBytes(StandardCharsets.UTF_8).length);
		assertThat(bobPage.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		// The result page's "Recommencer" form: each token works with its own cookie only.
		assertThat(bob.post("/questionnaire", aliceToken).statusCode()).isEqualTo(403);
		assertThat(alice.post("/questionnaire", aliceToken).statusCode()).isEqualTo(302);
		assertThat(bob.post("/questionnaire", bobToken).statusCode()).isEqualTo(302);
	}

	@Test
	void a_changed_answer_shows_on_the_result_at_once_and_deleted_answers_are_gone() throws Exception {
		String token = finishedJourney();
		String result = "/questionnaire/" + token + "/resultat";
		Visitor visitor = new Visitor();
		String before = visitor.get(result).body();
		assertThat(before).contains("value=\"une_voix\" selected");

		responses.answer(token, "governance", new Answer.Choice("ponderee"));
		String after = visitor.get(result).body();
		assertThat(after).doesNotContain("value=\"une_voix\" selected").contains("value=\"ponderee\" selected");

		String csrf = onlyToken(after);
		assertThat(visitor.post("/questionnaire/" + token + "/supprimer", csrf).statusCode()).isEqualTo(302);
		HttpResponse<String> gone = visitor.get(result);
		assertThat(gone.statusCode()).isEqualTo(404);
		assertThat(gone.body()).doesNotContain("value=\"ponderee\"");
	}

	private String finishedJourney() {
		String token = TestJourneys.answered(responses, Optional.empty());
		assertThat(responses.complete(token).completedAt()).isNotNull();
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

		HttpResponse<String> get(String path) throws Exception {
			return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String path, String csrf) throws Exception {
			return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
	}
}
