package fr.capcooperation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every form and API endpoint fed with malformed, missing, oversized, wrongly typed,
 * Unicode-heavy and injection values, unknown tokens and forged CSRF tokens: never a 5xx,
 * always a French 4xx, and what was saved stays as it was.
 */
// real HTTP, the context of the other real-HTTP tests (none uses spring-security-test's csrf(), which swaps the CSRF repository)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RobustnessTest {

	private static final String MEGABYTE = "a".repeat(1_100_000);

	private static final List<String> HOSTILE_VALUES = List.of("", " ", "x".repeat(5000),
			"' OR '1'='1", "1; DROP TABLE questionnaire_response; --", "<script>alert(1)</script>",
			"<img src=x onerror=alert(1)>", "\u0000", "\uD83D\uDE00\u200F\u202E\u0301ÉÉ𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "%00%0d%0a", "../../etc/passwd",
			"-1", "0", "2147483648", "1e309", "NaN", "3,5", "{\"a\":1}", "[]", "null", "true");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private HttpClient http;

	@BeforeEach
	void newBrowser() {
		http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> postForm(String path, Map<String, List<String>> fields) throws Exception {
		String body = fields.entrySet()
			.stream()
			.flatMap(entry -> entry.getValue()
				.stream()
				.map(value -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(value, StandardCharsets.UTF_8)))
			.collect(Collectors.joining("&"));
		return http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> postJson(String body, String contentType) throws Exception {
		return http.send(HttpRequest.newBuilder(uri("/api/v1/recommendations"))
			.header("Content-Type", contentType)
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private String csrf(String html) {
		Matcher matcher = CSRF.matcher(html);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	/** A journey with a few answers; returns its path. */
	private String journey() throws Exception {
		String token = csrf(get("/questionnaire").body());
		HttpResponse<String> started = postForm("/questionnaire", Map.of("_csrf", List.of(token)));
		String path = URI.create(started.headers().firstValue("Location").orElseThrow()).getPath();
		postForm(path + "/questions/integration", Map.of("_csrf", List.of(token), "integration", List.of("mutualiser")));
		postForm(path + "/questions/partners",
				Map.of("_csrf", List.of(token), "partners", List.of("associations", "public")));
		return path;
	}

	/** The same token with one character changed, in many ways: some unmask to bytes that are not UTF-8. */
	private static List<String> tampered(String token) {
		List<String> tokens = new ArrayList<>();
		for (int position = 0; position < token.length(); position += 3) {
			for (char replacement : new char[] { '_', '9', 'z' }) {
				if (token.charAt(position) != replacement) {
					tokens.add(token.substring(0, position) + replacement + token.substring(position + 1));
				}
			}
		}
		return tokens;
	}

	private String stored(String path) {
		String token = path.substring(path.lastIndexOf('/') + 1);
		return jdbc.queryForObject("select answers from questionnaire_response where token = ?", String.class, token);
	}

	private final List<String> failures = new ArrayList<>();

	private void check(String what, HttpResponse<String> response) {
		int status = response.statusCode();
		if (status >= 500) {
			failures.add(what + " -> " + status);
		}
		if (status >= 400) {
			String body = response.body();
			boolean french = body.contains("lang=\"fr\"") || body.contains("\"detail\"") || body.contains("\"message\"");
			if (!french || body.contains("Whitelabel") || body.contains("Exception") || body.contains("\tat ")) {
				failures.add(what + " -> " + status + " without a French explanation: "
						+ body.substring(0, Math.min(200, body.length())));
			}
		}
	}

	@Test
	void hostile_answers_to_every_question_never_break_anything_nor_change_what_was_saved() throws Exception {
		String path = journey();
		String token = csrf(get(path + "/questions/integration").body());
		String before = stored(path);
		for (String question : List.of("integration", "partners", "member_count", "legal_entity", "purpose", "surplus",
				"duration", "governance", "readiness", "inconnue", "%2e%2e")) {
			for (String value : HOSTILE_VALUES) {
				Map<String, List<String>> fields = new LinkedHashMap<>();
				fields.put("_csrf", List.of(token));
				fields.put(question, List.of(value));
				fields.put("readiness.besoins", List.of(value));
				fields.put("action", List.of(value));
				fields.put("retour", List.of(value));
				HttpResponse<String> response = postForm(path + "/questions/" + question, fields);
				check(question + "=" + value.substring(0, Math.min(20, value.length())), response);
				if (!question.equals("integration") && !question.equals("partners")) {
					continue;
				}
				assertThat(stored(path)).as(question + "=" + value).isEqualTo(before);
			}
		}
		assertThat(failures).isEmpty();
		assertThat(stored(path)).isEqualTo(before);
	}

	@Test
	void forged_or_missing_csrf_tokens_are_refused_in_french_and_change_nothing() throws Exception {
		String path = journey();
		String before = stored(path);
		List<String> forgeries = new ArrayList<>(List.of("", "forged", "x".repeat(3000), "%%%", "A".repeat(96)));
		forgeries.addAll(tampered(csrf(get("/").body())));
		for (String forged : forgeries) {
			HttpResponse<String> response = postForm(path + "/questions/integration",
					Map.of("_csrf", List.of(forged), "integration", List.of("fusionner")));
			assertThat(response.statusCode()).as(forged).isEqualTo(403);
			check("csrf " + forged.length(), response);
		}
		HttpResponse<String> none = postForm(path + "/questions/integration", Map.of("integration", List.of("fusionner")));
		assertThat(none.statusCode()).isEqualTo(403);
		HttpClient stranger = HttpClient.newHttpClient(); // no cookie: a token copied from elsewhere
		HttpResponse<String> copied = stranger.send(HttpRequest.newBuilder(uri(path + "/questions/integration"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("integration=fusionner&_csrf=" + csrf(get(path + "/questions/integration").body())))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(copied.statusCode()).isEqualTo(403);
		assertThat(failures).isEmpty();
		assertThat(stored(path)).isEqualTo(before);
	}

	@Test
	void unknown_and_malformed_tokens_and_paths_get_a_french_404() throws Exception {
		for (String path : List.of("/questionnaire/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
				"/questionnaire/' OR 1=1 --".replace(" ", "%20"), "/questionnaire/%3Cscript%3E/resultat",
				"/questionnaire/" + "A".repeat(2000), "/formes/inconnue", "/notions/%00", "/api/v1/inconnu",
				"/questionnaire/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/questions/integration")) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isBetween(400, 499);
			check(path, response);
		}
		String token = csrf(get("/").body());
		HttpResponse<String> post = postForm("/questionnaire/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/questions/integration",
				Map.of("_csrf", List.of(token), "integration", List.of("echanger")));
		assertThat(post.statusCode()).isEqualTo(404);
		check("post unknown token", post);
		assertThat(failures).isEmpty();
	}

	@Test
	void oversized_bodies_are_refused() throws Exception {
		String path = journey();
		String before = stored(path);
		String token = csrf(get(path + "/questions/integration").body());
		HttpResponse<String> form = postForm(path + "/questions/integration",
				Map.of("_csrf", List.of(token), "integration", List.of(MEGABYTE)));
		assertThat(form.statusCode()).isBetween(400, 499);
		check("form 1 MB", form);
		HttpResponse<String> json = postJson("{\"answers\": {\"integration\": \"" + MEGABYTE + "\"}}", "application/json");
		assertThat(json.statusCode()).isBetween(400, 499);
		check("json 1 MB", json);
		assertThat(failures).isEmpty();
		assertThat(stored(path)).isEqualTo(before);
	}

	@Test
	void hostile_json_never_breaks_the_api() throws Exception {
		List<String> bodies = new ArrayList<>(List.of("", "{", "}", "null", "[]", "\"answers\"", "{\"answers\": null}",
				"{\"answers\": {\"integration\": {\"$ne\": 1}}}", "{\"answers\": {\"member_count\": -99999999999999999999}}",
				"{\"answers\": {\"member_count\": 1e400}}", "{\"answers\": {\"partners\": [null, 1, true]}}",
				"{\"answers\": {\"readiness\": {\"besoins\": [\"oui\"]}}}", "{\"answers\": {\"readiness\": null}}",
				"{\"rulesetVersion\": -1, \"answers\": {}}", "{\"rulesetVersion\": 1e10, \"answers\": {}}",
				"[" .repeat(5000) + "]".repeat(5000), "{\"answers\": " + "{\"a\":".repeat(3000) + "1" + "}".repeat(3001)));
		for (String value : HOSTILE_VALUES) {
			String quoted = "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\u0000", "\\u0000") + "\"";
			bodies.add("{\"answers\": {\"integration\": " + quoted + "}}");
			bodies.add("{\"answers\": {" + quoted + ": \"oui\"}}");
			bodies.add("{\"answers\": {\"partners\": [" + quoted + "]}}");
		}
		for (String body : bodies) {
			HttpResponse<String> response = postJson(body, "application/json");
			assertThat(response.statusCode()).as(body.substring(0, Math.min(60, body.length()))).isBetween(400, 499);
			check("json " + body.substring(0, Math.min(40, body.length())), response);
		}
		for (String type : List.of("text/plain", "application/xml", "multipart/form-data; boundary=x", "bogus")) {
			HttpResponse<String> response = postJson("{\"answers\": {}}", type);
			assertThat(response.statusCode()).as(type).isBetween(400, 499);
			check(type, response);
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void wrong_methods_are_refused_in_french() throws Exception {
		for (String method : List.of("PUT", "DELETE", "PATCH")) {
			for (String path : List.of("/", "/questionnaire", "/api/v1/recommendations", "/api/v1/forms")) {
				HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path))
					.method(method, HttpRequest.BodyPublishers.ofString("x"))
					.header("Accept", path.startsWith("/api") ? "application/json" : "text/html")
					.build(), HttpResponse.BodyHandlers.ofString());
				assertThat(response.statusCode()).as(method + " " + path).isBetween(400, 499);
				check(method + " " + path, response);
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void hostile_values_to_the_result_tools_and_the_trainer_pages_never_break_anything() throws Exception {
		String path = journey();
		String token = csrf(get(path + "/questions/integration").body());
		String before = stored(path);
		for (String value : HOSTILE_VALUES) {
			String query = URLEncoder.encode(value, StandardCharsets.UTF_8);
			String what = value.substring(0, Math.min(20, value.length()));
			Map<String, List<String>> whatIf = new LinkedHashMap<>();
			whatIf.put("_csrf", List.of(token));
			for (String field : List.of("question", "value", "governance", "member_count", "partners", "surplus")) {
				whatIf.put(field, List.of(value));
			}
			check("what-if POST " + what, postForm(path + "/resultat/et-si", whatIf));
			check("what-if GET " + what, get(path + "/resultat/et-si?governance=" + query + "&member_count=" + query));
			check("side by side " + what, get(path + "/resultat/comparer?formes=" + query + "&formes=gie&forms=" + query));
			check("pdf " + what, get(path + "/resultat/pdf?x=" + query));
			check("join " + what, postForm("/direct", Map.of("_csrf", List.of(token), "code", List.of(value))));
			check("session " + what, get("/direct/" + query));
			check("session POST " + what, postForm("/direct/" + query, Map.of("_csrf", List.of(token))));
			check("slide " + what, get("/presentation/" + query));
			check("group question " + what, get("/presentation/questionnaire/questions/" + query));
			check("group answer " + what, get("/presentation/questionnaire/questions/governance/reponse?governance=" + query
					+ "&member_count=" + query + "&partners=" + query));
			check("group result " + what, get("/presentation/questionnaire/resultat?governance=" + query + "&partners="
					+ query + "&member_count=" + query));
			check("group what-if " + what,
					get("/presentation/questionnaire/et-si?governance=" + query + "&question=" + query + "&value=" + query));
			check("glossary " + what, get("/glossaire?q=" + query));
			check("comparison " + what, get("/comparaison?formes=" + query));
		}
		assertThat(failures).isEmpty();
		assertThat(stored(path)).isEqualTo(before);
	}
}
