package fr.capcooperation.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Respondents get no server session (real HTTP: MockMvc's csrf() swaps the token repository):
 * nothing ties them to one instance, and nothing is stored for them but their answers.
 */
// real HTTP, the context of the other real-HTTP tests (none uses spring-security-test's csrf(), which swaps the CSRF repository)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class NoSessionForRespondentsTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void a_journey_creates_no_http_session_and_keeps_its_csrf_token_in_a_strict_cookie() throws Exception {
		CookieManager cookies = new CookieManager();
		HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
		String base = "http://localhost:" + port;
		int before = jdbc.queryForObject("select count(*) from spring_session", Integer.class);

		HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(home.body());
		assertThat(csrf.find()).isTrue();
		assertThat(home.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
			.startsWith("XSRF-TOKEN=").contains("HttpOnly").contains("SameSite=Lax"));
		HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(base + "/questionnaire"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf.group(1)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(started.statusCode()).isEqualTo(302);
		String journey = started.headers().firstValue("Location").orElseThrow();
		HttpResponse<String> question = http.send(HttpRequest.newBuilder(URI.create(base + URI.create(journey).getPath()
				+ "/questions/integration")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(question.statusCode()).isEqualTo(200);

		assertThat(cookies.getCookieStore().getCookies()).extracting(HttpCookie::getName).containsExactly("XSRF-TOKEN");
		assertThat(jdbc.queryForObject("select count(*) from spring_session", Integer.class)).isEqualTo(before);
	}
}
