package fr.capcooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The application starts on a real port, migrated and seeded, and serves pages, API and health. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ApplicationSmokeTest {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> get(String path, String accept) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void serves_every_reference_page_in_french_with_security_headers() throws Exception {
		for (String path : new String[] { "/", "/questionnaire", "/formes", "/formes/gip", "/formes/scic", "/notions",
				"/notions/cooperation", "/glossaire", "/comparaison" }) {
			HttpResponse<String> response = get(path, "text/html");
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.body()).as(path).contains("<html lang=\"fr\"");
			assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
				.hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'"));
			assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		}
	}

	@Test
	void an_unknown_page_is_a_french_404_without_stack_trace() throws Exception {
		HttpResponse<String> response = get("/nulle-part", "text/html");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page introuvable").doesNotContain("Whitelabel").doesNotContain("Exception");
	}

	@Test
	void the_api_and_health_answer() throws Exception {
		assertThat(get("/api/v1/forms", "application/json").body()).contains("\"gip\"");
		assertThat(get("/actuator/health", "application/json").body()).contains("UP");
		assertThat(get("/actuator/env", "application/json").statusCode()).isIn(401, 403, 404);
	}

	@Test
	void static_assets_are_served_by_the_application_itself() throws Exception {
		assertThat(get("/css/app.css", "text/css").statusCode()).isEqualTo(200);
		assertThat(get("/js/app.js", "*/*").statusCode()).isEqualTo(200);
	}
}
