package fr.capcooperation.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

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

import fr.capcooperation.catalog.CatalogContent;
import fr.capcooperation.catalog.CatalogService;
import fr.capcooperation.web.PageText;

/** Editors change the draft through forms; what they type is checked, kept on error, and never public before publication. */
@SpringBootTest
@AutoConfigureMockMvc
class DraftEditingTest {

	static final RequestPostProcessor EDITOR = user("eve").roles("EDITOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	DraftService drafts;

	@Autowired
	CatalogService catalogs;

	private Document page(String url) throws Exception {
		MvcResult result = mvc.perform(get(url).with(EDITOR)).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	static Map<String, List<String>> form(Document page) {
		return AdminForms.fields(page.selectFirst("form.admin-form"));
	}

	private MvcResult post(String url, Map<String, List<String>> fields, String action) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(url)
			.with(EDITOR)
			.with(csrf());
		fields.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
		request.param("action", action);
		return mvc.perform(request).andReturn();
	}

	@Test
	void every_item_of_the_draft_has_an_edit_form() throws Exception {
		Document overview = page("/admin/brouillon");
		List<String> links = overview.select("ul.admin-items a").eachAttr("href");
		assertThat(links).hasSizeGreaterThan(100);
		for (String link : links) {
			Document edit = page(link);
			assertThat(edit.select("form.admin-form button[value=save]")).as(link).isNotEmpty();
		}
		for (String link : overview.select("a[href$=/nouveau]").eachAttr("href")) {
			page(link);
		}
	}

	@Test
	void every_reference_scenario_passes_on_the_untouched_draft() throws Exception {
		Document overview = page("/admin/brouillon");
		assertThat(overview.select(".status--ok")).hasSize(16);
		assertThat(overview.select(".status--ko")).isEmpty();
	}

	@Test
	void a_changed_summary_goes_to_the_draft_and_not_to_the_public_site() throws Exception {
		String url = "/admin/brouillon/formes/gie";
		Map<String, List<String>> fields = form(page(url));
		fields.put("summary", List.of("Résumé modifié du **GIE** pour le test."));
		MvcResult saved = post(url, fields, "save");
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(url);
		assertThat(drafts.draft().content().forms().stream().filter(f -> f.key().equals("gie")).findFirst().orElseThrow().summary())
			.isEqualTo("Résumé modifié du **GIE** pour le test.");
		String publicPage = mvc.perform(get("/formes/gie")).andReturn().getResponse().getContentAsString();
		assertThat(publicPage).doesNotContain("Résumé modifié du");
		assertThat(page(url).select("#f-summary").text()).isEqualTo("Résumé modifié du **GIE** pour le test.");
	}

	@Test
	void a_weight_out_of_range_is_refused_next_to_the_field_and_what_was_typed_stays() throws Exception {
		String url = "/admin/brouillon/regles/gip.legal-person-wanted";
		Map<String, List<String>> fields = form(page(url));
		fields.put("weight", List.of("9"));
		fields.put("textHolds", List.of("Texte que je ne veux pas perdre"));
		MvcResult result = post(url, fields, "save");
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.select("#f-weight-error").text()).contains("de 1 à 5");
		assertThat(page.select("#f-weight").attr("aria-describedby")).contains("f-weight-error");
		assertThat(page.select(".error-summary a[href=#f-weight]")).hasSize(1);
		assertThat(page.select("#f-weight").val()).isEqualTo("9");
		assertThat(page.select("#f-textHolds").text()).isEqualTo("Texte que je ne veux pas perdre");
		assertThat(page.select("code").eachText()).contains("gip.legal-person-wanted");
		assertThat(page.select(".error-summary__title").text()).isEqualTo("Rien n’a été enregistré : corrigez ce qui suit");
	}

	@Test
	void an_empty_label_is_refused() throws Exception {
		String url = "/admin/brouillon/questions/integration";
		Map<String, List<String>> fields = form(page(url));
		fields.put("label", List.of("  "));
		fields.put("options.0.label", List.of(""));
		MvcResult result = post(url, fields, "save");
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.select("#f-label-error").text()).contains("obligatoire");
		assertThat(page.select("#f-options-0-label-error").text()).contains("obligatoire");
	}

	@Test
	void a_new_rule_with_a_duplicate_key_is_refused() throws Exception {
		Map<String, List<String>> fields = form(page("/admin/brouillon/regles/nouveau"));
		fields.put("key", List.of("gip.requires-public"));
		fields.put("form", List.of("gip"));
		fields.put("kind", List.of("FAVOURS"));
		fields.put("weight", List.of("2"));
		fields.put("condition.op", List.of("answered"));
		fields.put("condition.question", List.of("partners"));
		fields.put("textHolds", List.of("Vrai"));
		fields.put("textFails", List.of("Faux"));
		MvcResult result = post("/admin/brouillon/regles/nouveau", fields, "save");
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(Jsoup.parse(result.getResponse().getContentAsString()).select("#f-key-error").text())
			.contains("existe déjà");
	}

	@Test
	void a_new_rule_is_added_with_the_structured_condition_editor() throws Exception {
		String url = "/admin/brouillon/regles/nouveau";
		Map<String, List<String>> fields = form(page(url));
		fields.put("key", List.of("gip.test-groupe"));
		fields.put("form", List.of("gip"));
		fields.put("kind", List.of("FAVOURS"));
		fields.put("weight", List.of("1"));
		fields.put("textHolds", List.of("Vrai"));
		fields.put("textFails", List.of("Faux"));
		fields.put("condition.op", List.of("all"));
		// Refresh: the group gets its first row; add a second one.
		Document refreshed = Jsoup.parse(post(url, fields, "refresh").getResponse().getContentAsString());
		assertThat(refreshed.select("select[name=condition.0.op]")).hasSize(1);
		Document added = Jsoup.parse(post(url, form(refreshed), "add:condition").getResponse().getContentAsString());
		assertThat(added.select("select[name=condition.1.op]")).hasSize(1);
		Map<String, List<String>> tree = form(added);
		tree.put("condition.0.op", List.of("includes"));
		tree.put("condition.0.question", List.of("partners"));
		tree.put("condition.0.option", List.of("public"));
		tree.put("condition.1.op", List.of("is"));
		tree.put("condition.1.question", List.of("legal_entity"));
		tree.put("condition.1.option", List.of("oui"));
		MvcResult saved = post(url, tree, "save");
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/admin/brouillon/regles/gip.test-groupe");
		var rule = drafts.draft().content().rules().stream().filter(r -> r.key().equals("gip.test-groupe")).findFirst().orElseThrow();
		assertThat(rule.condition().op()).isEqualTo("all");
		assertThat(rule.condition().of()).hasSize(2);
		// Remove the second row again, without saving.
		Document removed = Jsoup.parse(post("/admin/brouillon/regles/gip.test-groupe",
				form(page("/admin/brouillon/regles/gip.test-groupe")), "remove:condition.1").getResponse().getContentAsString());
		assertThat(removed.select("select[name=condition.1.op]")).isEmpty();
		assertThat(removed.select("select[name=condition.0.op]")).hasSize(1);
	}

	@Test
	void a_condition_on_an_option_the_question_does_not_have_is_refused() throws Exception {
		String url = "/admin/brouillon/regles/gip.requires-public";
		Map<String, List<String>> fields = form(page(url));
		fields.put("condition.op", List.of("includes"));
		fields.put("condition.question", List.of("partners"));
		fields.put("condition.option", List.of("licornes"));
		MvcResult result = post(url, fields, "save");
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(Jsoup.parse(result.getResponse().getContentAsString()).select("#f-condition-option-error").text())
			.contains(PageText.of("« licornes » n’existe pas"));
	}

	@Test
	void two_people_saving_the_same_item_the_second_is_refused_and_sees_both_versions() throws Exception {
		String url = "/admin/brouillon/glossaire/personne_morale";
		Map<String, List<String>> first = form(page(url));
		Map<String, List<String>> second = form(page(url));
		first.put("definition", List.of("Définition d’Alice."));
		assertThat(post(url, first, "save").getResponse().getRedirectedUrl()).isEqualTo(url);
		second.put("definition", List.of("Définition de Bob."));
		MvcResult conflict = post(url, second, "save");
		assertThat(conflict.getResponse().getStatus()).isEqualTo(409);
		Document page = Jsoup.parse(conflict.getResponse().getContentAsString());
		// theirs and yours, word by word: what Bob's version takes away and adds
		assertThat(page.select(".conflict del").text()).contains("d’Alice");
		assertThat(page.select(".conflict ins").text()).contains("de Bob");
		assertThat(page.select("#f-definition").text()).isEqualTo("Définition de Bob.");
		assertThat(drafts.draft().content().glossary().stream().filter(g -> g.key().equals("personne_morale")).findFirst()
			.orElseThrow().definition()).isEqualTo("Définition d’Alice.");
	}

	@Test
	void edits_to_different_items_do_not_conflict() throws Exception {
		Map<String, List<String>> notion = form(page("/admin/brouillon/notions/mutualisation"));
		Map<String, List<String>> texts = form(page("/admin/brouillon/textes/-"));
		notion.put("summary", List.of("Résumé A"));
		texts.put("support", List.of("Support B"));
		assertThat(post("/admin/brouillon/notions/mutualisation", notion, "save").getResponse().getStatus()).isEqualTo(302);
		assertThat(post("/admin/brouillon/textes/-", texts, "save").getResponse().getStatus()).isEqualTo(302);
	}

	@Test
	void a_question_moves_in_the_questionnaire_and_its_options_are_reordered() throws Exception {
		String url = "/admin/brouillon/questions/legal_entity";
		Map<String, List<String>> fields = form(page(url));
		fields.put("position", List.of("1"));
		fields.put("options.0.position", List.of("4"));
		assertThat(post(url, fields, "save").getResponse().getRedirectedUrl()).isEqualTo(url);
		var questions = drafts.draft().content().questions();
		assertThat(questions.get(0).key()).isEqualTo("legal_entity");
		assertThat(questions.get(0).options().get(2).key()).isEqualTo("oui");
		// Put it back for the other tests.
		Map<String, List<String>> back = form(page(url));
		back.put("position", List.of("6"));
		back.put("options.2.position", List.of("0"));
		post(url, back, "save");
		assertThat(drafts.draft().content().questions().get(5).key()).isEqualTo("legal_entity");
	}

	@Test
	void an_item_nothing_refers_to_can_be_removed_but_not_a_form_that_rules_refer_to() throws Exception {
		Map<String, List<String>> entry = form(page("/admin/brouillon/glossaire/nouveau"));
		entry.put("key", List.of("terme_a_retirer"));
		entry.put("term", List.of("Terme à retirer"));
		entry.put("definition", List.of("Une définition."));
		assertThat(post("/admin/brouillon/glossaire/nouveau", entry, "save").getResponse().getStatus()).isEqualTo(302);
		String fingerprint = page("/admin/brouillon/glossaire/terme_a_retirer").select("input[name=fingerprint]").first().val();
		mvc.perform(MockMvcRequestBuilders
			.post("/admin/brouillon/glossaire/terme_a_retirer/supprimer").param("fingerprint", fingerprint).with(EDITOR).with(csrf()));
		assertThat(drafts.draft().content().glossary()).noneMatch(g -> g.key().equals("terme_a_retirer"));

		String formPrint = page("/admin/brouillon/formes/gip").select("input[name=fingerprint]").first().val();
		MvcResult refused = mvc.perform(MockMvcRequestBuilders
			.post("/admin/brouillon/formes/gip/supprimer").param("fingerprint", formPrint).with(EDITOR).with(csrf())).andReturn();
		assertThat(refused.getFlashMap().get("notice")).isEqualTo("admin.edit.deleteRefused");
		assertThat(drafts.draft().content().forms()).anyMatch(f -> f.key().equals("gip"));
		// why, in French: the rules of the GIP (and its roadmap, consequences, models) would point to a form that no longer exists
		assertThat((List<?>) refused.getFlashMap().get("problems")).isNotEmpty()
			.allSatisfy(problem -> assertThat(problem.toString()).contains("porte sur une forme qui n’existe pas : « gip »"))
			.anySatisfy(problem -> assertThat(problem.toString()).startsWith("La règle « gip."))
			.anySatisfy(problem -> assertThat(problem.toString()).startsWith("La conséquence « personnel.public »"));
	}

	@Test
	void a_document_model_with_an_unknown_placeholder_or_without_its_mandatory_mention_is_refused_and_a_good_edit_is_kept()
			throws Exception {
		String url = "/admin/brouillon/modeles/convention_partenariat";
		Map<String, List<String>> fields = form(page(url));
		String body = fields.get("body").get(0);
		fields.put("body", List.of(body.replace("## Article 6 – Durée", "## Article 6 – Calendrier") + "\n{{structure9.nom}}"));
		MvcResult refused = post(url, fields, "save");
		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		assertThat(refused.getResponse().getContentAsString())
			.contains(PageText.inHtml("utilise un champ à remplir qui n’existe pas : « structure9.nom »"))
			.contains(PageText.inHtml("doit contenir la mention obligatoire « Durée »"));

		fields.put("body", List.of(body + "\nFait le {{date_du_jour}}."));
		assertThat(post(url, fields, "save").getResponse().getStatus()).isEqualTo(302);
		assertThat(drafts.draft().content().documentModels()).anyMatch(model -> model.body().endsWith("Fait le {{date_du_jour}}."));
	}

	@Test
	void a_roadmap_step_is_edited_and_a_delay_that_is_not_a_period_is_refused() throws Exception {
		String url = "/admin/brouillon/etapes/fusion.avis";
		Map<String, List<String>> fields = form(page(url));
		fields.put("offset", List.of("trente jours"));
		MvcResult refused = post(url, fields, "save");
		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		assertThat(refused.getResponse().getContentAsString()).contains("a un délai illisible");
		fields.put("offset", List.of("-P31D"));
		assertThat(post(url, fields, "save").getResponse().getStatus()).isEqualTo(302);
		assertThat(drafts.draft().content().roadmapSteps()).anyMatch(step -> step.key().equals("fusion.avis")
				&& step.offset().equals("-P31D"));
	}

	@Test
	void the_cooperative_values_and_principles_are_edited_as_name_and_text_lines() throws Exception {
		String url = "/admin/brouillon/cooperatives/-";
		Map<String, List<String>> fields = form(page(url));
		String values = fields.get("cooperativeValues").get(0);
		fields.put("cooperativeValues", List.of(values + "\nLa transparence | Les comptes sont ouverts à tous les membres."));
		assertThat(post(url, fields, "save").getResponse().getRedirectedUrl()).isEqualTo(url);
		assertThat(drafts.draft().content().cooperativeValues()).last()
			.matches(v -> v.name().equals("La transparence") && v.text().startsWith("Les comptes"));
		Map<String, List<String>> again = form(page(url));
		again.put("cooperativePrinciples", List.of("Une ligne sans séparateur"));
		MvcResult refused = post(url, again, "save");
		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		assertThat(Jsoup.parse(refused.getResponse().getContentAsString()).select("#f-cooperativePrinciples-error").text())
			.contains("nom | texte");
	}

	@Test
	void two_people_adding_the_same_key_at_once_the_second_is_refused() {
		var first = new CatalogContent.GlossaryEntry("terme_double", "Premier", "Défini par Alice.");
		var second = new CatalogContent.GlossaryEntry("terme_double", "Second", "Défini par Bob.");
		assertThat(drafts.save(ItemType.GLOSSARY, null, null, first, null, "alice").saved()).isTrue();
		DraftService.SaveResult refused = drafts.save(ItemType.GLOSSARY, null, null, second, null, "bob");
		assertThat(refused.saved()).isFalse();
		assertThat(refused.problems()).singleElement().asString().contains("existe déjà");
		assertThat(drafts.draft().content().glossary()).filteredOn(g -> g.key().equals("terme_double"))
			.singleElement().matches(g -> g.term().equals("Premier"));
	}

	@Test
	void an_option_is_added_where_asked_and_removed_again_when_nothing_names_it() throws Exception {
		String url = "/admin/brouillon/questions/legal_entity";
		Map<String, List<String>> fields = form(page(url));
		fields.put("options.new.0.key", List.of("consensus"));
		fields.put("options.new.0.label", List.of("Par consensus"));
		fields.put("options.new.0.help", List.of("Les décisions se prennent quand personne ne s’y oppose."));
		fields.put("options.new.0.position", List.of("2"));
		assertThat(post(url, fields, "save").getResponse().getRedirectedUrl()).isEqualTo(url);
		assertThat(legalEntityOptions()).containsExactly("oui", "consensus", "non", "ne_sait_pas");

		Document edit = page(url);
		assertThat(edit.select("#f-options-1-label").val()).isEqualTo("Par consensus");
		assertThat(edit.select("#f-options-new-0-key").val()).isEmpty();
		Map<String, List<String>> removal = form(edit);
		removal.put("options.1.remove", List.of("true"));
		assertThat(post(url, removal, "save").getResponse().getRedirectedUrl()).isEqualTo(url);
		assertThat(legalEntityOptions()).containsExactly("oui", "non", "ne_sait_pas");
	}

	@Test
	void an_option_that_rules_name_is_not_removed_and_the_page_says_why() throws Exception {
		String url = "/admin/brouillon/questions/legal_entity";
		Map<String, List<String>> fields = form(page(url));
		fields.put("options.0.remove", List.of("true"));
		MvcResult result = post(url, fields, "save");

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.select("#f-general").text()).contains("oui");
		assertThat(page.select("#f-options-0-remove").hasAttr("checked")).isTrue();
		assertThat(legalEntityOptions()).containsExactly("oui", "non", "ne_sait_pas");
	}

	@Test
	void a_new_option_needs_a_free_well_formed_key_and_a_label_and_what_was_typed_stays() throws Exception {
		String url = "/admin/brouillon/questions/legal_entity";
		Map<String, List<String>> fields = form(page(url));
		fields.put("options.new.0.key", List.of("Une Voix"));
		fields.put("options.new.0.help", List.of("Aide que je ne veux pas perdre"));
		MvcResult result = post(url, fields, "save");
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.select("#f-options-new-0-key-error").text()).contains("minuscules");
		assertThat(page.select("#f-options-new-0-key").attr("aria-describedby")).isEqualTo("f-options-new-0-key-error");
		assertThat(page.select("#f-options-new-0-label-error").text()).contains("obligatoire");
		assertThat(page.select("#f-options-new-0-key").val()).isEqualTo("Une Voix");
		assertThat(page.select("#f-options-new-0-help").text()).isEqualTo("Aide que je ne veux pas perdre");
		assertThat(page.select(".error-summary a[href=#f-options-new-0-key]")).hasSize(1);

		fields.put("options.new.0.key", List.of("non"));
		fields.put("options.new.0.label", List.of("Encore pondérée"));
		Document taken = Jsoup.parse(post(url, fields, "save").getResponse().getContentAsString());
		assertThat(taken.select("#f-options-new-0-key-error").text()).contains(PageText.of("« non »"));
		assertThat(legalEntityOptions()).containsExactly("oui", "non", "ne_sait_pas");
	}

	@Test
	void a_choice_question_keeps_at_least_two_options() throws Exception {
		String url = "/admin/brouillon/questions/legal_entity";
		Map<String, List<String>> fields = form(page(url));
		fields.put("options.1.remove", List.of("true"));
		fields.put("options.2.remove", List.of("true"));
		MvcResult result = post(url, fields, "save");
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.select("#f-options-error").text()).contains("au moins deux options");
		assertThat(page.select("#f-options").attr("aria-describedby")).contains("f-options-error");
		assertThat(legalEntityOptions()).containsExactly("oui", "non", "ne_sait_pas");
	}

	@Test
	void a_question_is_created_with_its_options_where_asked_and_removed_while_nothing_refers_to_it() throws Exception {
		String url = "/admin/brouillon/questions/nouveau";
		Document blank = page(url);
		assertThat(blank.select("input[name^=options.new.][name$=.key]")).hasSize(QuestionForm.NEW_QUESTION_OPTION_ROWS);
		Map<String, List<String>> fields = form(blank);
		fields.put("key", List.of("territoire"));
		fields.put("type", List.of("SINGLE"));
		fields.put("label", List.of("Sur quel territoire agiriez-vous ensemble ?"));
		fields.put("help", List.of("Le périmètre de la coopération."));
		fields.put("position", List.of("3"));
		fields.put("options.new.0.key", List.of("commune"));
		fields.put("options.new.0.label", List.of("Une commune"));
		fields.put("options.new.1.key", List.of("departement"));
		fields.put("options.new.1.label", List.of("Un département"));
		fields.put("options.new.2.key", List.of("plus_large"));
		fields.put("options.new.2.label", List.of("Plus large"));
		fields.put("options.new.2.position", List.of("1"));
		MvcResult saved = post(url, fields, "save");
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/admin/brouillon/questions/territoire");
		try {
			var questions = drafts.draft().content().questions();
			assertThat(questions.get(2).key()).isEqualTo("territoire");
			assertThat(questions.get(2).options()).extracting(option -> option.key())
				.containsExactly("plus_large", "commune", "departement");
			assertThat(mvc.perform(get("/api/v1/questions")).andReturn().getResponse().getContentAsString())
				.doesNotContain("\"key\":\"territoire\"");
		}
		finally {
			String fingerprint = page("/admin/brouillon/questions/territoire").select("input[name=fingerprint]").first().val();
			mvc.perform(MockMvcRequestBuilders
				.post("/admin/brouillon/questions/territoire/supprimer").param("fingerprint", fingerprint).with(EDITOR).with(csrf()));
		}
		assertThat(drafts.draft().content().questions()).extracting(question -> question.key()).doesNotContain("territoire");
	}

	@Test
	void a_new_question_needs_two_options_if_it_is_a_choice_none_if_it_is_a_number_and_is_never_a_second_checklist()
			throws Exception {
		String url = "/admin/brouillon/questions/nouveau";
		Map<String, List<String>> fields = form(page(url));
		fields.put("key", List.of("budget"));
		fields.put("label", List.of("Quel budget ?"));
		fields.put("help", List.of("En euros."));
		fields.put("options.new.0.key", List.of("petit"));
		fields.put("options.new.0.label", List.of("Petit"));

		fields.put("type", List.of("SINGLE"));
		Document single = Jsoup.parse(post(url, fields, "save").getResponse().getContentAsString());
		assertThat(single.select("#f-options-error").text()).contains("au moins deux options");

		fields.put("type", List.of("NUMBER"));
		Document number = Jsoup.parse(post(url, fields, "save").getResponse().getContentAsString());
		assertThat(number.select("#f-options-new-0-key-error").text()).contains("n’a pas d’options");

		fields.put("type", List.of("CHECKLIST"));
		fields.put("options.new.1.key", List.of("grand"));
		fields.put("options.new.1.label", List.of("Grand"));
		MvcResult checklist = post(url, fields, "save");
		assertThat(checklist.getResponse().getStatus()).isEqualTo(400);
		assertThat(Jsoup.parse(checklist.getResponse().getContentAsString()).select("#f-type-error").text())
			.contains("grille des préalables");
		assertThat(drafts.draft().content().questions()).extracting(question -> question.key()).doesNotContain("budget");
	}

	private List<String> legalEntityOptions() {
		return drafts.draft()
			.content()
			.questions()
			.stream()
			.filter(question -> question.key().equals("legal_entity"))
			.findFirst()
			.orElseThrow()
			.options()
			.stream()
			.map(option -> option.key())
			.toList();
	}
}
