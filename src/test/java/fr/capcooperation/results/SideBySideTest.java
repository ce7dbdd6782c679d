package fr.capcooperation.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.capcooperation.web.PageText;

/** Two or three forms side by side, criterion by criterion, against the respondent's answers. */
@SpringBootTest
@AutoConfigureMockMvc
class SideBySideTest {

	@Autowired
	MockMvc mvc;

	@Test
	void the_comparison_shows_a_column_per_form_and_a_verdict_per_criterion() throws Exception {
		String journey = ResultsTestSupport.finish(mvc, ResultsTestSupport.TRAINING_CENTRE);
		Document result = ResultsTestSupport.page(mvc, journey + "/resultat");
		assertThat(result.select("a[href=" + journey + "/resultat/comparer]")).hasSize(1);

		Document page = ResultsTestSupport.page(mvc, journey + "/resultat/comparer?formes=gip&formes=gie");
		assertThat(page.select("thead th[data-form]").eachAttr("data-form")).containsExactly("gip", "gie");
		assertThat(page.select(".side-by-side__status td").eachAttr("data-status")).containsExactly("RECOMMENDED", "EXCLUDED");

		Element duration = page.selectFirst("tr[data-question=duration]");
		assertThat(duration.selectFirst("th").text()).contains(PageText.of("Pour quelle durée la coopération est-elle envisagée ?"))
			.contains(PageText.of("Votre réponse : Sans limite de durée"));
		assertThat(duration.select("td").get(0).text()).isEqualTo("Aucun critère sur cette question.");
		assertThat(duration.select("td").get(1).select("li").eachAttr("data-verdict")).containsExactly("NOT_MET");
		assertThat(duration.select("td").get(1).text()).startsWith("Non rempli :").contains("durée déterminée");

		Element partners = page.selectFirst("tr[data-question=partners]");
		assertThat(partners.select("td").get(0).select("li").eachAttr("data-verdict")).contains("MET");
		Element entity = page.selectFirst("tr[data-question=legal_entity]");
		assertThat(entity.select("td").get(1).select("li").eachAttr("data-verdict")).isNotEmpty();
		assertThat(page.select(".consequences--descriptions .consequence__title").eachText()).contains("Membres",
				"Gouvernance", "Durée", "Base juridique");
		assertThat(page.select("input[name=formes][checked]").eachAttr("value")).containsExactly("gip", "gie");
	}

	@Test
	void the_comparison_opens_on_the_consequences_of_the_recommended_form_and_the_first_alternative() throws Exception {
		String journey = ResultsTestSupport.finish(mvc, ResultsTestSupport.TRAINING_CENTRE);
		Document result = ResultsTestSupport.page(mvc, journey + "/resultat");
		List<String> verdict = result.select(".verdict a[href^=#forme-]").eachAttr("href");

		Document page = ResultsTestSupport.page(mvc, journey + "/resultat/comparer");
		List<String> compared = page.select(".side-by-side__forms li").eachAttr("data-form");
		assertThat(compared).hasSize(2);
		assertThat(verdict).containsSubsequence("#forme-" + compared.get(0), "#forme-" + compared.get(1));
		assertThat(page.select("input[name=formes][checked]").eachAttr("value")).isEqualTo(compared);
		assertThat(page.select(".consequences:not(.consequences--descriptions) .consequence").eachAttr("data-criterion"))
			.containsExactly("debts", "setUp", "paperwork", "decisions", "moneyFlow");
		for (Element criterion : page.select(".consequence")) {
			assertThat(criterion.select("dt").eachText()).as(criterion.attr("data-criterion")).hasSize(2);
			assertThat(criterion.select("dd").eachText()).as(criterion.attr("data-criterion"))
				.allMatch(text -> !text.isBlank() && !text.equals("Non renseigné"));
		}
		// the rules' verdicts are still there, on demand
		assertThat(page.select("details.side-by-side__rules table thead th[data-form]")).hasSize(2);
	}

	@Test
	void three_forms_at_most_and_two_at_least() throws Exception {
		String journey = ResultsTestSupport.finish(mvc, ResultsTestSupport.TRAINING_CENTRE);
		Document picker = ResultsTestSupport.page(mvc, journey + "/resultat/comparer");
		assertThat(picker.select("form[method=get] input[type=checkbox][name=formes]")).hasSize(17);

		assertThat(ResultsTestSupport.page(mvc, journey + "/resultat/comparer?formes=gip&formes=gie&formes=scic")
			.select("thead th[data-form]")).hasSize(3);
		for (String query : new String[] { "?formes=gip", "?formes=gip&formes=gie&formes=scic&formes=sce" }) {
			MvcResult result = mvc.perform(get(journey + "/resultat/comparer" + query)).andReturn();
			assertThat(result.getResponse().getStatus()).isEqualTo(400);
			Document page = Jsoup.parse(result.getResponse().getContentAsString());
			assertThat(page.select(".error-summary a[href=#compare-pick-first]").text())
				.isEqualTo("Choisissez deux ou trois formes à comparer.");
			assertThat(page.title()).startsWith("Erreur");
		}
	}
}
