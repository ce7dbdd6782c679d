package fr.capcooperation.presentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import fr.capcooperation.questionnaire.Journeys;
import fr.capcooperation.questionnaire.TestJourneys;
import fr.capcooperation.rules.Answer;
import fr.capcooperation.support.SqlRecorder;

/**
 * What the projector costs does not grow with the room: its figures are kept as attendees
 * answer, so each poll reads the session and its one row of counts, for three attendees or
 * sixty; and an attendee's answer costs a few statements more than an ordinary one, however
 * many have joined.
 */
@SpringBootTest(properties = "capcoop.test.context=sql-recorder")
@AutoConfigureMockMvc
@Import(SqlRecorder.Configuration.class)
class LiveFiguresCostTest {

	private static final RequestPostProcessor TRAINER = user("formatrice").roles("TRAINER");

	@Autowired
	MockMvc mvc;

	@Autowired
	LiveSessions sessions;

	@Autowired
	Journeys journeys;

	@Autowired
	SqlRecorder sql;

	private List<String> poll(String code) throws Exception {
		sql.start();
		mvc.perform(get("/formateur/direct/" + code + "/resultats").with(TRAINER));
		return sql.stop();
	}

	private List<String> answer(String token) {
		sql.start();
		TestJourneys.answer(journeys, token, "governance", new Answer.Choice("ponderee"));
		return sql.stop();
	}

	@Test
	void a_poll_of_the_projector_reads_the_same_statements_for_three_attendees_or_sixty() throws Exception {
		LiveSession session = sessions.open("formatrice");
		for (int i = 0; i < 3; i++) {
			TestJourneys.answered(journeys, sessions.startJourney(session));
		}
		List<String> small = poll(session.code());
		String last = null;
		for (int i = 0; i < 57; i++) {
			last = TestJourneys.answered(journeys, sessions.startJourney(session));
		}
		List<String> large = poll(session.code());

		assertThat(large).isEqualTo(small);
		assertThat(large).hasSize(2).noneMatch(statement -> statement.contains("questionnaire_response"));
		assertThat(mvc.perform(get("/formateur/direct/" + session.code() + "/resultats").with(TRAINER)).andReturn().getResponse()
			.getContentAsString()).contains("\"participants\":60");

		// an attendee's answer: the journey's own SELECT and UPDATE, then their row and the counts, with sixty in the room
		List<String> attendee = answer(last);
		assertThat(attendee).hasSize(6);
		assertThat(attendee.get(0)).startsWith("SELECT ").contains("FROM questionnaire_response");
		assertThat(attendee.get(1)).startsWith("UPDATE questionnaire_response");
		assertThat(attendee.subList(2, 6)).allMatch(statement -> statement.contains("live_session_"));
		// an ordinary journey pays nothing for live sessions
		assertThat(answer(journeys.start().token())).hasSize(2);
	}
}
