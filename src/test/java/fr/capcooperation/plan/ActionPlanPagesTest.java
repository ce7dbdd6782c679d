package fr.capcooperation.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.capcooperation.answers.AnswerJson;
import fr.capcooperation.catalog.CatalogContent.Scenario;
import fr.capcooperation.catalog.CatalogService;
import fr.capcooperation.questionnaire.Journeys;
import fr.capcooperation.questionnaire.TestJourneys;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * Three situations taken from the result to « Mon plan d'action »: a merger of two associations,
 * a pooled employee, an association and a commune; with a target date, the calendar, the
 * documents and the iCalendar file.
 */
@SpringBootTest(properties = "capcoop.test.context=action-plan")
@AutoConfigureMockMvc
class ActionPlanPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Journeys journeys;

	@Autowired
	CatalogService catalogs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	/** A finished journey with a reference scenario's answers (its readiness all « Oui » unless changed). */
	private String finished(String scenario, String... more) {
		Scenario found = catalogs.current().content().scenarios().stream().filter(s -> s.key().equals(scenario))
			.findFirst().orElseThrow();
		Map<String, Object> answers = new LinkedHashMap<>(found.answers());
		for (int i = 0; i < more.length; i += 2) {
			answers.put(more[i], more[i + 1]);
		}
		String token = TestJourneys.withAnswers(journeys, AnswerJson.read(catalogs.current(), answers).answers().asMap());
		TestJourneys.complete(journeys, token);
		return token;
	}

	private String merger() {
		String token = journeys.start().token();
		AnswerJson.read(catalogs.current(), Map.of("integration", "fusionner", "partners", List.of("associations"),
				"member_count", 2, "purpose", List.of("projet_commun"), "restructuring_scope", "tout", "readiness",
				Map.of("besoins", "oui", "volontariat", "oui", "projet_conjoint", "en_partie", "valeurs", "oui",
						"objectifs", "oui", "solidarite", "oui", "qualite", "oui")))
			.answers()
			.asMap()
			.forEach((key, answer) -> TestJourneys.answer(journeys, token, key, answer));
		TestJourneys.complete(journeys, token);
		return token;
	}

	private Document page(String path) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(csrf())).andReturn().getResponse();
	}

	@Test
	void a_merger_with_general_assemblies_on_15_june_2027_dates_the_boards_by_15_april_and_the_notice_by_16_may()
			throws Exception {
		String token = merger();
		assertThat(page("/questionnaire/" + token + "/resultat").select("a[href$=/plan]").text())
			.isEqualTo("Mon plan d’action");

		MockHttpServletResponse saved = send(post("/questionnaire/" + token + "/plan").param("targetDate", "2027-06-15"));
		assertThat(saved.getStatus()).isEqualTo(302);

		Document plan = page("/questionnaire/" + token + "/plan");
		assertThat(plan.select(".plan-form strong").text()).isEqualTo("Fusion d’associations");
		String steps = plan.select(".plan-step").eachText().stream().collect(Collectors.joining("\n"));
		assertThat(steps).contains("Chaque conseil d’administration arrête le projet de fusion Délai légal Au plus tard le jeudi 15 avril 2027")
			.contains("Publier l’avis de projet de fusion dans un journal d’annonces légales Délai légal Au plus tard le dimanche 16 mai 2027")
			.contains("Décret du 16 août 1901, art. 15-3");
		// P8: the joint project answered « En partie » puts its preparatory step first.
		assertThat(plan.select(".plan-step").first().text()).startsWith("Fait\u202f: Écrire ensemble une note d’intention commune")
			.contains("Étape préparatoire");
		assertThat(plan.select(".plan-domain > summary > span:first-child").eachText()).contains("Les salariés", "Les impôts",
				"Les autorisations et agréments", "Les financements et subventions");
		assertThat(plan.text()).contains("Code du travail, art. L1224-1").contains("Code du travail, art. L2312-8");
		assertThat(plan.select(".plan-documents a").eachText()).anyMatch(text -> text.startsWith("Projet de traité de fusion"));
	}

	@Test
	void a_date_too_close_for_the_legal_delays_is_said_with_the_first_date_that_keeps_them() throws Exception {
		String token = merger();
		LocalDate soon = LocalDate.now(clock).plusWeeks(3);
		send(post("/questionnaire/" + token + "/plan").param("targetDate", soon.toString()));

		Document plan = page("/questionnaire/" + token + "/plan");
		assertThat(plan.select("[role=alert] h2").text()).isEqualTo("La date visée est trop proche pour les délais légaux");
		assertThat(plan.select("[role=alert]").text()).contains("Chaque conseil d’administration arrête le projet de fusion")
			.contains("choisissez une date visée à partir du");
	}

	@Test
	void bad_dates_are_refused_in_french_next_to_the_field_and_what_was_typed_stays() throws Exception {
		String token = merger();
		for (String[] bad : new String[][] { { "31/02/2027", "Cette date n’est pas valide" },
				{ "demain", "Cette date n’est pas valide" }, { "01/01/2020", "Cette date est déjà passée" },
				{ "01/01/2099", "Cette date est à plus de dix ans" } }) {
			MockHttpServletResponse response = send(post("/questionnaire/" + token + "/plan").param("targetDate", bad[0])
				.param("done", "fusion.avis"));
			assertThat(response.getStatus()).as(bad[0]).isEqualTo(400);
			Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
			assertThat(page.select("#p-targetDate-error").text()).as(bad[0]).contains(bad[1]);
			assertThat(page.select("#p-targetDate").attr("aria-describedby")).contains("p-targetDate-error");
			assertThat(page.select("#p-targetDate").val()).isEqualTo(bad[0]);
			assertThat(page.select(".error-summary a").attr("href")).isEqualTo("#p-targetDate");
			assertThat(page.select("input[value=fusion.avis]").hasAttr("checked")).isTrue();
		}
		assertThat(new ActionPlans(jdbc, clock).find(token)).isEmpty();
	}

	@Test
	void the_ticked_steps_are_kept_in_the_database_and_read_back_by_another_instance() throws Exception {
		String token = merger();
		send(post("/questionnaire/" + token + "/plan").param("targetDate", "15/06/2027")
			.param("done", "fusion.cse", "fusion.projet_arrete", "not.a.step"));

		ActionPlan kept = new ActionPlans(jdbc, clock).find(token).orElseThrow();
		assertThat(kept.done()).containsExactlyInAnyOrder("fusion.cse", "fusion.projet_arrete");
		assertThat(kept.targetDate()).isEqualTo(LocalDate.of(2027, 6, 15));
		Document plan = page("/questionnaire/" + token + "/plan");
		assertThat(plan.select("input[name=done][checked]").eachAttr("value")).containsExactlyInAnyOrder("fusion.cse",
				"fusion.projet_arrete");
		assertThat(plan.text()).contains("2 étapes faites sur");
	}

	@Test
	void a_pooled_employee_gets_the_secondment_agreement_and_the_employees_amendment_filled_with_the_partners_names()
			throws Exception {
		String token = finished("comptable_partagee");
		Document plan = page("/questionnaire/" + token + "/plan");
		assertThat(plan.select(".plan-form strong").text()).isEqualTo("Groupement d’employeurs");
		// Another possible form can be followed instead, and the recommended one again.
		assertThat(plan.select("#p-forme option").eachAttr("value")).containsExactly("groupement_employeurs", "union_associations");
		send(post("/questionnaire/" + token + "/plan/forme").param("forme", "union_associations"));
		assertThat(page("/questionnaire/" + token + "/plan").select(".plan-form strong").text()).isEqualTo("Union ou fédération d’associations");
		send(post("/questionnaire/" + token + "/plan/forme").param("forme", "groupement_employeurs"));
		send(post("/questionnaire/" + token + "/plan").param("targetDate", "2027-09-01"));
		MockHttpServletResponse typed = send(post("/questionnaire/" + token + "/plan/structures")
			.param("structures[0].name", "Les Amis du Quartier")
			.param("structures[0].address", "3 rue des Lilas, 69001 Lyon")
			.param("structures[0].representative", "Claire Martin")
			.param("structures[0].title", "présidente")
			.param("structures[1].name", "Sport pour Tous")
			.param("structures[1].representative", "Karim Benali"));
		assertThat(typed.getStatus()).isEqualTo(302);

		Document withModels = page("/questionnaire/" + token + "/plan");
		assertThat(withModels.select(".plan-step").text())
			.contains("Informer l’inspection du travail de la création du groupement Vers le 1er août 2027")
			.contains("Première embauche et mises à disposition auprès des membres Vers le 1er septembre 2027");
		assertThat(withModels.text()).contains("Les membres sont solidaires des dettes du groupement envers ses salariés")
			.contains("Code du travail, art. L1253-8").contains("Structures indiquées\u202f: Les Amis du Quartier, Sport pour Tous");

		String agreement = docx(token, "convention_mise_a_disposition");
		assertThat(agreement).startsWith("Modèle à vérifier avant usage.")
			.contains("Les Amis du Quartier, structure prêteuse, dont le siège est 3 rue des Lilas, 69001 Lyon, représentée par Claire Martin, présidente")
			.contains("Sport pour Tous, structure utilisatrice")
			.contains("[à compléter\u202f: adresse de la structure 2]")
			.contains("commence le 1er septembre 2027")
			.contains("Identité du salarié", "qualification", "Mode de détermination des sommes refacturées", "sans but lucratif")
			.doesNotContain("{{");
		String amendment = docx(token, "avenant_mise_a_disposition");
		assertThat(amendment).contains("Travail confié", "Horaires et lieu d’exécution du travail",
				"Caractéristiques particulières du poste de travail", "mis à disposition de Sport pour Tous");
	}

	private String docx(String token, String model) throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/questionnaire/" + token + "/plan/documents/" + model))
			.andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(response.getContentAsByteArray()));
				XWPFWordExtractor text = new XWPFWordExtractor(document)) {
			return text.getText();
		}
	}

	@Test
	void missing_partner_names_are_refused_in_french_next_to_the_field_and_nothing_typed_is_lost() throws Exception {
		String token = finished("comptable_partagee");
		MockHttpServletResponse response = send(post("/questionnaire/" + token + "/plan/structures")
			.param("structures[0].address", "3 rue des Lilas")
			.param("structures[1].name", "Sport pour Tous")
			.param("structures[2].representative", "Paul")
			.param("structures[1].employees", "douze"));
		assertThat(response.getStatus()).isEqualTo(400);
		Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("#p-structures-0-name-error").text()).contains("Indiquez le nom de la structure 1");
		assertThat(page.select("#p-structures-2-name-error").text()).contains("Indiquez le nom de la structure 3");
		assertThat(page.select("#p-structures-1-employees-error").text()).contains("Écrivez un nombre entier");
		assertThat(page.select("#p-structures-0-address").val()).isEqualTo("3 rue des Lilas");
		assertThat(page.select("#p-structures-1-employees").val()).isEqualTo("douze");
		assertThat(page.select(".error-summary a").eachAttr("href")).contains("#p-structures-0-name");
	}

	@Test
	void an_association_and_a_commune_see_the_councils_deliberation_and_the_risk_of_a_transparent_association()
			throws Exception {
		String token = finished("commune_association_mixte", "natural_persons", "non");
		send(post("/questionnaire/" + token + "/plan").param("targetDate", "2027-10-04"));
		Document plan = page("/questionnaire/" + token + "/plan");
		assertThat(plan.select(".plan-form strong").text()).isEqualTo(
				catalogs.current().form("association_mixte").orElseThrow().name());
		assertThat(plan.select(".plan-step").text())
			.contains("Le conseil municipal délibère sur l’adhésion de la commune et désigne son représentant")
			.contains("Vers le 4 septembre 2027");
		assertThat(plan.text()).contains("Avec un partenaire public").contains("Le risque d’association «\u202ftransparente\u202f»");
	}

	@Test
	void the_calendar_exported_as_icalendar_parses_back_with_one_all_day_event_per_dated_step() throws Exception {
		String token = merger();
		send(post("/questionnaire/" + token + "/plan").param("targetDate", "2027-06-15"));
		MockHttpServletResponse response = mvc.perform(get("/questionnaire/" + token + "/plan/calendrier.ics"))
			.andReturn().getResponse();
		assertThat(response.getContentType()).startsWith("text/calendar");
		Calendar calendar = new CalendarBuilder().build(new StringReader(response.getContentAsString(StandardCharsets.UTF_8)));
		List<VEvent> events = calendar.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
		Document plan = page("/questionnaire/" + token + "/plan");
		assertThat(events).hasSize(plan.select(".plan-step").size());
		VEvent boards = events.stream()
			.filter(event -> event.getSummary().getValue().startsWith("Chaque conseil d’administration arrête"))
			.findFirst().orElseThrow();
		assertThat(boards.getDateTimeStart().getValue()).isEqualTo("20270415");
		assertThat(boards.getDescription().getValue()).contains("Décret du 16 août 1901");
	}

	@Test
	void deleting_the_answers_deletes_the_plan_and_the_structures_typed() throws Exception {
		String token = finished("comptable_partagee");
		send(post("/questionnaire/" + token + "/plan/structures").param("structures[0].name", "A").param("structures[1].name", "B"));
		assertThat(new ActionPlans(jdbc, clock).find(token)).isPresent();

		send(post("/questionnaire/" + token + "/supprimer"));

		assertThat(new ActionPlans(jdbc, clock).find(token)).isEmpty();
		assertThat(mvc.perform(get("/questionnaire/" + token + "/plan")).andReturn().getResponse().getStatus()).isEqualTo(404);
	}
}
