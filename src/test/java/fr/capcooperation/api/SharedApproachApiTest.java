package fr.capcooperation.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.capcooperation.catalog.SeedCatalog;
import fr.capcooperation.questionnaire.Journeys;
import fr.capcooperation.questionnaire.TestJourneys;
import fr.capcooperation.together.SharedApproach;
import fr.capcooperation.together.SharedApproaches;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GET /api/v1/shared-approaches/{token}/synthesis: the coordinator's view as data. */
@SpringBootTest
@AutoConfigureMockMvc
class SharedApproachApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	SharedApproaches approaches;

	@Autowired
	Journeys journeys;

	@Autowired
	JsonMapper json;

	void answer(SharedApproach.Respondent respondent, String integration) {
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put("integration", integration);
		answers.put("partners", List.of("associations"));
		answers.put("purpose", List.of("moyens"));
		answers.put("readiness", Map.of("valeurs", integration.equals("fusionner") ? "non" : "oui"));
		String journey = approaches.journeyOf(respondent);
		SeedCatalog.answers(SeedCatalog.VERSION_2, answers)
			.asMap()
			.forEach((key, answer) -> TestJourneys.answer(journeys, journey, key, answer));
	}

	@Test
	void theSynthesisNamesTheQuestionToDiscussFirstAndTheWeakPrerequisite() throws Exception {
		SharedApproach approach = approaches.create("Trois centres", List.of("Nord", "Sud", "Est"), 1, false);
		answer(approach.partners().get(0).respondents().get(0), "mutualiser");
		answer(approach.partners().get(1).respondents().get(0), "fusionner");

		MvcResult result = mvc.perform(get("/api/v1/shared-approaches/" + approach.coordinatorToken() + "/synthesis")).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		JsonNode synthesis = json.readTree(result.getResponse().getContentAsString());
		assertThat(synthesis.path("name").asString()).isEqualTo("Trois centres");
		assertThat(synthesis.path("partners")).hasSize(3);
		assertThat(synthesis.at("/partners/2/answered").asInt()).isZero();
		assertThat(synthesis.at("/toDiscuss/0/question").asString()).isEqualTo("integration");
		assertThat(synthesis.at("/toDiscuss/0/agreement").asString()).isEqualTo("DIVERGENT");
		assertThat(synthesis.at("/toDiscuss/0/variants/1/answer").asString()).isEqualTo("fusionner");
		assertThat(synthesis.at("/toDiscuss/0/variants/1/partners/0").asString())
			.isEqualTo(synthesis.at("/partners/1/key").asString());
		assertThat(synthesis.at("/shared/undecided").asString()).isEqualTo("DEGREE_UNKNOWN");
		assertThat(synthesis.at("/shared/answers/integration").isMissingNode()).isTrue();
		JsonNode values = null;
		for (JsonNode line : synthesis.path("prerequisites")) {
			if (line.path("line").asString().equals("valeurs")) {
				values = line;
			}
		}
		assertThat(values).isNotNull();
		assertThat(values.path("weakForGroup").asBoolean()).isTrue();
		assertThat(values.at("/levels/non").asInt()).isEqualTo(1);
	}

	@Test
	void anUnknownCoordinatorLinkIsAFrench404Problem() throws Exception {
		MvcResult result = mvc.perform(get("/api/v1/shared-approaches/" + "x".repeat(43) + "/synthesis")).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(404);
		assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(json.readTree(result.getResponse().getContentAsString()).path("title").asString()).isEqualTo("Démarche inconnue");
	}
}
