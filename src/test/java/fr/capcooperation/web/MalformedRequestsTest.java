package fr.capcooperation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * Malformed query strings and form bodies are the client's mistake: a French 400 page, and in
 * the log one WARN line without a stack trace, never an ERROR.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MalformedRequestsTest {

	@LocalServerPort
	int port;

	private final ListAppender<ILoggingEvent> log = new ListAppender<>();

	private Logger root;

	@BeforeEach
	void listen() {
		root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
		log.start();
		root.addAppender(log);
	}

	@AfterEach
	void stopListening() {
		root.detachAppender(log);
	}

	@Test
	void malformed_query_strings_get_a_french_400_and_one_warning_without_stack_trace() throws Exception {
		String journey = "/questionnaire/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
		List<String> paths = List.of("/presentation/questionnaire/resultat?governance=%E0",
				"/presentation/questionnaire/questions/governance/reponse?governance=%zz",
				journey + "/resultat/comparer?formes=%zz", journey + "/questions/integration?retour=%");
		RawHttp raw = new RawHttp(port);
		for (String path : paths) {
			Map<String, String> response = raw.get(path, "localhost");
			assertThat(RawHttp.status(response)).as(path).isEqualTo(400);
			assertThat(response.get("body")).as(path).contains("Demande incorrecte").doesNotContain("Exception");
		}
		// a page that reads no parameter is served as usual
		assertThat(RawHttp.status(raw.get("/glossaire?q=%C3%28&q=%zz", "localhost"))).isEqualTo(200);
		for (String[] post : new String[][] { { "/questionnaire?x=%zz", "_csrf=x" },
				{ "/questionnaire", "_csrf=x&integration=%E0%A4%A" } }) {
			Map<String, String> form = raw.postForm(post[0], "localhost", null, post[1]);
			assertThat(RawHttp.status(form)).as(post[1]).isEqualTo(400);
			assertThat(form.get("body")).contains("Demande incorrecte");
		}

		assertThat(log.list).noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.ERROR));
		assertThat(log.list).filteredOn(event -> event.getLevel() == Level.WARN)
			.isNotEmpty()
			.allSatisfy(event -> assertThat(event.getThrowableProxy()).as(event.getFormattedMessage()).isNull());
	}
}
