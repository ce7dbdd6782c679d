package fr.capcooperation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Redirects are built from {@code capcoop.public-url}, whatever {@code Host} header the request
 * carries (HTTP clients will not forge it, so these requests are written on a socket); and
 * pages carry the Permissions-Policy and Cross-Origin-*-Policy headers.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "capcoop.public-url=https://cap-cooperation.example.org/")
class PublicUrlRedirectsTest {

	private static final String PUBLIC = "https://cap-cooperation.example.org";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	private RawHttp raw() {
		return new RawHttp(port);
	}

	private Map<String, String> get(String path, String host) throws Exception {
		return raw().get(path, host);
	}

	@Test
	void the_login_redirect_ignores_a_forged_host_header() throws Exception {
		for (String host : new String[] { "evil.example", "evil.example:8443", "localhost:" + port }) {
			Map<String, String> response = get("/admin", host);
			assertThat(response.get("status")).contains(" 302");
			assertThat(response.get("location")).as(host).isEqualTo(PUBLIC + "/admin/connexion");
		}
	}

	@Test
	void a_new_journey_and_a_form_post_redirect_into_the_public_address() throws Exception {
		Map<String, String> page = get("/questionnaire", "evil.example");
		Matcher csrf = CSRF.matcher(page.get("body"));
		assertThat(csrf.find()).isTrue();
		String cookie = page.get("set-cookie").split(";")[0];
		Map<String, String> started = raw().postForm("/questionnaire", "evil.example", cookie, "_csrf=" + csrf.group(1));
		assertThat(started.get("status")).contains(" 302");
		assertThat(started.get("location")).matches(Pattern.quote(PUBLIC) + "/questionnaire/[A-Za-z0-9_-]{43}");

		String journey = started.get("location").substring(PUBLIC.length());
		Map<String, String> resumed = get(journey, "evil.example");
		assertThat(resumed.get("location")).isEqualTo(PUBLIC + journey + "/questions/integration");
	}

	@Test
	void pages_carry_the_permissions_and_opener_policies() throws Exception {
		for (String path : new String[] { "/", "/questionnaire", "/nulle-part", "/admin/connexion" }) {
			Map<String, String> response = get(path, "localhost");
			assertThat(response.get("permissions-policy")).as(path)
				.contains("camera=()", "microphone=()", "geolocation=()", "fullscreen=(self)");
			assertThat(response.get("cross-origin-opener-policy")).as(path).isEqualTo("same-origin");
			assertThat(response.get("cross-origin-resource-policy")).as(path).isEqualTo("same-origin");
		}
	}
}
