package fr.capcooperation.api;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The API answers with version 2 by default, keys of version 1 alone being enough: why no
 * structure is recommended yet, why a possible form is not recommended, the readiness warning and
 * the dated legal notes of each form; version 1 stays evaluable.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RecommendationApiVersion2Test {

	@Autowired
	MockMvc mvc;

	private ResultActions recommend(String json) throws Exception {
		return mvc.perform(post("/api/v1/recommendations").contentType(MediaType.APPLICATION_JSON).content(json));
	}

	@Test
	void an_unknown_degree_of_rapprochement_recommends_no_structure_and_names_the_question_that_settles_it() throws Exception {
		recommend("""
				{"answers": {"integration": "ne_sait_pas", "partners": ["associations"], "member_count": 2,
				"purpose": ["fusion"]}}
				""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rulesetVersion").value(2))
			.andExpect(jsonPath("$.undecided.cause").value("DEGREE_UNKNOWN"))
			.andExpect(jsonPath("$.undecided.settling[0].question").value("integration"))
			.andExpect(jsonPath("$.forms[?(@.key == 'fusion')].status").value("POSSIBLE"))
			.andExpect(jsonPath("$.forms[?(@.key == 'fusion')].holds[0]").value("DEGREE_UNKNOWN"))
			.andExpect(jsonPath("$.forms[?(@.key == 'fusion')].holdTexts[0]", hasSize(1)))
			.andExpect(jsonPath("$.forms[?(@.key == 'fusion')].reasons[?(@.effect == 'TO_CHECK')].text",
					Matchers.hasItem(startsWith("Si "))));
	}

	@Test
	void a_merger_with_a_commune_is_excluded_with_the_reason_and_the_article() throws Exception {
		recommend("""
				{"answers": {"integration": "fusionner", "partners": ["associations", "public"], "member_count": 2}}
				""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.forms[?(@.key == 'fusion')].status").value("EXCLUDED"))
			.andExpect(jsonPath("$.forms[?(@.key == 'fusion')].reasons[?(@.effect == 'BLOCKS')].text",
					Matchers.hasItem(Matchers.containsString("art. 9 bis"))));
	}

	@Test
	void a_recommended_merger_with_weak_prerequisites_carries_the_warning_and_a_first_step() throws Exception {
		recommend("""
				{"answers": {"integration": "fusionner", "partners": ["associations"], "member_count": 2,
				"purpose": ["projet_commun"], "readiness": {"volontariat": "non"}}}
				""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.forms[0].key").value("fusion"))
			.andExpect(jsonPath("$.forms[0].status").value("RECOMMENDED"))
			.andExpect(jsonPath("$.forms[0].warning.weakLines[0]").value("volontariat"))
			.andExpect(jsonPath("$.forms[0].warning.firstStep").value("partenariat"))
			.andExpect(jsonPath("$.forms[0].warning.text", startsWith("Des préalables")))
			.andExpect(jsonPath("$.forms[0].legalNotes[0].date").value("2015-10-01"));
	}

	@Test
	void version_1_stays_evaluable_and_says_nothing_of_the_graduated_path() throws Exception {
		recommend("""
				{"rulesetVersion": 1, "answers": {"integration": "ne_sait_pas", "partners": ["associations"]}}
				""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rulesetVersion").value(1))
			.andExpect(jsonPath("$.forms", hasSize(12)))
			.andExpect(jsonPath("$.undecided").doesNotExist())
			.andExpect(jsonPath("$.forms[0].holds", hasSize(0)));
	}
}
