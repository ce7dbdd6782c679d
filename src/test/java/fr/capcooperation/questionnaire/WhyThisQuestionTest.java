package fr.capcooperation.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogContent.Question;
import fr.capcooperation.catalog.CatalogService;
import fr.capcooperation.rules.Answer;
import fr.capcooperation.rules.Rule;
import fr.capcooperation.web.PageText;

/** "Pourquoi cette question ?" lists the forms that the rules tie to the question, nothing written by hand. */
@SpringBootTest
@AutoConfigureMockMvc
class WhyThisQuestionTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Journeys journeys;

	@Autowired
	CatalogService catalogs;

	private Document question(String token, String key) throws Exception {
		return Jsoup.parse(mvc.perform(get("/questionnaire/" + token + "/questions/" + key)).andReturn().getResponse()
			.getContentAsString());
	}

	private static List<String> forms(Document page, String list) {
		return page.select("details.why-question .why-question__forms--" + list + " li").eachAttr("data-form");
	}

	@Test
	void the_duration_question_says_it_can_exclude_the_gie() throws Exception {
		String token = journeys.start().token();
		TestJourneys.answer(journeys, token, "integration", new Answer.Choice("structurer"));
		Document page = question(token, "duration");
		assertThat(page.select("details.why-question summary").text()).isEqualTo(PageText.of("Pourquoi cette question ?"));
		assertThat(forms(page, "decides")).containsExactly("gie");
		assertThat(page.select("details.why-question a[href=/formes/gie]").text()).isEqualTo("Groupement d’intérêt économique (GIE)");
	}

	@Test
	void the_number_of_members_can_exclude_the_agricultural_and_european_cooperatives() throws Exception {
		Document page = question(journeys.start().token(), "member_count");
		assertThat(forms(page, "decides")).containsExactly("scic", "cooperative_agricole", "sce");
	}

	@Test
	void the_first_question_also_says_which_questions_it_shows_or_hides() throws Exception {
		Document page = question(journeys.start().token(), "integration");
		assertThat(page.select(".why-question__questions li").eachText()).contains(
				PageText.of("La coopération doit-elle pouvoir embaucher, posséder des biens ou signer des contrats en son propre nom ?"),
				PageText.of("Pour quelle durée la coopération est-elle envisagée ?"));
	}

	@Test
	void the_readiness_checklist_says_it_does_not_change_the_ranking() throws Exception {
		Document page = question(journeys.start().token(), "readiness");
		assertThat(page.select("details.why-question").text()).contains("ne change pas le classement des formes");
		assertThat(page.select(".why-question__forms li")).isEmpty();
	}

	@Test
	void every_question_lists_exactly_the_forms_whose_rules_read_it() {
		Catalog catalog = catalogs.current();
		for (Question question : catalog.questions()) {
			QuestionRelevance relevance = QuestionRelevance.of(catalog, question.key());
			List<String> gates = catalog.ruleset().rules().stream()
				.filter(rule -> rule.kind().isGate() && rule.condition().questions().contains(question.key()))
				.map(Rule::form).distinct().toList();
			List<String> scores = catalog.ruleset().rules().stream()
				.filter(rule -> !rule.kind().isGate() && rule.condition().questions().contains(question.key()))
				.map(Rule::form).distinct().toList();
			assertThat(relevance.decides()).extracting(form -> form.key()).as(question.key())
				.containsExactlyInAnyOrderElementsOf(gates);
			assertThat(relevance.weighs()).extracting(form -> form.key()).as(question.key())
				.containsExactlyInAnyOrderElementsOf(scores);
		}
	}
}
