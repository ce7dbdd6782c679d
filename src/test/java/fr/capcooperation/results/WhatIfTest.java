package fr.capcooperation.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** "Et si… ?": changing an answer shows how the ranking moves, and never touches the saved answers. */
@SpringBootTest
@AutoConfigureMockMvc
class WhatIfTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private String stored(String journey) {
		return jdbc.queryForObject("select answers from questionnaire_response where token = ?", String.class,
				ResultsTestSupport.token(journey));
	}

	@Test
	void the_result_page_offers_one_small_form_per_answer_that_counts() throws Exception {
		String journey = ResultsTestSupport.finish(mvc, ResultsTestSupport.TRAINING_CENTRE);
		Document result = ResultsTestSupport.page(mvc, journey + "/resultat");
		assertThat(result.select("#what-if form[method=get][action=" + journey + "/resultat/et-si]")).hasSize(8);
		assertThat(result.select("#what-if select[name=duration] option[selected]").attr("value")).isEqualTo("indeterminee");
		assertThat(result.select("#what-if input[name=partners][checked]")).extracting(e -> e.attr("value"))
			.containsExactly("associations", "public");
		assertThat(result.select("input[name=_csrf]")).as("forms that only navigate carry no token").isEmpty();
		assertThat(result.select("script[src~=/webjars/htmx.org/.*htmx.min.js]")).hasSize(1);
	}

	@Test
	void a_change_redirects_to_an_address_that_carries_it_and_says_what_moves() throws Exception {
		String journey = ResultsTestSupport.finish(mvc, ResultsTestSupport.TRAINING_CENTRE);
		String before = stored(journey);

		MvcResult posted = mvc.perform(get(journey + "/resultat/et-si").param("partners", "associations")).andReturn();
		assertThat(posted.getResponse().getRedirectedUrl()).isEqualTo(journey + "/resultat/et-si?partners=associations");

		Document page = ResultsTestSupport.page(mvc, posted.getResponse().getRedirectedUrl());
		assertThat(page.select(".what-if__changed").text())
			.contains("«\u202fDes associations\u202f» au lieu de «\u202fDes associations, des personnes publiques");
		assertThat(page.select("[data-shift=union_associations]").text())
			.startsWith("Union ou fédération d’associations").containsAnyOf("devient possible", "passe en tête");
		assertThat(page.select("[data-whatif-form=union_associations]").attr("data-whatif-status")).isNotEqualTo("EXCLUDED");
		// the next change carries the first one along
		assertThat(page.select("form:has(select[name=duration]) input[type=hidden][name=partners]").attr("value"))
			.isEqualTo("associations");
		MvcResult second = mvc.perform(get(journey + "/resultat/et-si")
			.param("partners", "associations").param("duration", "determinee")).andReturn();
		assertThat(second.getResponse().getRedirectedUrl())
			.isEqualTo(journey + "/resultat/et-si?partners=associations&duration=determinee");

		// nothing saved changed: the stored answers and the result page are as before
		assertThat(stored(journey)).isEqualTo(before);
		Document result = ResultsTestSupport.page(mvc, journey + "/resultat");
		assertThat(result.select("[data-status=RECOMMENDED]")).extracting(e -> e.attr("data-form")).containsExactly("gip");
		assertThat(result.select("[data-form=union_associations]").attr("data-status")).isEqualTo("EXCLUDED");
	}

	@Test
	void a_value_that_is_not_an_answer_changes_nothing_and_is_said_next_to_its_field() throws Exception {
		String journey = ResultsTestSupport.finish(mvc, ResultsTestSupport.TRAINING_CENTRE);
		MvcResult result = mvc.perform(get(journey + "/resultat/et-si?duration=toujours&member_count=x")).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.text()).contains("Vous n’avez changé aucune réponse").contains("Le classement des formes ne change pas");
		assertThat(page.select(".error-summary a[href=#wi-member_count]").text()).contains("nombre entier");
	}

	@Test
	void a_number_that_is_not_one_is_refused_with_a_french_message_next_to_the_field() throws Exception {
		String journey = ResultsTestSupport.finish(mvc, ResultsTestSupport.TRAINING_CENTRE);
		String before = stored(journey);
		MvcResult result = mvc.perform(get(journey + "/resultat/et-si").param("member_count", "trois")).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.title()).startsWith("Erreur");
		assertThat(page.select(".error-summary a[href=#wi-member_count]").text()).contains("nombre entier");
		assertThat(page.select("#wi-member_count").attr("value")).isEqualTo("trois");
		assertThat(page.select("#wi-member_count").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#wi-member_count").attr("aria-describedby")).isEqualTo("wi-member_count-error");
		assertThat(page.select("#wi-member_count-error").text()).contains("nombre entier");
		assertThat(stored(journey)).isEqualTo(before);
	}

	@Test
	void with_htmx_the_new_address_is_pushed_to_the_history() throws Exception {
		String journey = ResultsTestSupport.finish(mvc, ResultsTestSupport.TRAINING_CENTRE);
		MvcResult result = mvc.perform(get(journey + "/resultat/et-si").param("duration", "determinee")
			.header("HX-Request", "true")).andReturn();
		assertThat(result.getResponse().getHeader("HX-Push-Url")).isEqualTo(journey + "/resultat/et-si?duration=determinee");
	}
}
