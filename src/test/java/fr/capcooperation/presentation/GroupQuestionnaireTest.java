package fr.capcooperation.presentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.nio.charset.StandardCharsets;
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
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import fr.capcooperation.catalog.CatalogService;
import fr.capcooperation.rules.Answer;
import fr.capcooperation.rules.Answers;
import fr.capcooperation.web.PageText;

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
			assertThat(slide.selectFirst("h1").text()).isEqualTo(PageText.of(catalogs.current().question(key).orElseThrow().label()));
			url = submit(slide, key, values);
		}
		// one slide per question shown to the room (a question that its answers hide is skipped)
		assertThat(slides).isEqualTo(catalogs.current().ruleset().visibleQuestions(roomAnswers()).size());
		assertThat(URI.create(url).getPath()).isEqualTo("/presentation/questionnaire/resultat");

		Document result = page(url);
		List<String> shown = result.select(".group__form-name").eachAttr("data-form");
		Answers answers = roomAnswers();
		List<String> recommended = catalogs.current().engine().evaluate(answers).recommended().stream().map(f -> f.form()).toList();
		// the forms that fit best first, then the nearest one, two or three in all, with what puts the first ahead
		assertThat(shown).startsWith(recommended.toArray(String[]::new)).contains("gip").hasSizeBetween(2, RoomResult.FORMS_SHOWN);
		assertThat(result.select(".group__standing")).allSatisfy(standing -> assertThat(standing.select(".group__reason")).hasSize(1));
		assertThat(result.select(".group__behind").first().text()).startsWith("GIP passe devant à cause de «\u202F");
		assertThat(result.selectFirst(".group__weak").text()).isEqualTo("Vos préalables les plus fragiles : "
				+ "Tous les préalables évalués sont acquis.");

		// "Et si… ?": one click on an answer that decided gives the engine's result for that change.
		Document whatIf = page(result.selectFirst("a.group__what-if").attr("href"));
		assertThat(whatIf.select("a.group__switch")).isNotEmpty();
		for (Element link : whatIf.select("a.group__switch")) {
			Map<String, String[]> switchedAnswers = new LinkedHashMap<>();
			UriComponentsBuilder.fromUriString(link.attr("href"))
				.build()
				.getQueryParams()
				.forEach((name, values) -> switchedAnswers.put(name, values.stream()
					.map(value -> UriUtils.decode(value, StandardCharsets.UTF_8))
					.toArray(String[]::new)));
			List<String> expected = catalogs.current()
				.engine()
				.evaluate(GroupAnswers.read(catalogs.current(), switchedAnswers))
				.recommended()
				.stream()
				.map(f -> f.form())
				.toList();
			String then = expected.isEmpty() ? "→ aucune forme en tête"
					: "→ " + String.join(" · ", expected.stream().map(key -> catalogs.current().form(key).orElseThrow().shortName()).toList());
			assertThat(link.selectFirst(".group__switch-then").text()).as(link.attr("href")).startsWith(then);
			Document switched = page(link.attr("href"));
			assertThat(switched.select(".group__form-name").eachAttr("data-form")).startsWith(expected.toArray(String[]::new));
		}
		assertThat(whatIf.select(".group__switch")).hasSizeLessThan(15);
	}

	@Test
	void a_prerequisites_grid_rated_in_part_keeps_what_was_ticked_and_says_what_is_left_or_is_skipped() throws Exception {
		String room = ROOM.entrySet().stream()
			.flatMap(entry -> entry.getValue().stream().map(value -> entry.getKey() + "=" + value))
			.reduce((a, b) -> a + "&" + b)
			.orElseThrow();
		String first = catalogs.current().prerequisites().get(0).key();
		String second = catalogs.current().prerequisites().get(1).key();
		// « Valider » with two lines rated: back to the grid, the two kept, what is left said
		MvcResult partial = mvc.perform(get("/presentation/questionnaire/questions/readiness/reponse?" + room + "&readiness." + first
				+ "=oui&readiness." + second + "=non")).andReturn();
		String back = partial.getResponse().getRedirectedUrl();
		assertThat(back).contains("/questions/readiness?", "readiness." + first + "=oui", "readiness." + second + "=non", "reste=1");
		Document grid = page(back);
		int left = catalogs.current().prerequisites().size() - 2;
		assertThat(grid.selectFirst(".group__left").text()).startsWith("Il reste " + left + " préalables sans réponse");
		assertThat(grid.select(".group__unrated")).hasSize(left);
		assertThat(grid.select("input[name=readiness." + first + "][value=oui]").hasAttr("checked")).isTrue();
		assertThat(grid.select("input[name=readiness." + second + "][value=non]").hasAttr("checked")).isTrue();
		// « Passer cette étape »: the lines rated count, the result shows the room's weak one
		Element form = grid.selectFirst("form.group__form");
		assertThat(grid.selectFirst("button[name=passer]").text()).isEqualTo("Passer cette étape");
		MockHttpServletRequestBuilder skip = get(form.attr("action")).param("passer", "readiness")
			.param("readiness." + first, "oui")
			.param("readiness." + second, "non");
		form.select("input[type=hidden]").forEach(hidden -> skip.param(hidden.attr("name"), hidden.attr("value")));
		String result = mvc.perform(skip).andReturn().getResponse().getRedirectedUrl();
		assertThat(URI.create(result).getPath()).isEqualTo("/presentation/questionnaire/resultat");
		assertThat(page(result).selectFirst(".group__weak").text())
			.contains(catalogs.current().prerequisites().get(1).label());
		// skipped with nothing rated: the result says the room did not rate its prerequisites
		String none = mvc.perform(get("/presentation/questionnaire/questions/readiness/reponse?" + room + "&passer=readiness"))
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(none).contains("passer=readiness");
		assertThat(page(none).selectFirst(".group__weak").text()).endsWith("La salle n’a pas évalué ses préalables.");
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
