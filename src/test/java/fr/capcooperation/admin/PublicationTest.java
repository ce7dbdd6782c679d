package fr.capcooperation.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import fr.capcooperation.answers.AnswerJson;
import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogContent.CooperationForm;
import fr.capcooperation.catalog.CatalogContent.RuleDefinition;
import fr.capcooperation.catalog.CatalogContent.Scenario;
import fr.capcooperation.catalog.CatalogService;
import fr.capcooperation.questionnaire.Journeys;
import fr.capcooperation.questionnaire.TestJourneys;

/** Publication freezes the draft; results keep their version; the scenario gate; preview, history and restore. */
@SpringBootTest(properties = "capcoop.test.context=publication")
@AutoConfigureMockMvc
class PublicationTest {

	static final RequestPostProcessor ADMIN = user("alice").roles("ADMIN");

	static final Map<String, Object> TRAINING_CENTRE = Map.of("integration", "structurer", "partners",
			List.of("associations", "public"), "member_count", 2, "legal_entity", "oui", "purpose",
			List.of("formation", "equipement"), "surplus", "reinvestis", "duration", "indeterminee", "governance",
			"une_voix", "readiness", Map.of("besoins", "oui", "volontariat", "oui", "projet_conjoint", "oui", "valeurs",
					"oui", "objectifs", "oui", "solidarite", "oui", "qualite", "oui"));

	@Autowired
	MockMvc mvc;

	@Autowired
	DraftService drafts;

	@Autowired
	ItemTexts editor;

	@Autowired
	CatalogService catalogs;

	@Autowired
	Journeys journeys;

	private void saveForm(String key, UnaryOperator<CooperationForm> change) {
		CooperationForm form = drafts.draft().content().forms().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
		assertThat(drafts.save(ItemType.FORM, key, editor.fingerprint(form), change.apply(form), null, "alice").saved()).isTrue();
	}

	private static CooperationForm withSummary(CooperationForm f, String summary) {
		return new CooperationForm(f.key(), f.name(), f.shortName(), f.family(), f.legalPerson(), f.handoutText(), summary,
				f.legalBasis(), f.members(), f.legalPersonality(), f.money(), f.governance(), f.duration(), f.formalities(),
				f.advantages(), f.limits(), f.nextSteps(), f.legalNotes(), f.notions(), f.step(), f.debts(),
				f.setUpTime(), f.setUpCost(), f.paperwork(), f.decisions(), f.moneyFlow(), f.setUpSources());
	}

	private void saveRuleText(String key, String textHolds) {
		RuleDefinition rule = drafts.draft().content().rules().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
		RuleDefinition changed = new RuleDefinition(rule.key(), rule.form(), rule.kind(), rule.weight(), rule.condition(),
				textHolds, rule.textFails(), rule.textUnknown());
		assertThat(drafts.save(ItemType.RULE, key, editor.fingerprint(rule), changed, null, "alice").saved()).isTrue();
	}

	private void saveScenarioExpectation(String key, String expectedFirst) {
		Scenario scenario = drafts.draft().content().scenarios().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
		Scenario changed = new Scenario(scenario.key(), scenario.title(), scenario.description(), scenario.answers(),
				expectedFirst, scenario.expectedExcluded(), scenario.expectedPossible());
		assertThat(drafts.save(ItemType.SCENARIO, key, editor.fingerprint(scenario), changed, null, "alice").saved()).isTrue();
	}

	/** Publishes as an admin does: from the confirmation page, which says which draft it listed. */
	private MvcResult publish(String note) throws Exception {
		Document confirmation = Jsoup.parse(mvc.perform(get("/admin/publier").with(ADMIN)).andReturn().getResponse()
			.getContentAsString());
		Element shown = confirmation.selectFirst("input[name=brouillon]");
		// without a form (publication not possible), the same draft posted anyway: refused underneath too
		String draft = shown != null ? shown.attr("value") : DraftService.fingerprint(drafts.draft());
		return mvc.perform(post("/admin/publier").param("note", note).param("brouillon", draft).with(ADMIN).with(csrf()))
			.andReturn();
	}

	/** A page's text as read on screen, without what is said to screen readers only. */
	private static String seen(Elements elements) {
		Elements copy = elements.clone();
		copy.select(".visually-hidden").remove();
		// jsoup's text() puts spaces around <ins> and <del>; a browser does not
		return String.join(" ", copy.stream().map(Element::wholeText).toList()).replaceAll("\\s+", " ");
	}

	private String html(String url) throws Exception {
		return mvc.perform(get(url)).andReturn().getResponse().getContentAsString();
	}

	private String text(String url) throws Exception {
		return Jsoup.parse(html(url)).text();
	}

	private String completedJourney() {
		Catalog catalog = catalogs.current();
		String token = journeys.start().token();
		AnswerJson.read(catalog, TRAINING_CENTRE).answers().asMap()
			.forEach((key, answer) -> TestJourneys.answer(journeys, token, key, answer));
		TestJourneys.complete(journeys, token);
		return token;
	}

	private Document draftPage(MvcResult redirect) throws Exception {
		return Jsoup.parse(mvc.perform(get(redirect.getResponse().getRedirectedUrl()).with(ADMIN).flashAttrs(redirect.getFlashMap()))
			.andReturn().getResponse().getContentAsString());
	}

	@Test
	void a_draft_identical_to_the_latest_version_is_not_published_again() throws Exception {
		saveRuleText("gip.requires-public", "Texte publié une fois, pas deux.");
		publish("Une fois");
		int version = catalogs.current().version();
		MvcResult again = publish("Deux fois");
		assertThat(catalogs.current().version()).isEqualTo(version);
		assertThat(draftPage(again).select(".notice").text()).contains("Rien à publier");
	}

	@Test
	void a_note_over_1000_characters_is_said_next_to_its_field_and_kept() throws Exception {
		saveRuleText("gip.requires-public", "Texte d’une publication à la note trop longue.");
		int version = catalogs.current().version();
		String note = "Une note bien trop longue. ".repeat(40);
		MvcResult refused = publish(note);
		assertThat(catalogs.current().version()).isEqualTo(version);
		Document page = draftPage(refused);
		assertThat(page.select("#note-error").text()).contains("plus de 1").contains("000 caractères").doesNotContain("même moment");
		assertThat(page.select("#note").val()).isEqualTo(note);
		assertThat(page.select("#note").attr("aria-describedby")).contains("note-error");
		assertThat(publish("Note raisonnable").getResponse().getRedirectedUrl()).isEqualTo("/admin/historique");
		assertThat(catalogs.current().version()).isEqualTo(version + 1);
	}

	@Test
	void simultaneous_publications_of_one_draft_make_one_version() throws Exception {
		saveRuleText("gip.requires-public", "Texte publié par deux administrateurs au même instant.");
		int version = catalogs.current().version();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<DraftService.PublishResult>> results = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			String actor = "admin-" + i;
			results.add(pool.submit(() -> {
				start.await();
				return drafts.publish("En même temps", actor);
			}));
		}
		start.countDown();
		int published = 0;
		int refused = 0;
		for (Future<DraftService.PublishResult> result : results) {
			DraftService.PublishResult outcome = result.get(60, TimeUnit.SECONDS);
			published += outcome.version() != null ? 1 : 0;
			refused += "admin.publish.unchanged".equals(outcome.refusal()) ? 1 : 0;
		}
		pool.shutdown();
		assertThat(published).isEqualTo(1);
		assertThat(refused).isEqualTo(3);
		assertThat(catalogs.refresh().version()).isEqualTo(version + 1);
	}

	@Test
	void publishing_makes_the_draft_the_version_the_public_sees() throws Exception {
		int before = catalogs.current().version();
		saveForm("scop", f -> withSummary(f, "Résumé publié de la SCOP."));
		assertThat(html("/formes/scop")).doesNotContain("Résumé publié de la SCOP.");
		assertThat(publish("Résumé de la SCOP revu").getResponse().getRedirectedUrl()).isEqualTo("/admin/historique");
		assertThat(catalogs.current().version()).isEqualTo(before + 1);
		assertThat(html("/formes/scop")).contains("Résumé publié de la SCOP.");
		Document history = Jsoup.parse(mvc.perform(get("/admin/historique").with(ADMIN)).andReturn().getResponse().getContentAsString());
		assertThat(history.select("tbody tr").first().text()).contains(Integer.toString(before + 1), "alice", "Résumé de la SCOP revu");
	}

	@Test
	void a_result_computed_on_an_older_version_still_shows_that_version_and_its_texts() throws Exception {
		int version = catalogs.current().version();
		String oldText = catalogs.current().rule("gip.requires-public").orElseThrow().textHolds();
		String token = completedJourney();
		String result = text("/questionnaire/" + token + "/resultat");
		assertThat(result).contains("version " + version + " des règles", oldText);

		saveRuleText("gip.requires-public", "Texte de la nouvelle version pour le GIP.");
		publish("Texte du GIP");
		assertThat(catalogs.current().version()).isEqualTo(version + 1);

		String reopened = text("/questionnaire/" + token + "/resultat");
		assertThat(reopened).contains("version " + version + " des règles", oldText)
			.doesNotContain("Texte de la nouvelle version pour le GIP.");
		String fresh = text("/questionnaire/" + completedJourney() + "/resultat");
		assertThat(fresh).contains("version " + (version + 1) + " des règles", "Texte de la nouvelle version pour le GIP.");
	}

	@Test
	void publishing_is_refused_while_a_reference_scenario_fails_until_its_expectation_is_updated() throws Exception {
		int version = catalogs.current().version();
		saveScenarioExpectation("centre_formation_ville", "fusion");
		MvcResult refused = publish("Ne doit pas passer");
		assertThat(catalogs.current().version()).isEqualTo(version);
		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/admin/publier");
		Document page = Jsoup.parse(mvc.perform(get(refused.getResponse().getRedirectedUrl()).with(ADMIN)
				.flashAttrs(refused.getFlashMap())).andReturn().getResponse().getContentAsString());
		assertThat(page.select(".admin-notice").text()).startsWith("Publication refusée");
		assertThat(page.select(".status--ko")).hasSize(1);
		assertThat(page.select(".status--ko").first().closest("tr").text()).contains("Un centre de formation avec la ville",
				catalogs.current().form("fusion").orElseThrow().name());
		assertThat(page.select("form[action=/admin/publier]")).isEmpty();

		Document edit = Jsoup.parse(mvc.perform(get("/admin/brouillon/regles/gip.requires-public").with(ADMIN)).andReturn()
			.getResponse().getContentAsString());
		assertThat(edit.select(".scenario-status--ko").text()).contains("15 réussis sur 16",
				"doit recommander " + catalogs.current().form("fusion").orElseThrow().name() + " seule");

		saveScenarioExpectation("centre_formation_ville", "gip");
		saveRuleText("gip.requires-public", "Texte revu pendant que le scénario échouait.");
		publish("Scénario remis");
		assertThat(catalogs.current().version()).isEqualTo(version + 1);
	}

	@Test
	void script_typed_by_an_admin_never_runs_on_the_public_pages() throws Exception {
		saveForm("gie", f -> withSummary(f, "Avant <script>alert('xss')</script> après "
				+ "<img src=x onerror=alert(1)> [lien](javascript:alert(2)) ![image](x.png\" onerror=\"alert(3))"));
		publish("Test d’injection");
		for (String url : List.of("/formes/gie", "/formes", "/comparaison")) {
			Document page = Jsoup.parse(html(url));
			assertThat(page.select("script").stream().filter(s -> !s.hasAttr("src")).toList()).as(url).isEmpty();
			for (Element element : page.getAllElements()) {
				element.attributes().forEach(attribute -> assertThat(attribute.getKey()).as(url).doesNotStartWith("on"));
				assertThat(element.attr("href")).as(url).doesNotStartWith("javascript");
			}
		}
		assertThat(html("/formes/gie")).contains("Avant").doesNotContain("<script>alert");
		Document preview = Jsoup.parse(mvc.perform(get("/admin/brouillon/formes/gie").with(ADMIN)).andReturn().getResponse()
			.getContentAsString());
		assertThat(preview.select(".markdown-preview script")).isEmpty();
		assertThat(preview.select(".markdown-preview [onerror]")).isEmpty();
	}

	@Test
	void the_preview_computes_the_result_on_the_draft_only() throws Exception {
		saveRuleText("gip.requires-public", "Texte du brouillon seulement.");
		Document preview = Jsoup.parse(mvc.perform(post("/admin/apercu").with(user("eve").roles("EDITOR")).with(csrf())
				.param("integration", "structurer").param("partners", "associations", "public").param("member_count", "2")
				.param("legal_entity", "oui").param("purpose", "formation", "equipement").param("surplus", "reinvestis")
				.param("duration", "indeterminee").param("governance", "une_voix")).andReturn().getResponse().getContentAsString());
		assertThat(preview.select(".preview-result").text()).contains("Texte du brouillon seulement.");
		String publicResult = html("/questionnaire/" + completedJourney() + "/resultat");
		assertThat(publicResult).doesNotContain("Texte du brouillon seulement.");
		Document scenario = Jsoup.parse(mvc.perform(get("/admin/apercu").param("scenario", "centre_formation_ville")
				.with(user("eve").roles("EDITOR"))).andReturn().getResponse().getContentAsString());
		assertThat(scenario.select(".preview-result .card").first().text()).contains("GIP");
		assertThat(scenario.select("input[name=partners][value=public]").hasAttr("checked")).isTrue();
	}

	@Test
	void history_shows_the_changes_side_by_side_and_restores_an_old_version_into_the_draft() throws Exception {
		saveForm("sce", f -> withSummary(f, "Résumé de la SCE, nouvelle version."));
		publish("SCE");
		int latest = catalogs.current().version();
		Document diff = Jsoup.parse(mvc.perform(get("/admin/historique/comparer").param("de", Integer.toString(latest - 1)).param("a", Integer.toString(latest))
				.with(ADMIN)).andReturn().getResponse().getContentAsString());
		assertThat(seen(diff.select(".diff-item"))).contains(catalogs.current().form("sce").orElseThrow().name(),
				"Résumé de la SCE, nouvelle version.");
		assertThat(seen(diff.select(".diff-before"))).contains(catalogs.version(latest - 1).orElseThrow().form("sce").orElseThrow().summary());

		mvc.perform(post("/admin/historique/1/restaurer").with(ADMIN).with(csrf()));
		assertThat(drafts.draft().content().forms().stream().filter(f -> f.key().equals("sce")).findFirst().orElseThrow().summary())
			.isEqualTo(catalogs.version(1).orElseThrow().form("sce").orElseThrow().summary());
		assertThat(catalogs.current().version()).isEqualTo(latest);
		Document log = Jsoup.parse(mvc.perform(get("/admin/journal").param("action", "RESTORED").with(ADMIN)).andReturn().getResponse()
			.getContentAsString());
		assertThat(log.select("tbody tr").first().text()).contains("alice", "version 1");
	}
}
