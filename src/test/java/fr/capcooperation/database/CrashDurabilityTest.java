package fr.capcooperation.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

import fr.capcooperation.CapCooperationApplication;

/**
 * The application as it ships (embedded H2 file under {@code ./data/}), started as a child JVM
 * from the test classpath, killed with {@code kill -9} in the middle of answers and
 * publications, and started again on the same files: every answer the server had confirmed
 * (a redirect to the next question) and every publication it had reported ("Version N
 * publiée"), with its audit row, is there after the restart.
 */
class CrashDurabilityTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
	private static final Pattern SHOWN_DRAFT = Pattern.compile("name=\"brouillon\" value=\"([^\"]+)\"");

	private static final String ADMIN_PASSWORD = "écrire-puis-tuer-2026";

	private static final String OWN_PASSWORD = "un-mot-de-passe-bien-a-moi";

	private static final List<String> VALUES = List.of("echanger", "mutualiser", "structurer", "fusionner");

	private Path folder;

	private Process application;

	private int port;

	/** journey token → the last answer to "integration" the server confirmed */
	private final Map<String, String> confirmed = new ConcurrentHashMap<>();

	/** journey token → the answer sent when the server died, not yet confirmed: it may or may not be saved */
	private final Map<String, String> inFlight = new ConcurrentHashMap<>();

	/** notes of the publications the back-office reported done */
	private final List<String> published = new CopyOnWriteArrayList<>();

	@AfterEach
	void cleanUp() throws IOException {
		if (application != null) {
			application.destroyForcibly();
		}
		if (folder != null) {
			FileSystemUtils.deleteRecursively(folder);
		}
	}

	@Test
	void nothing_confirmed_before_a_kill_minus_nine_is_lost() throws Exception {
		folder = Files.createTempDirectory("capcoop-kill-");
		start();
		AtomicBoolean writing = new AtomicBoolean(true);
		ExecutorService writers = Executors.newFixedThreadPool(5);
		for (int i = 0; i < 4; i++) {
			writers.submit(() -> answerUntilStopped(writing));
		}
		writers.submit(() -> publishUntilStopped(writing));
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while ((confirmed.size() < 20 || published.size() < 2) && Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
		}
		Thread.sleep(500); // in the middle of writes
		application.destroyForcibly(); // SIGKILL: no shutdown hook, no H2 close
		application.waitFor(30, TimeUnit.SECONDS);
		writing.set(false);
		writers.shutdown();
		assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
		assertThat(confirmed).hasSizeGreaterThanOrEqualTo(20);
		assertThat(published).hasSizeGreaterThanOrEqualTo(2);

		start();
		HttpClient reader = client();
		for (Map.Entry<String, String> answer : confirmed.entrySet()) {
			String page = reader.send(get("/questionnaire/" + answer.getKey() + "/questions/integration"),
					HttpResponse.BodyHandlers.ofString()).body();
			String shown = Jsoup.parse(page).select("input[name=integration][checked]").attr("value");
			assertThat(shown).as("journey " + answer.getKey()).isIn(answer.getValue(), inFlight.get(answer.getKey()));
		}
		application.destroy(); // a clean stop, to read the files directly
		assertThat(application.waitFor(60, TimeUnit.SECONDS)).isTrue();
		try (Connection connection = DriverManager
			.getConnection("jdbc:h2:file:" + folder.resolve("data/capcoop") + ";AUTO_SERVER=FALSE", "sa", "")) {
			for (String note : published) {
				assertThat(count(connection, "select count(*) from catalogue_version where note = ?", note)).as(note)
					.isEqualTo(1);
				assertThat(count(connection,
						"select count(*) from audit_event where action = 'PUBLISHED' and detail like ?", "%" + note))
					.as("audit row of " + note)
					.isEqualTo(1);
			}
		}
	}

	private static long count(Connection connection, String sql, String parameter) throws Exception {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, parameter);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getLong(1);
			}
		}
	}

	/** Starts the application in its own JVM, in the test folder, as it ships (no test profile). */
	private void start() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		String java = ProcessHandle.current().info().command().orElse("java");
		ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
				System.getProperty("java.class.path"), CapCooperationApplication.class.getName(), "--server.port=" + port,
				"--logging.level.root=WARN")
			.directory(folder.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("application.log").toFile()));
		builder.environment().put("CAPCOOP_ADMIN_PASSWORD", ADMIN_PASSWORD);
		builder.environment().remove("SPRING_PROFILES_ACTIVE");
		application = builder.start();
		HttpClient http = HttpClient.newHttpClient();
		Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
		while (true) {
			assertThat(application.isAlive()).as("the application is running: %s", log()).isTrue();
			assertThat(Instant.now()).as("the application is up within 3 minutes: %s", log()).isBefore(deadline);
			try {
				HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build();
				if (http.send(health, HttpResponse.BodyHandlers.ofString()).body().contains("\"UP\"")) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(250);
		}
	}

	/** The end of the application's output, for a failure message. */
	private String log() {
		try {
			String log = Files.readString(folder.resolve("application.log"));
			return log.substring(Math.max(0, log.length() - 3000));
		}
		catch (IOException ex) {
			return ex.toString();
		}
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html").build();
	}

	private HttpRequest post(String path, String body) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private static HttpClient client() {
		return HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
	}

	private static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private void answerUntilStopped(AtomicBoolean writing) {
		HttpClient http = client();
		try {
			String token = csrf(http.send(get("/questionnaire"), HttpResponse.BodyHandlers.ofString()).body());
			while (writing.get()) {
				HttpResponse<String> started = http.send(post("/questionnaire", "_csrf=" + token),
						HttpResponse.BodyHandlers.ofString());
				String path = URI.create(started.headers().firstValue("Location").orElseThrow()).getPath();
				String journey = path.substring(path.lastIndexOf('/') + 1);
				for (String value : VALUES) {
					inFlight.put(journey, value);
					HttpResponse<String> answered = http.send(
							post(path + "/questions/integration", "_csrf=" + token + "&integration=" + value),
							HttpResponse.BodyHandlers.ofString());
					if (answered.statusCode() == 302) {
						confirmed.put(journey, value);
					}
				}
			}
		}
		catch (IOException | InterruptedException killed) {
			// the server died under us: that is the point
		}
	}

	private void publishUntilStopped(AtomicBoolean writing) {
		HttpClient http = client();
		try {
			String token = csrf(http.send(get("/admin/connexion"), HttpResponse.BodyHandlers.ofString()).body());
			http.send(post("/admin/connexion", "_csrf=" + token + "&username=admin&password=" + ADMIN_PASSWORD),
					HttpResponse.BodyHandlers.ofString());
			// the first login: a password of one's own before anything else
			token = csrf(http.send(get("/admin/mot-de-passe"), HttpResponse.BodyHandlers.ofString()).body());
			http.send(post("/admin/mot-de-passe", "_csrf=" + token + "&current=" + ADMIN_PASSWORD + "&password=" + OWN_PASSWORD
					+ "&confirmation=" + OWN_PASSWORD), HttpResponse.BodyHandlers.ofString());
			token = csrf(http.send(get("/admin/brouillon"), HttpResponse.BodyHandlers.ofString()).body());
			for (int n = 1; writing.get(); n++) {
				// something to publish: a draft identical to the latest version is refused
				http.send(post("/admin/brouillon/glossaire/nouveau", "_csrf=" + token + "&action=save&key=terme_avant_kill_" + n
						+ "&term=Terme+" + n + "&definition=D%C3%A9finition+" + n + "."), HttpResponse.BodyHandlers.ofString());
				String note = "Publication " + n + " avant le kill";
				// through the confirmation page, which names the draft it listed
				Matcher shown = SHOWN_DRAFT.matcher(http.send(get("/admin/publier"), HttpResponse.BodyHandlers.ofString()).body());
				HttpResponse<String> sent = http.send(post("/admin/publier", "_csrf=" + token + "&note=" + note.replace(' ', '+')
						+ "&brouillon=" + (shown.find() ? shown.group(1) : "")), HttpResponse.BodyHandlers.ofString());
				if (sent.headers().firstValue("Location").orElse("").endsWith("/admin/historique")) {
					published.add(note);
				}
			}
		}
		catch (IOException | InterruptedException killed) {
			// the server died under us
		}
	}
}
