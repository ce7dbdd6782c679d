package fr.capcooperation.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
class RecommendationApiTest {

	@Autowired
	MockMvc mvc;

	private ResultActions recommend(String json) throws Exception {
		return mvc.perform(post("/api/v1/recommendations").contentType(MediaType.APPLICATION_JSON).content(json));
	}

	@Test
	void lists_the_questions_with_their_options_and_display_conditions() throws Exception {
		mvc.perform(get("/api/v1/questions"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(12)))
			.andExpect(jsonPath("$[0].key").value("integration"))
			.andExpect(jsonPath("$[5].displayCondition.op").value("not"))
			.andExpect(jsonPath("$[11].type").value("CHECKLIST"))
			.andExpect(jsonPath("$[11].lines", hasSize(7)));
	}

	@Test
	void lists_the_seventeen_forms() throws Exception {
		mvc.perform(get("/api/v1/forms"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(17)))
			.andExpect(jsonPath("$[12].key").value("gip"))
			.andExpect(jsonPath("$[12].legalNotes[0].date").value("2011-05-17"));
	}

	@Test
	void recommends_a_gip_to_an_association_and_a_town_and_explains_why() throws Exception {
		recommend("""
				{"rulesetVersion": 1, "answers": {"partners": ["associations", "public"], "legal_entity": "oui", "member_count": 3,
				"purpose": ["formation"], "duration": "indeterminee", "readiness": {"besoins": "oui", "valeurs": "non"}}}
				""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rulesetVersion").value(1))
			.andExpect(jsonPath("$.forms", hasSize(12)))
			.andExpect(jsonPath("$.forms[0].key").value("gip"))
			.andExpect(jsonPath("$.forms[0].status").value("RECOMMENDED"))
			.andExpect(jsonPath("$.forms[0].score").value(5))
			.andExpect(jsonPath("$.forms[0].reasons[0].kind").value("REQUIRES"))
			.andExpect(jsonPath("$.forms[0].reasons[0].holds").value(true))
			.andExpect(jsonPath("$.forms[0].reasons[0].because", startsWith("Vous avez répondu")))
			.andExpect(jsonPath("$.forms[?(@.key == 'gie')].status").value("EXCLUDED"))
			.andExpect(jsonPath("$.forms[?(@.key == 'partenariat')].toChange[0]", hasSize(1)))
			.andExpect(jsonPath("$.readiness.toConsolidate").value(1))
			.andExpect(jsonPath("$.readiness.answered").value(2))
			.andExpect(jsonPath("$.unknowns[?(@.question == 'integration')]").exists());
	}

	@Test
	void an_empty_answer_set_excludes_nothing_for_lack_of_an_answer() throws Exception {
		recommend("{\"answers\": {}}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.forms[?(@.status == 'EXCLUDED')]", hasSize(0)));
	}

	@Test
	void an_older_ruleset_version_can_be_asked_for() throws Exception {
		recommend("{\"rulesetVersion\": 1, \"answers\": {\"integration\": \"fusionner\"}}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.forms[0].key").value("fusion"));
	}

	@Nested
	class BadRequests {

		private void problem(ResultActions actions, String field) throws Exception {
			actions.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(400))
				.andExpect(jsonPath("$.title").isNotEmpty())
				.andExpect(jsonPath("$.field").value(field))
				.andExpect(jsonPath("$.detail").isNotEmpty());
		}

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', value = {
				"malformed JSON | {\"answers\": { | body",
				"not an object | [1, 2] | body",
				"no answers | {} | answers",
				"answers not an object | {\"answers\": [\"oui\"]} | answers",
				"unknown question | {\"answers\": {\"colour\": \"blue\"}} | answers.colour",
				"unknown option | {\"answers\": {\"integration\": \"absorber\"}} | answers.integration",
				"single choice as a list | {\"answers\": {\"integration\": [\"echanger\"]}} | answers.integration",
				"multiple choice as a string | {\"answers\": {\"partners\": \"associations\"}} | answers.partners",
				"empty multiple choice | {\"answers\": {\"partners\": []}} | answers.partners",
				"number as a string | {\"answers\": {\"member_count\": \"3\"}} | answers.member_count",
				"decimal number | {\"answers\": {\"member_count\": 3.5}} | answers.member_count",
				"number too small | {\"answers\": {\"member_count\": 1}} | answers.member_count",
				"number too large | {\"answers\": {\"member_count\": 100001}} | answers.member_count",
				"huge number | {\"answers\": {\"member_count\": 99999999999999999999999}} | answers.member_count",
				"null answer | {\"answers\": {\"legal_entity\": null}} | answers.legal_entity",
				"unknown readiness line | {\"answers\": {\"readiness\": {\"argent\": \"oui\"}}} | answers.readiness.argent",
				"bad readiness level | {\"answers\": {\"readiness\": {\"besoins\": \"peut-etre\"}}} | answers.readiness.besoins",
				"readiness not an object | {\"answers\": {\"readiness\": \"oui\"}} | answers.readiness",
				"unknown top-level field | {\"answers\": {}, \"user\": \"x\"} | user",
				"unknown version | {\"rulesetVersion\": 99, \"answers\": {}} | rulesetVersion",
				"version as text | {\"rulesetVersion\": \"1\", \"answers\": {}} | rulesetVersion" })
		void gets_a_400_problem_naming_the_field(String name, String body, String field) throws Exception {
			problem(recommend(body), field);
		}

		@Test
		void the_message_is_in_french() throws Exception {
			recommend("{\"answers\": {\"integration\": \"absorber\"}}")
				.andExpect(jsonPath("$.detail", containsString("ne fait pas partie des réponses proposées")))
				.andExpect(jsonPath("$.title").value("Réponses invalides"));
		}

		@Test
		void several_errors_are_all_listed() throws Exception {
			recommend("{\"answers\": {\"integration\": \"x\", \"partners\": \"y\"}}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors", hasSize(2)));
		}

		@Test
		void a_body_that_is_not_json_gets_a_415() throws Exception {
			mvc.perform(post("/api/v1/recommendations").contentType(MediaType.TEXT_PLAIN).content("answers"))
				.andExpect(status().isUnsupportedMediaType());
		}
	}
}
