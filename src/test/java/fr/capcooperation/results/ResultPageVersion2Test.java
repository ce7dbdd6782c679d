package fr.capcooperation.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import fr.capcooperation.questionnaire.Journeys;
import fr.capcooperation.questionnaire.TestJourneys;
import fr.capcooperation.rules.Answer;

/** The result page read after « Je ne sais pas », and with weak prerequisites: every sentence true. */
@SpringBootTest(properties = "capcoop.test.context=result-version-2")
@AutoConfigureMockMvc
class ResultPageVersion2Test {

	@Autowired
	MockMvc mvc;

	@Autowired
	Journeys journeys;

	private Document result(String token) throws Exception {
		return Jsoup.parse(mvc.perform(get("/questionnaire/" + token + "/resultat")).andReturn().getResponse()
			.getContentAsString());
	}

	@Test
	void after_je_ne_sais_pas_to_the_degree_the_page_says_no_structure_can_be_recommended_yet_and_links_to_the_question()
			throws Exception {
		String token = journeys.start().token();
		TestJourneys.answer(journeys, token, "integration", new Answer.Choice(Answer.DONT_KNOW));
		TestJourneys.answer(journeys, token, "partners", new Answer.Choices(Set.of("associations")));
		TestJourneys.answer(journeys, token, "member_count", new Answer.Number(3));
		TestJourneys.answer(journeys, token, "legal_entity", new Answer.Choice(Answer.DONT_KNOW));
		TestJourneys.answer(journeys, token, "purpose", new Answer.Choices(Set.of("moyens")));
		TestJourneys.answer(journeys, token, "restructuring_scope", new Answer.Choice(Answer.DONT_KNOW));
		TestJourneys.answer(journeys, token, "surplus", new Answer.Choice("reinvestis"));
		TestJourneys.answer(journeys, token, "duration", new Answer.Choice("indeterminee"));
		TestJourneys.answer(journeys, token, "governance", new Answer.Choice("une_voix"));
		TestJourneys.answer(journeys, token, "readiness", new Answer.Checklist(Map.of("besoins", "oui", "volontariat", "oui",
				"projet_conjoint", "oui", "valeurs", "oui", "objectifs", "oui", "solidarite", "oui", "qualite", "oui")));
		Document page = result(token);
		assertThat(page.select(".undecided h2").text()).isEqualTo("Pas encore de structure recommandée");
		assertThat(page.select(".undecided a").attr("href")).contains("/questions/integration");
		assertThat(page.select("[data-status=RECOMMENDED]")).extracting(e -> e.attr("data-form"))
			.containsExactly("mutualisation");
		assertThat(page.select("[data-form=union_associations] .hold").text()).contains("Pas encore recommandée");
		assertThat(page.select("#possible-title + p").text()).contains("de la plus légère à la plus intégrée");
		assertThat(page.text()).doesNotContain("Selon votre réponse").doesNotContain("Aucune forme ne convient");
	}

	@Test
	void a_recommended_merger_with_weak_prerequisites_shows_the_warning_the_first_step_and_the_dated_notes()
			throws Exception {
		String token = journeys.start().token();
		TestJourneys.answer(journeys, token, "integration", new Answer.Choice("fusionner"));
		TestJourneys.answer(journeys, token, "partners", new Answer.Choices(Set.of("associations")));
		TestJourneys.answer(journeys, token, "member_count", new Answer.Number(2));
		TestJourneys.answer(journeys, token, "purpose", new Answer.Choices(Set.of("projet_commun")));
		TestJourneys.answer(journeys, token, "restructuring_scope", new Answer.Choice("tout"));
		TestJourneys.answer(journeys, token, "readiness", new Answer.Checklist(Map.of("besoins", "oui", "volontariat", "non",
				"projet_conjoint", "oui", "valeurs", "oui", "objectifs", "oui", "solidarite", "oui", "qualite", "oui")));
		Document page = result(token);
		assertThat(page.select("[data-status=RECOMMENDED]").attr("data-form")).isEqualTo("fusion");
		assertThat(page.select("[data-form=fusion] .readiness-warning h4").text())
			.isEqualTo("Attention : des préalables manquent");
		assertThat(page.select("[data-form=fusion] .readiness-warning p").text())
			.contains("Chaque structure s’engage volontairement");
		assertThat(page.select("[data-form=fusion] .readiness-warning a").attr("href")).isEqualTo("/formes/partenariat");
		assertThat(page.select("[data-form=fusion] .legal-notes li")).isNotEmpty();
		assertThat(page.select("[data-form=gip] .legal-notes li").text()).contains("durée limitée");
		assertThat(page.select(".reason__answer").eachText())
			.noneMatch(text -> text.contains("pouvoir embaucher") || text.contains("excédents"));
	}
}
