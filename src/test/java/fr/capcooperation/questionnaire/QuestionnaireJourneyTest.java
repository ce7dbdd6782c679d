package fr.capcooperation.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The respondent's journey through the HTML pages, as a person would walk it. */
@SpringBootTest
@AutoConfigureMockMvc
class QuestionnaireJourneyTest {

	private static final Map<String, List<String>> TRAINING_CENTRE = new LinkedHashMap<>();
	static {
		TRAINING_CENTRE.put("integration", List.of("structurer"));
		TRAINING_CENTRE.put("partners", List.of("associations", "public"));
		TRAINING_CENTRE.put("member_count", List.of("2"));
		TRAINING_CENTRE.put("legal_entity", List.of("oui"));
		TRAINING_CENTRE.put("purpose", List.of("formation", "equipement"));
		TRAINING_CENTRE.put("surplus", List.of("reinvestis"));
		TRAINING_CENTRE.put("duration", List.of("indeterminee"));
		TRAINING_CENTRE.put("governance", List.of("une_voix"));
	}

	private static final Map<String, String> READINESS = Map.of("besoins", "oui", "volontariat", "oui",
			"projet_conjoint", "en_partie", "valeurs", "non", "objectifs", "oui", "solidarite", "oui", "qualite",
			"en_partie");

	@Autowired
	MockMvc mvc;

	private String start() throws Exception {
		MvcResult result = mvc.perform(post("/questionnaire").with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).matches("/questionnaire/[A-Za-z0-9_-]{43}");
		return location;
	}

	private MvcResult answer(String journey, String key, Map<String, List<String>> fields) throws Exception {
		MockHttpServletRequestBuilder request = post(journey + "/questions/" + key).with(csrf());
		fields.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
		return mvc.perform(request).andReturn();
	}

	private MvcResult answer(String journey, String key, String... values) throws Exception {
		return answer(journey, key, Map.of(key, List.of(values)));
	}

	private MvcResult answerReadiness(String journey, Map<String, String> lines) throws Exception {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		lines.forEach((line, level) -> fields.put("readiness." + line, List.of(level)));
		return answer(journey, "readiness", fields);
	}

	private Document page(String url) throws Exception {
		MvcResult result = mvc.perform(get(url)).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	private String finish(Map<String, List<String>> answers) throws Exception {
		String journey = start();
		for (Map.Entry<String, List<String>> entry : answers.entrySet()) {
			assertThat(answer(journey, entry.getKey(), entry.getValue().toArray(String[]::new)).getResponse().getStatus())
				.as(entry.getKey())
				.isEqualTo(302);
		}
		assertThat(answerReadiness(journey, READINESS).getResponse().getRedirectedUrl())
			.isEqualTo(journey + "/recapitulatif");
		mvc.perform(post(journey + "/resultat").with(csrf())).andExpect(header().string("Location", journey + "/resultat"));
		return journey;
	}

	@Test
	void a_complete_journey_ends_on_a_result_with_markers_for_every_form() throws Exception {
		String journey = finish(TRAINING_CENTRE);
		Document result = page(journey + "/resultat");
		assertThat(result.select("[data-form]")).hasSize(17);
		assertThat(result.select("[data-status=RECOMMENDED]")).extracting(e -> e.attr("data-form")).containsExactly("gip");
		assertThat(result.select("[data-form=gie]").attr("data-status")).isEqualTo("EXCLUDED");
		assertThat(result.text()).contains("version 2 des règles")
			.contains("Vous avez répondu")
			.contains("Ce qu’il faudrait changer")
			.contains("3 points sur 7 à consolider")
			.contains("DLA");
		assertThat(result.selectFirst("html").attr("lang")).isEqualTo("fr");
	}

	@Test
	void each_question_page_says_where_the_person_is_and_names_fields_after_the_question_keys() throws Exception {
		String journey = start();
		Document first = page(journey + "/questions/integration");
		assertThat(first.text()).contains("Question 1 sur 12");
		assertThat(first.select("input[type=radio][name=integration]")).extracting(e -> e.attr("value"))
			.containsExactly("echanger", "mutualiser", "structurer", "fusionner", "ne_sait_pas");
		assertThat(first.select("input[name=_csrf]")).hasSize(1);
		Document partners = page(journey + "/questions/partners");
		assertThat(partners.text()).contains("Question 2 sur 12");
		assertThat(partners.select("input[type=checkbox][name=partners]")).hasSize(9);
		Document readiness = page(journey + "/questions/readiness");
		assertThat(readiness.select("input[type=radio][name=readiness.besoins]")).hasSize(3);
		for (Element input : readiness.select("input[type=radio]")) {
			assertThat(readiness.select("label[for=" + input.id() + "]")).as(input.id()).hasSize(1);
		}
	}

	@Test
	void reopening_the_link_resumes_at_the_first_unanswered_question_then_shows_the_result() throws Exception {
		String journey = start();
		answer(journey, "integration", "mutualiser");
		assertThat(mvc.perform(get(journey)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo(journey + "/questions/partners");
		String finished = finish(TRAINING_CENTRE);
		assertThat(mvc.perform(get(finished)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo(finished + "/resultat");
	}

	@Test
	void precedent_goes_back_and_keeps_the_answer_just_given() throws Exception {
		String journey = start();
		answer(journey, "integration", "mutualiser");
		MvcResult back = answer(journey, "partners", Map.of("partners", List.of("associations"), "action", List.of("precedent")));
		assertThat(back.getResponse().getRedirectedUrl()).isEqualTo(journey + "/questions/integration");
		Document partners = page(journey + "/questions/partners");
		assertThat(partners.select("input[name=partners][checked]")).extracting(e -> e.attr("value"))
			.containsExactly("associations");
		assertThat(page(journey + "/questions/integration").select("input[name=integration][checked]").attr("value"))
			.isEqualTo("mutualiser");
	}

	@Test
	void merging_skips_the_questions_that_do_not_apply_and_drops_their_answers_from_the_result() throws Exception {
		String journey = start();
		answer(journey, "integration", "structurer");
		answer(journey, "partners", "associations");
		answer(journey, "member_count", "2");
		answer(journey, "legal_entity", "non");
		answer(journey, "integration", "fusionner");
		Document partners = page(journey + "/questions/partners");
		assertThat(partners.text()).contains("Question 2 sur 6");
		MvcResult purpose = answer(journey, "member_count", "2");
		assertThat(purpose.getResponse().getRedirectedUrl()).isEqualTo(journey + "/questions/purpose");
		assertThat(answer(journey, "purpose", "fusion").getResponse().getRedirectedUrl())
			.isEqualTo(journey + "/questions/restructuring_scope");
		assertThat(answer(journey, "restructuring_scope", "tout").getResponse().getRedirectedUrl())
			.isEqualTo(journey + "/questions/readiness");
		answerReadiness(journey, READINESS);
		Document review = page(journey + "/recapitulatif");
		assertThat(review.text()).doesNotContain("pouvoir embaucher");
		Document result = page(journey + "/resultat");
		assertThat(result.select("[data-status=RECOMMENDED]").attr("data-form")).isEqualTo("fusion");
		// hidden, legal_entity = non says nothing about the union
		assertThat(result.select("[data-form=union_associations]").attr("data-status")).isEqualTo("POSSIBLE");
	}

	@Test
	void modifier_from_the_review_page_comes_back_to_the_review_page() throws Exception {
		String journey = finish(TRAINING_CENTRE);
		Document review = page(journey + "/recapitulatif");
		assertThat(review.select("a.review-list__edit")).hasSize(9);
		// from the review page one choice saves and comes back, the other comes back without saving
		Document question = page(review.select("a.review-list__edit[href*=/questions/duration]").attr("href"));
		assertThat(question.select(".question-actions button[name=action]").eachText())
			.containsExactly("Enregistrer et revenir au récapitulatif");
		assertThat(question.select(".question-actions a").eachText()).containsExactly("Annuler");
		assertThat(question.select(".question-actions a").attr("href")).isEqualTo(journey + "/recapitulatif");
		assertThat(question.select("button[value=precedent]")).isEmpty();
		MockHttpServletRequestBuilder edit = post(journey + "/questions/duration").with(csrf())
			.param("duration", "determinee")
			.param("retour", "recapitulatif");
		assertThat(mvc.perform(edit).andReturn().getResponse().getRedirectedUrl()).isEqualTo(journey + "/recapitulatif");
		assertThat(page(journey + "/resultat").select("[data-form=gie]").attr("data-status")).isEqualTo("EXCLUDED");
	}

	@Test
	void the_home_page_says_what_the_tool_does_and_starts_the_questionnaire() throws Exception {
		Document home = page("/");
		assertThat(home.select("h1").text()).isNotBlank();
		assertThat(home.select("form[action=/questionnaire][method=post] button")).hasSize(1);
		assertThat(home.select("a[href^=/notions/]")).hasSizeGreaterThanOrEqualTo(4);
	}

	@Nested
	class BadInput {

		private Document rejected(MvcResult result) throws Exception {
			assertThat(result.getResponse().getStatus()).isEqualTo(400);
			return Jsoup.parse(result.getResponse().getContentAsString());
		}

		private void assertErrorTiedToField(Document page, String fieldId, String message) {
			Element error = page.selectFirst(".field__error");
			assertThat(error).isNotNull();
			assertThat(error.text()).contains(message);
			assertThat(page.select("[aria-describedby~=" + error.id() + "]")).isNotEmpty();
			assertThat(page.select(".error-summary a[href=#" + fieldId + "]")).hasSize(1);
			assertThat(page.title()).startsWith("Erreur");
		}

		@Test
		void no_choice_is_refused_with_a_french_message_next_to_the_field() throws Exception {
			String journey = start();
			Document page = rejected(answer(journey, "integration", Map.of()));
			assertErrorTiedToField(page, "q-integration-echanger", "Veuillez choisir une réponse.");
		}

		@Test
		void an_option_that_does_not_exist_is_refused() throws Exception {
			String journey = start();
			Document page = rejected(answer(journey, "integration", "<script>alert(1)</script>"));
			assertThat(page.text()).contains("ne fait pas partie des réponses proposées");
			assertThat(page.html()).doesNotContain("<script>alert(1)");
		}

		@Test
		void no_checked_box_is_refused() throws Exception {
			Document page = rejected(answer(start(), "partners", Map.of()));
			assertErrorTiedToField(page, "q-partners-associations", "Veuillez cocher au moins une réponse.");
		}

		@Test
		void a_number_with_letters_is_refused_and_what_was_typed_stays() throws Exception {
			Document page = rejected(answer(start(), "member_count", "trois"));
			assertErrorTiedToField(page, "q-member_count", "nombre entier");
			assertThat(page.select("input[name=member_count]").attr("value")).isEqualTo("trois");
			assertThat(page.select("input[name=member_count]").attr("aria-invalid")).isEqualTo("true");
		}

		@Test
		void a_number_out_of_range_is_refused() throws Exception {
			assertThat(rejected(answer(start(), "member_count", "1")).text()).contains("entre 2 et 100");
			assertThat(rejected(answer(start(), "member_count", "99999999999")).text()).contains("nombre");
			assertThat(rejected(answer(start(), "member_count", "2.5")).text()).contains("nombre entier");
		}

		@Test
		void a_readiness_line_left_empty_is_refused_and_the_others_stay_checked() throws Exception {
			String journey = start();
			Map<String, String> partial = new LinkedHashMap<>(READINESS);
			partial.remove("valeurs");
			Document page = rejected(answerReadiness(journey, partial));
			assertErrorTiedToField(page, "q-readiness-valeurs-oui", "Veuillez indiquer où vous en êtes");
			assertThat(page.select("input[name=readiness.besoins][checked]").attr("value")).isEqualTo("oui");
		}

		@Test
		void an_error_never_loses_an_answer_already_saved() throws Exception {
			String journey = start();
			answer(journey, "integration", "mutualiser");
			rejected(answer(journey, "integration", Map.of()));
			assertThat(page(journey + "/questions/integration").select("input[name=integration][checked]").attr("value"))
				.isEqualTo("mutualiser");
		}

		@Test
		void an_unknown_token_gives_a_french_404_page() throws Exception {
			for (String url : List.of("/questionnaire/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
					"/questionnaire/not-a-token/resultat", "/questionnaire/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/questions/integration")) {
				MvcResult result = mvc.perform(get(url).accept(MediaType.TEXT_HTML)).andReturn();
				assertThat(result.getResponse().getStatus()).as(url).isEqualTo(404);
			}
		}

		@Test
		void an_unknown_question_is_a_404() throws Exception {
			String journey = start();
			assertThat(mvc.perform(get(journey + "/questions/colour")).andReturn().getResponse().getStatus()).isEqualTo(404);
			assertThat(answer(journey, "colour", "blue").getResponse().getStatus()).isEqualTo(404);
		}

		@Test
		void a_post_without_csrf_token_is_refused() throws Exception {
			String journey = start();
			assertThat(mvc.perform(post(journey + "/questions/integration").param("integration", "echanger"))
				.andReturn()
				.getResponse()
				.getStatus()).isEqualTo(403);
		}

		@Test
		void the_result_of_an_unfinished_journey_sends_back_to_the_missing_question() throws Exception {
			String journey = start();
			answer(journey, "integration", "echanger");
			assertThat(mvc.perform(get(journey + "/resultat")).andReturn().getResponse().getRedirectedUrl())
				.isEqualTo(journey + "/questions/partners");
		}
	}
}
