package fr.capcooperation.presentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.capcooperation.catalog.CatalogService;
import fr.capcooperation.rules.Answer;
import fr.capcooperation.rules.Answers;

/** The group questionnaire, walked as a trainer clicks the room's answers on the projector. */
@SpringBootTest
@AutoConfigureMockMvc
class GroupQuestionnaireTest {

	/** The room's choice per question: the training centre of an association and a town. */
	private static final Map<String, List<String>> ROOM = new LinkedHashMap<>();
	static {
		ROOM.put("integration", List.of("structurer"));
		ROOM.put("partners", List.of("associations", "public"));
		ROOM.put("member_count", List.of("2"));
		ROOM.put("legal_entity", List.of("oui"));
		ROOM.put("purpose", List.of("formation", "equipement"));
		ROOM.put("surplus", List.of("reinvestis"));
		ROOM.put("duration", List.of("indeterminee"));
		ROOM.put("governance", List.of("une_voix"));
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	CatalogService catalogs;

	/** Submits a GET form as the browser would: its hidden fields plus the clicked values. */
	private String submit(Document page, String name, List<String> values) throws Exception {
		Element form = page.selectFirst("form.group__form");
		MockHttpServletRequestBuilder request = get(form.attr("action"));
		for (Element hidden : form.select("input[type=hidden]")) {
			request.param(hidden.attr("name"), hidden.attr("value"));
		}
		if (name.equals("readiness")) {
			catalogs.current().prerequisites().forEach(line -> request.param("readiness." + line.key(), values.get(0)));
		}
		else {
			request.param(name, values.toArray(String[]::new));
		}
		MvcResult result = mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		return result.getResponse().getRedirectedUrl();
	}

	private Document page(String url) throws Exception {
		URI uri = URI.create(url);
		MvcResult result = mvc.perform(get(uri)).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	@Test
	void the_room_answers_one_question_per_slide_and_sees_the_recommendation_with_its_reasons() throws Exception {
		Document intro = page("/presentation/questionnaire");
		assertThat(intro.selectFirst("img.qr__code").attr("src")).isEqualTo("/presentation/qr/questionnaire.svg");
		String url = intro.selectFirst("a[rel=next]").attr("href");
		int slides = 0;
		while (url.contains("/questions/")) {
			Document slide = page(url);
			slides++;
			assertThat(slide.selectFirst("img.qr__code")).as("QR code on " + url).isNotNull();
			String key = URI.create(url).getPath().substring(url.lastIndexOf("/questions/") + "/questions/".length());
			List<String> values = key.equals("readiness") ? List.of("oui") : ROOM.get(key);
			assertThat(slide.selectFirst("h1").text()).isEqualTo(catalogs.current().question(key).orElseThrow().label());
			url = submit(slide, key, values);
		}
		// one slide per question shown to the room (a question that its answers hide is skipped)
		assertThat(slides).isEqualTo(catalogs.current().ruleset().visibleQuestions(roomAnswers()).size());
		assertThat(URI.create(url).getPath()).isEqualTo("/presentation/questionnaire/resultat");

		Document result = page(url);
		List<String> shown = result.select(".group__form-name").eachAttr("data-form");
		Answers answers = roomAnswers();
		assertThat(shown).isEqualTo(catalogs.current().engine().evaluate(answers).recommended().stream().map(f -> f.form()).toList())
			.contains("gip");
		assertThat(result.select(".group__reasons li")).isNotEmpty().hasSizeLessThanOrEqualTo(GroupQuestionnaireController.REASONS_SHOWN);

		// "Et si… ?": switching the answer on the surplus gives the engine's result for that change.
		String whatIfUrl = result.selectFirst("a.group__what-if").attr("href");
		Document whatIf = page(whatIfUrl);
		String next = whatIf.selectFirst("a[rel=next]") == null ? null : whatIf.selectFirst("a[rel=next]").attr("href");
		Element link = null;
		while (link == null) {
			link = whatIf.select(".group__switch-others a").stream()
				.filter(a -> a.attr("href").contains("surplus=membres"))
				.findFirst()
				.orElse(null);
			if (link == null) {
				assertThat(next).as("a page of « Et si… ? » offers surplus=membres").isNotNull();
				whatIf = page(next);
				next = whatIf.selectFirst("a[rel=next]") == null ? null : whatIf.selectFirst("a[rel=next]").attr("href");
			}
		}
		Document switched = page(link.attr("href"));
		List<String> expected = catalogs.current()
			.engine()
			.evaluate(answers.with("surplus", new Answer.Choice("membres")))
			.recommended()
			.stream()
			.map(f -> f.form())
			.toList();
		assertThat(switched.select(".group__form-name").eachAttr("data-form")).isEqualTo(expected).isNotEqualTo(shown);
	}

	private Answers roomAnswers() {
		Map<String, Answer> answers = new LinkedHashMap<>();
		answers.put("integration", new Answer.Choice("structurer"));
		answers.put("partners", new Answer.Choices(new LinkedHashSet<>(List.of("associations", "public"))));
		answers.put("member_count", new Answer.Number(2));
		answers.put("legal_entity", new Answer.Choice("oui"));
		answers.put("purpose", new Answer.Choices(new LinkedHashSet<>(List.of("formation", "equipement"))));
		answers.put("surplus", new Answer.Choice("reinvestis"));
		answers.put("duration", new Answer.Choice("indeterminee"));
		answers.put("governance", new Answer.Choice("une_voix"));
		Map<String, String> levels = new LinkedHashMap<>();
		catalogs.current().prerequisites().forEach(line -> levels.put(line.key(), "oui"));
		answers.put("readiness", new Answer.Checklist(levels));
		return Answers.of(answers);
	}

	@Test
	void a_result_without_every_answer_goes_back_to_the_first_missing_question() throws Exception {
		MvcResult result = mvc.perform(get("/presentation/questionnaire/resultat").param("integration", "structurer")).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).startsWith("/presentation/questionnaire/questions/partners?integration=structurer");
		MvcResult invalid = mvc.perform(get("/presentation/questionnaire/questions/integration").param("integration", "<script>"))
			.andReturn();
		assertThat(invalid.getResponse().getStatus()).isEqualTo(200);
		assertThat(mvc.perform(get("/presentation/questionnaire/questions/nulle")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}
}
