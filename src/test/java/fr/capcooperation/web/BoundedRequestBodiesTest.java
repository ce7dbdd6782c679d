package fr.capcooperation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request bodies are bounded as they are read, whatever their framing: chunked bodies (no
 * Content-Length) of any size are cut off at 1 MB with the French 413, the JSON reader refuses
 * documents too deep or with too many tokens, and an answer with thousands of unknown keys gets
 * a short error list, not one twenty times its size.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BoundedRequestBodiesTest {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	/** A POST to the API whose body is streamed in chunks: the client declares no length. */
	private HttpResponse<String> chunked(String contentType, InputStream body) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/recommendations"))
			.header("Content-Type", contentType)
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> json(String body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/recommendations"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * A valid JSON answer padded with {@code megabytes} of white space, produced as it is sent:
	 * it breaks none of the JSON reader's limits (no long string, few tokens), only the size.
	 */
	private static InputStream hugeAnswer(double megabytes) {
		return padded("{\"answers\": {\"integration\": \"mutualiser\"", megabytes, "}}");
	}

	private static InputStream padded(String head, double megabytes, String tail) {
		InputStream filler = new InputStream() {
			private long left = (long) (megabytes * 1024 * 1024);

			@Override
			public int read() {
				return left-- > 0 ? ' ' : -1;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				if (left <= 0) {
					return -1;
				}
				int count = (int) Math.min(length, left);
				Arrays.fill(buffer, offset, offset + count, (byte) ' ');
				left -= count;
				return count;
			}
		};
		return new SequenceInputStream(new SequenceInputStream(bytes(head), filler), bytes(tail));
	}

	private static InputStream bytes(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void chunked_bodies_of_any_size_are_cut_off_at_the_limit_with_a_french_413() throws Exception {
		HttpResponse<String> over = chunked("application/json", hugeAnswer(1.5));
		assertThat(over.statusCode()).isEqualTo(413);
		assertThat(over.body()).contains("Envoi trop volumineux").doesNotContain("Exception");

		// Far beyond what Tomcat swallows (2 MB) after answering, it closes the connection while
		// the client is still sending, which may cut the 413 short on the client's side: what
		// counts is that nothing holds the bodies, no 5xx, and the server serves on.
		List<CompletableFuture<Integer>> parallel = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			parallel.add(CompletableFuture.supplyAsync(() -> {
				try {
					return chunked("application/json", hugeAnswer(50)).statusCode();
				}
				catch (IOException closed) {
					return 413;
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(ex);
				}
			}));
		}
		for (CompletableFuture<Integer> status : parallel) {
			assertThat(status.get()).isEqualTo(413);
		}
		assertThat(chunked("application/json", hugeAnswer(0)).statusCode()).isEqualTo(200);
		// refused for its type before anything reads it: Tomcat swallows the body (up to 2 MB) to answer
		assertThat(chunked("text/plain", padded("{}", 1.5, "")).statusCode()).isEqualTo(415);
		// a long string breaks the JSON reader's own limit before the body's
		HttpResponse<String> longString = chunked("application/json",
				padded("{\"answers\": {\"integration\": \"", 0, "a".repeat(200_000) + "\"}}"));
		assertThat(longString.statusCode()).isEqualTo(400);
		assertThat(longString.body()).contains("Requête trop volumineuse");
	}

	@Test
	void a_chunked_body_under_the_limit_is_read_as_usual() throws Exception {
		String body = "{\"answers\": {\"integration\": \"mutualiser\", \"partners\": [\"associations\"]}}";
		HttpResponse<String> response = chunked("application/json", bytes(body));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\"");
	}

	@Test
	void a_form_sent_in_chunks_is_bounded_too() throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/questionnaire"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			// 1.5 MB: over the limit, and under what Tomcat swallows before it closes the connection
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> padded("integration=", 1.5, "")))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("lang=\"fr\"").contains("Envoi trop volumineux");
	}

	@Test
	void thousands_of_unknown_keys_get_a_short_list_of_errors_and_their_count() throws Exception {
		String keys = IntStream.range(0, 5000).mapToObj(i -> "\"k" + i + "\": 1").collect(Collectors.joining(","));
		HttpResponse<String> response = json("{\"answers\": {" + keys + "}}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body().length()).isLessThan(5_000);
		JsonNode problem = JsonMapper.shared().readTree(response.body());
		assertThat(problem.get("errors").size()).isEqualTo(20);
		assertThat(problem.get("errorCount").asInt()).isEqualTo(5000);
		assertThat(problem.get("detail").asString()).matches("5\\h000 réponses sont invalides : «\u202ferrors\u202f» détaille les 20 premières\\.");
	}

	@Test
	void documents_with_too_many_tokens_or_too_deep_are_refused_before_they_are_built() throws Exception {
		String keys = IntStream.range(0, 100_000).mapToObj(i -> "\"" + Integer.toHexString(i) + "\":1").collect(Collectors.joining(","));
		for (String body : List.of("{\"answers\": {" + keys + "}}",
				"{\"answers\": " + "{\"a\": ".repeat(40) + "1" + "}".repeat(41))) {
			HttpResponse<String> response = json(body);
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(response.body()).contains("Requête trop volumineuse").hasSizeLessThan(1_000);
		}
		// 300,000 unknown keys (3.4 MB) in chunks: refused by the token count, well before the end
		HttpResponse<String> unknownKeys = chunked("application/json", bytes("{\"answers\": {"
				+ IntStream.range(0, 300_000).mapToObj(i -> "\"k" + i + "\":1").collect(Collectors.joining(",")) + "}}"));
		assertThat(unknownKeys.statusCode()).isEqualTo(400);
		assertThat(unknownKeys.body()).contains("Requête trop volumineuse").hasSizeLessThan(1_000);
	}
}
