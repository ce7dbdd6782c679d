package fr.capcooperation.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import fr.capcooperation.web.PageText;

/**
 * The fields catalogue version 2 adds are edited in the back-office like the others: a rule's
 * conditional third text, a form's step on the graduated path, a scenario's forms that must stay
 * possible, the graduated path itself.
 */
@SpringBootTest(properties = "capcoop.test.context=version-2-editing")
@AutoConfigureMockMvc
class Version2EditingTest {

	static final RequestPostProcessor EDITOR = user("eve").roles("EDITOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	DraftService drafts;

	private Document page(String url) throws Exception {
		MvcResult result = mvc.perform(get(url).with(EDITOR)).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	private MvcResult save(String url, Map<String, List<String>> fields) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(url)
			.with(EDITOR)
			.with(csrf());
		fields.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
		request.param("action", "save");
		return mvc.perform(request).andReturn();
	}

	@Test
	void the_conditional_text_of_a_rule_is_edited_like_the_two_others() throws Exception {
		String url = "/admin/brouillon/regles/fusion.merger-wanted";
		Document edit = page(url);
		assertThat(edit.select("label[for=f-textUnknown]").text()).contains(PageText.of("« Si …, alors … »"));
		Map<String, List<String>> fields = DraftEditingTest.form(edit);
		fields.put("textUnknown", List.of("Si vous voulez tout réunir, alors une fusion y répond."));
		assertThat(save(url, fields).getResponse().getRedirectedUrl()).isEqualTo(url);
		assertThat(drafts.draft().content().rules().stream().filter(r -> r.key().equals("fusion.merger-wanted"))
			.findFirst().orElseThrow().textUnknown()).isEqualTo("Si vous voulez tout réunir, alors une fusion y répond.");
	}

	@Test
	void a_forms_step_is_chosen_among_the_answers_of_the_paths_question() throws Exception {
		String url = "/admin/brouillon/formes/geie";
		Document edit = page(url);
		assertThat(edit.select("select[name=step] option").eachAttr("value")).contains("echanger", "mutualiser",
				"structurer", "fusionner");
		assertThat(edit.select("select[name=step] option[selected]").attr("value")).isEqualTo("structurer");
		Map<String, List<String>> fields = DraftEditingTest.form(edit);
		fields.put("step", List.of("mutualiser"));
		assertThat(save(url, fields).getResponse().getRedirectedUrl()).isEqualTo(url);
		assertThat(drafts.draft().content().forms().stream().filter(f -> f.key().equals("geie")).findFirst()
			.orElseThrow().step()).isEqualTo("mutualiser");
		fields.put("step", List.of("structurer"));
		save(url, fields);
	}

	@Test
	void the_graduated_path_and_a_scenarios_possible_forms_have_their_editors() throws Exception {
		Document path = page("/admin/brouillon/parcours/-");
		assertThat(path.select("select[name=ladderQuestion] option[selected]").attr("value")).isEqualTo("integration");
		// keys chosen among the content's: check boxes with their names, ticked
		assertThat(path.select("input[type=checkbox][name=keyPrerequisites][checked]").eachAttr("value")).contains("volontariat");
		assertThat(path.select("input[type=checkbox][name=weakLevels][checked]").eachAttr("value")).containsExactly("non");
		assertThat(path.select("textarea[name=readinessWarningText]").text()).startsWith("Des préalables");
		Document scenario = page("/admin/brouillon/scenarios/trois_ehpad_union");
		assertThat(scenario.select("input[type=checkbox][name=expectedPossible][checked]").eachAttr("value")).contains("gcsms");
	}
}
