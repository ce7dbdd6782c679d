package fr.capcooperation.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The back-office's edge cases (issue 14): conditions nested or grown without bound, keys too
 * long, {@code null} in a scenario's answers, dates at the ends of time in the audit log. Each
 * gets a French message next to its field, never a server error, and nothing saved is lost.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BackOfficeRobustnessTest {

	private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
	private static final String RULE = "/admin/brouillon/regles/gip.requires-public";

	@Autowired
	MockMvc mvc;

	@Autowired
	DraftService drafts;

	@Autowired
	JdbcTemplate jdbc;

	private MvcResult get(String url) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.get(url).with(ADMIN)).andReturn();
	}

	private Map<String, List<String>> form(String url) throws Exception {
		MvcResult page = get(url);
		assertThat(page.getResponse().getStatus()).as(url).isEqualTo(200);
		return AdminForms.fields(Jsoup.parse(page.getResponse().getContentAsString()).selectFirst("form.admin-form"));
	}

	private MvcResult post(String url, Map<String, List<String>> fields) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(url).with(ADMIN).with(csrf());
		fields.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
		request.param("action", "save");
		return mvc.perform(request).andReturn();
	}

	private static Map<String, List<String>> nested(Map<String, List<String>> fields, int depth) {
		fields.keySet().removeIf(name -> name.startsWith("condition"));
		String path = "condition";
		for (int level = 1; level < depth; level++) {
			fields.put(path + ".op", List.of("not"));
			path += ".0";
		}
		fields.put(path + ".op", List.of("answered"));
		fields.put(path + ".question", List.of("partners"));
		return fields;
	}

	@Test
	void a_condition_nested_200_deep_is_refused_in_french_and_its_edit_page_still_opens() throws Exception {
		String before = drafts.draft().content().rules().stream().filter(r -> r.key().equals("gip.requires-public")).findFirst()
			.orElseThrow().condition().toString();
		MvcResult refused = post(RULE, nested(form(RULE), 200));
		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		Document page = Jsoup.parse(refused.getResponse().getContentAsString());
		assertThat(page.select(".field__error").text()).contains("plus de 6 niveaux");
		assertThat(page.select("fieldset.condition-node")).as("the tree shown, cut at the sixth level").hasSize(6);
		assertThat(get(RULE).getResponse().getStatus()).isEqualTo(200);
		assertThat(drafts.draft().content().rules().stream().filter(r -> r.key().equals("gip.requires-public")).findFirst()
			.orElseThrow().condition().toString()).as("nothing saved").isEqualTo(before);

		MvcResult sixDeep = post(RULE, nested(form(RULE), 6));
		assertThat(sixDeep.getResponse().getStatus()).as("six levels are allowed").isEqualTo(302);
	}

	@Test
	void a_condition_of_more_than_fifty_tests_is_refused_in_french() throws Exception {
		Map<String, List<String>> fields = form(RULE);
		fields.keySet().removeIf(name -> name.startsWith("condition"));
		fields.put("condition.op", List.of("any"));
		for (int i = 0; i < 300; i++) {
			fields.put("condition." + i + ".op", List.of("answered"));
			fields.put("condition." + i + ".question", List.of("partners"));
		}
		MvcResult refused = post(RULE, fields);
		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		assertThat(Jsoup.parse(refused.getResponse().getContentAsString()).select(".field__error").text())
			.contains("50 au plus");
	}

	@Test
	void a_condition_stored_200_deep_before_the_limits_opens_cut_with_a_message_and_cannot_be_published() throws Exception {
		drafts.draft();
		String content = jdbc.queryForObject("SELECT content FROM catalogue_draft WHERE id = 1", String.class);
		StringBuilder deep = new StringBuilder();
		for (int level = 1; level < 200; level++) {
			deep.append("{\"op\":\"not\",\"of\":[");
		}
		deep.append("{\"op\":\"answered\",\"question\":\"partners\"}").append("]}".repeat(199));
		String rule = "\"key\":\"gip.requires-public\"";
		int at = content.indexOf(rule);
		int condition = content.indexOf("\"condition\":", at) + "\"condition\":".length();
		int end = content.indexOf(",\"textHolds\"", condition);
		try {
			jdbc.update("UPDATE catalogue_draft SET content = ? WHERE id = 1",
					content.substring(0, condition) + deep + content.substring(end));
			MvcResult edit = get(RULE);
			assertThat(edit.getResponse().getStatus()).isEqualTo(200);
			assertThat(Jsoup.parse(edit.getResponse().getContentAsString()).select(".field__error").text())
				.contains("plus de 6 niveaux");
			assertThat(get("/admin/brouillon").getResponse().getStatus()).isEqualTo(200);
			assertThat(drafts.problems(drafts.draft().content())).anyMatch(problem -> problem.contains("plus de 6 niveaux"));
		}
		finally {
			jdbc.update("UPDATE catalogue_draft SET content = ? WHERE id = 1", content);
		}
	}

	@Test
	void keys_longer_than_sixty_characters_are_refused_next_to_the_field() throws Exception {
		Map<String, List<String>> fields = form("/admin/brouillon/glossaire/nouveau");
		fields.put("key", List.of("terme_" + "x".repeat(100)));
		fields.put("term", List.of("Terme"));
		fields.put("definition", List.of("Définition."));
		MvcResult refused = post("/admin/brouillon/glossaire/nouveau", fields);
		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		assertThat(Jsoup.parse(refused.getResponse().getContentAsString()).select("#f-key-error").text()).contains("60 caractères");
	}

	@Test
	void null_in_a_scenarios_answers_is_said_in_french_and_nothing_is_saved() throws Exception {
		String url = "/admin/brouillon/scenarios/" + drafts.draft().content().scenarios().get(0).key();
		for (String answers : List.of("null", "{\"integration\": null}", "{\"partners\": [null]}", "{\"readiness\": null}",
				"{\"readiness\": {\"besoins\": null}}", "{\"member_count\": null}", "[null]", "{\"\": null}")) {
			Map<String, List<String>> fields = form(url);
			fields.put("answers", List.of(answers));
			MvcResult result = post(url, fields);
			assertThat(result.getResponse().getStatus()).as(answers).isEqualTo(400);
			assertThat(Jsoup.parse(result.getResponse().getContentAsString()).select("#f-answers-error").text()).as(answers)
				.isNotBlank();
		}
		assertThat(get("/admin/brouillon").getResponse().getStatus()).isEqualTo(200);
		assertThat(get("/admin/apercu").getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void dates_at_the_ends_of_time_in_the_audit_log_are_said_next_to_their_field() throws Exception {
		for (String date : List.of("+999999999-12-31", "-999999999-01-01", "9999-12-31", "0000-01-01", "2026-13-45", "hier",
				"2026-02-30")) {
			for (String field : List.of("du", "au")) {
				MvcResult result = mvc.perform(MockMvcRequestBuilders.get("/admin/journal").param(field, date).with(ADMIN))
					.andReturn();
				assertThat(result.getResponse().getStatus()).as(field + "=" + date).isEqualTo(400);
				assertThat(Jsoup.parse(result.getResponse().getContentAsString()).select("#" + field + "-error").text())
					.as(field + "=" + date)
					.containsAnyOf("date réelle", "entre 2000 et 2100");
			}
		}
		MvcResult reversed = mvc.perform(MockMvcRequestBuilders.get("/admin/journal").param("du", "2026-12-01").param("au", "2026-11-01")
			.with(ADMIN)).andReturn();
		assertThat(Jsoup.parse(reversed.getResponse().getContentAsString()).select("#au-error").text()).contains("après");
		assertThat(mvc.perform(MockMvcRequestBuilders.get("/admin/journal").param("avant", "abc").with(ADMIN)).andReturn()
			.getResponse().getStatus()).isEqualTo(400);
	}

	@Test
	void the_audit_log_is_read_fifty_entries_a_page() throws Exception {
		for (int i = 0; i < 120; i++) {
			jdbc.update("INSERT INTO audit_event (occurred_at, actor, action, detail) VALUES (CURRENT_TIMESTAMP, 'pagination', "
					+ "'DRAFT_EDITED', ?)", "entrée " + i);
		}
		Document first = Jsoup.parse(mvc.perform(MockMvcRequestBuilders.get("/admin/journal").param("qui", "pagination").with(ADMIN)).andReturn()
			.getResponse().getContentAsString());
		assertThat(first.select("tbody tr")).hasSize(50);
		assertThat(first.select("tbody tr").first().text()).contains("entrée 119");
		assertThat(first.select("a[rel=prev]")).isEmpty();
		String older = first.select("a[rel=next]").attr("href");
		Document second = Jsoup.parse(mvc.perform(MockMvcRequestBuilders.get(older).with(ADMIN)).andReturn().getResponse().getContentAsString());
		assertThat(second.select("tbody tr").first().text()).contains("entrée 69");
		Document third = Jsoup.parse(mvc.perform(MockMvcRequestBuilders.get(second.select("a[rel=next]").attr("href")).with(ADMIN)).andReturn()
			.getResponse().getContentAsString());
		assertThat(third.select("tbody tr")).hasSize(20);
		assertThat(third.select("a[rel=next]")).isEmpty();
		Document back = Jsoup.parse(mvc.perform(MockMvcRequestBuilders.get(third.select("a[rel=prev]").attr("href")).with(ADMIN)).andReturn()
			.getResponse().getContentAsString());
		assertThat(back.select("tbody tr").first().text()).contains("entrée 69");
		assertThat(back.select("tbody tr")).hasSize(50);
	}
}
