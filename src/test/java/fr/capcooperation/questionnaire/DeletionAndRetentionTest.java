package fr.capcooperation.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** "Supprimer mes réponses" and the purge of answers nobody has reopened for a year. */
@SpringBootTest
@AutoConfigureMockMvc
class DeletionAndRetentionTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Journeys journeys;

	@Autowired
	AnswerRetention retention;

	@Autowired
	JdbcTemplate jdbc;

	private int rows(String token) {
		return jdbc.queryForObject("select count(*) from questionnaire_response where token = ?", Integer.class, token);
	}

	private void lastOpened(String token, Instant when) {
		jdbc.update("update questionnaire_response set last_opened_at = ?, updated_at = ? where token = ?",
				Timestamp.from(when), Timestamp.from(when), token);
	}

	@Test
	void every_step_offers_to_delete_the_answers_and_explains_who_sees_the_link() throws Exception {
		String token = journeys.start().token();
		Document question = Jsoup.parse(mvc.perform(get("/questionnaire/" + token + "/questions/integration"))
			.andReturn().getResponse().getContentAsString());
		assertThat(question.select(".share-link code").text()).endsWith("/questionnaire/" + token);
		assertThat(question.select(".share-link button[data-copy]").text()).isEqualTo("Copier le lien");
		assertThat(question.select(".share-link").text()).contains("toute personne qui a ce lien voit vos réponses");
		assertThat(question.select(".share-link a[href=/questionnaire/" + token + "/supprimer]").text())
			.isEqualTo("Supprimer mes réponses");
	}

	@Test
	void deleting_asks_for_confirmation_then_removes_the_row_and_the_link_becomes_a_404() throws Exception {
		String token = journeys.start().token();
		String journey = "/questionnaire/" + token;
		Document confirm = Jsoup.parse(mvc.perform(get(journey + "/supprimer")).andReturn().getResponse().getContentAsString());
		assertThat(confirm.select("form[method=post][action=" + journey + "/supprimer] input[name=_csrf]")).hasSize(1);
		assertThat(rows(token)).as("the confirmation page deletes nothing").isEqualTo(1);

		assertThat(mvc.perform(post(journey + "/supprimer")).andReturn().getResponse().getStatus())
			.as("without CSRF token").isEqualTo(403);
		assertThat(rows(token)).isEqualTo(1);

		MvcResult deleted = mvc.perform(post(journey + "/supprimer").with(csrf())).andReturn();
		assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo("/questionnaire/reponses-supprimees");
		assertThat(rows(token)).isZero();
		for (String url : List.of(journey, journey + "/questions/integration", journey + "/resultat",
				journey + "/resultat/pdf", journey + "/supprimer")) {
			MvcResult result = mvc.perform(get(url).accept(MediaType.TEXT_HTML)).andReturn();
			assertThat(result.getResponse().getStatus()).as(url).isEqualTo(404);
		}
		assertThat(mvc.perform(post(journey + "/supprimer").with(csrf())).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(mvc.perform(get("/questionnaire/reponses-supprimees")).andReturn().getResponse().getContentAsString())
			.contains("Vos réponses ont été supprimées");
	}

	@Test
	void the_purge_removes_only_answers_not_opened_during_the_retention_period() throws Exception {
		Instant now = Instant.parse("2030-06-15T10:00:00Z");
		String expired = journeys.start().token();
		String recent = journeys.start().token();
		String justInside = journeys.start().token();
		String neverTracked = journeys.start().token();
		lastOpened(expired, now.minus(400, ChronoUnit.DAYS));
		lastOpened(recent, now.minus(30, ChronoUnit.DAYS));
		lastOpened(justInside, Instant.parse("2029-06-16T10:00:00Z"));
		lastOpened(neverTracked, now.minus(800, ChronoUnit.DAYS));
		jdbc.update("update questionnaire_response set last_opened_at = null where token = ?", neverTracked);

		int purged = retention.purge(now);

		assertThat(rows(expired)).isZero();
		assertThat(rows(neverTracked)).as("rows from before the migration count from their last update").isZero();
		assertThat(rows(recent)).isEqualTo(1);
		assertThat(rows(justInside)).isEqualTo(1);
		assertThat(purged).isGreaterThanOrEqualTo(2);
	}

	@Test
	void opening_the_link_counts_as_a_use_and_keeps_the_answers() throws Exception {
		String token = journeys.start().token();
		Instant old = Instant.now().minus(400, ChronoUnit.DAYS);
		lastOpened(token, old);
		mvc.perform(get("/questionnaire/" + token + "/questions/integration"));
		Timestamp opened = jdbc.queryForObject("select last_opened_at from questionnaire_response where token = ?",
				Timestamp.class, token);
		assertThat(opened.toInstant()).isAfter(Instant.now().minus(1, ChronoUnit.MINUTES));
		retention.purge(Instant.now());
		assertThat(rows(token)).isEqualTo(1);
	}
}
