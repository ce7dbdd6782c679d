package fr.capcooperation.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.capcooperation.rules.Answer;
import fr.capcooperation.support.SqlRecorder;

/**
 * The journey is an aggregate: one request loads it once and saves it once. What an answer
 * costs in SQL is asserted here; stored answers that no longer read as valid are reported and
 * kept, never dropped; two saves of the same journey from two tabs both count.
 */
@SpringBootTest(properties = "capcoop.test.context=sql-recorder")
@AutoConfigureMockMvc
@Import(SqlRecorder.Configuration.class)
class JourneyAggregateTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Journeys journeys;

	@Autowired
	SqlRecorder sql;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void an_answer_costs_one_select_and_one_update() throws Exception {
		String token = journeys.start().token();

		sql.start();
		MvcResult posted = mvc.perform(post("/questionnaire/" + token + "/questions/integration").with(csrf())
			.param("integration", "structurer")).andReturn();
		List<String> statements = sql.stop();

		assertThat(posted.getResponse().getRedirectedUrl()).isEqualTo("/questionnaire/" + token + "/questions/partners");
		assertThat(statements).hasSize(2);
		assertThat(statements.get(0)).startsWith("SELECT ").contains(" FROM questionnaire_response WHERE token = ?");
		assertThat(statements.get(1)).startsWith("UPDATE questionnaire_response SET answers = ?");
		assertThat(stored(token)).isEqualTo("{\"integration\":\"structurer\"}");
	}

	@Test
	void reading_a_question_costs_one_select_and_an_opening_is_written_at_most_once_an_hour() throws Exception {
		String token = journeys.start().token();
		sql.start();
		mvc.perform(get("/questionnaire/" + token + "/questions/integration"));
		assertThat(sql.stop()).hasSize(1).allSatisfy(statement -> assertThat(statement).startsWith("SELECT "));

		jdbc.update("update questionnaire_response set last_opened_at = ? where token = ?",
				Timestamp.from(Instant.now().minusSeconds(7200)), token);
		sql.start();
		mvc.perform(get("/questionnaire/" + token + "/questions/integration"));
		assertThat(sql.stop()).hasSize(2)
			.last()
			.satisfies(statement -> assertThat(statement).startsWith("UPDATE questionnaire_response SET last_opened_at"));
	}

	@Test
	void a_stored_answer_that_no_longer_reads_is_reported_and_kept_until_it_is_answered_again() throws Exception {
		String token = journeys.start().token();
		jdbc.update("update questionnaire_response set answers = ? where token = ?",
				"{\"integration\":\"structurer\",\"partners\":[\"martiens\"]}", token);

		Journey journey = journeys.find(token).orElseThrow();
		assertThat(journey.answers().has("integration")).isTrue();
		assertThat(journey.answers().has("partners")).isFalse();
		assertThat(journey.unreadable()).extracting(error -> error.field() + " " + error.code())
			.containsExactly("partners answer.option.unknown");

		Document review = page("/questionnaire/" + token + "/recapitulatif");
		assertThat(review.select(".notice--warning").text()).contains("ne correspondent plus aux questions");
		assertThat(review.select(".notice--warning a[href*=/questions/partners]").text()).contains("martiens");
		Document question = page("/questionnaire/" + token + "/questions/partners");
		assertThat(question.select(".field__error").text()).contains("martiens");

		// another answer saved: the unreadable one stays as it was stored
		TestJourneys.answer(journeys, token, "member_count", new Answer.Number(3));
		assertThat(stored(token)).contains("\"partners\":[\"martiens\"]").contains("\"member_count\":3");

		// answered again: replaced, and no longer reported
		mvc.perform(post("/questionnaire/" + token + "/questions/partners").with(csrf()).param("partners", "associations"));
		assertThat(stored(token)).doesNotContain("martiens").contains("\"partners\":[\"associations\"]");
		assertThat(journeys.find(token).orElseThrow().unreadable()).isEmpty();
	}

	@Test
	void two_tabs_saving_the_same_journey_both_keep_their_answer() {
		String token = journeys.start().token();
		Journey first = journeys.find(token).orElseThrow();
		Journey second = journeys.find(token).orElseThrow();

		journeys.save(first, loaded -> loaded.answered("integration", new Answer.Choice("structurer"), Instant.now()));
		Journey saved = journeys.save(second, loaded -> loaded.answered("duration", new Answer.Choice("determinee"),
				Instant.now()));

		assertThat(saved.answers().asMap()).containsOnlyKeys("integration", "duration");
		assertThat(journeys.find(token).orElseThrow().answers().asMap()).containsOnlyKeys("integration", "duration");
	}

	private String stored(String token) {
		return jdbc.queryForObject("select answers from questionnaire_response where token = ?", String.class, token);
	}

	private Document page(String url) throws Exception {
		return Jsoup.parse(mvc.perform(get(url)).andReturn().getResponse().getContentAsString());
	}
}
