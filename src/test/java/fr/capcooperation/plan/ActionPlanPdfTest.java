package fr.capcooperation.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.capcooperation.answers.AnswerJson;
import fr.capcooperation.catalog.CatalogService;
import fr.capcooperation.questionnaire.Journeys;
import fr.capcooperation.questionnaire.TestJourneys;
import fr.capcooperation.rules.Answer;

/**
 * The plan's PDFs read back with PDFBox: the « Dossier pour votre accompagnateur » on one page,
 * even for the heaviest journey, and « Télécharger le plan (PDF) » with its dates and ticks.
 * On a real port (the French error page is the servlet container's), sharing the smoke test's
 * context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ActionPlanPdfTest {

	@LocalServerPort
	int port;

	@Autowired
	Journeys journeys;

	@Autowired
	CatalogService catalogs;

	@Autowired
	ActionPlans plans;

	private final HttpClient http = HttpClient.newHttpClient();

	private String finished(Map<String, Object> answers) {
		String token = TestJourneys.withAnswers(journeys, AnswerJson.read(catalogs.current(), answers).answers().asMap());
		TestJourneys.complete(journeys, token);
		return token;
	}

	/** A merger of two associations whose joint project is only partly written. */
	private String merger() {
		return finished(Map.ofEntries(Map.entry("integration", "fusionner"), Map.entry("partners", List.of("associations")),
				Map.entry("member_count", 2), Map.entry("purpose", List.of("projet_commun")),
				Map.entry("restructuring_scope", "tout"), Map.entry("natural_persons", "non"), Map.entry("legal_entity", "oui"),
				Map.entry("surplus", "reinvestis"), Map.entry("duration", "indeterminee"), Map.entry("governance", "une_voix"),
				Map.entry("readiness", Map.of("besoins", "oui", "volontariat", "oui", "projet_conjoint", "en_partie", "valeurs", "oui",
						"objectifs", "oui", "solidarite", "oui", "qualite", "oui"))));
	}

	private static String today() {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
		return (today.getDayOfMonth() == 1 ? "1er" : String.valueOf(today.getDayOfMonth())) + " "
				+ DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE).format(today);
	}

	private HttpResponse<byte[]> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html,*/*").build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	/** The PDF's text on one line, and its document kept in target/screenshots to look at. */
	private record Read(int pages, String text, String title, String subject, String language, boolean tagged) {
	}

	private Read pdf(String path, String keepAs) throws Exception {
		HttpResponse<byte[]> response = get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		Files.createDirectories(Path.of("target", "screenshots"));
		Files.write(Path.of("target", "screenshots", keepAs + ".pdf"), response.body());
		try (PDDocument pdf = Loader.loadPDF(response.body())) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			return new Read(pdf.getNumberOfPages(), stripper.getText(pdf).replaceAll("[\\s\u00A0\u202F]+", " "),
					pdf.getDocumentInformation().getTitle(), pdf.getDocumentInformation().getSubject(),
					pdf.getDocumentCatalog().getLanguage(),
					pdf.getDocumentCatalog().getStructureTreeRoot() != null && pdf.getDocumentCatalog().getMarkInfo().isMarked());
		}
	}

	@Test
	void the_file_for_an_adviser_holds_on_one_page_the_answers_the_shortlist_the_open_questions_and_the_weak_prerequisites()
			throws Exception {
		String token = merger();
		String plan = new String(get("/questionnaire/" + token + "/plan").body());
		assertThat(plan).contains("href=\"/questionnaire/" + token + "/plan/dossier\"");
		assertThat(new String(get("/questionnaire/" + token + "/resultat").body()))
			.contains("href=\"/questionnaire/" + token + "/plan/dossier\"");

		Read file = pdf("/questionnaire/" + token + "/plan/dossier", "dossier-accompagnateur");
		assertThat(file.pages()).isEqualTo(1);
		assertThat(file.text()).startsWith("Dossier pour votre accompagnateur")
			.contains("Préparé le " + today())
			.contains("La forme recommandée Fusion d’associations (Très adaptée)")
			// the question quoted alone, and its answer (beside it: read by position, lines interleave);
			// no-break spaces are read as spaces (the typography itself is ResultPdfTest's)
			.contains("« Quel degré de rapprochement recherchez-")
			.contains("Ne plus former qu’une seule structure")
			.contains("Les préalables à consolider 1 point sur 7 à consolider")
			.contains("Projet élaboré conjointement : « En partie »")
			.doesNotContain("Où en êtes-vous des préalables")
			.contains("Retrouver ce résultat en ligne")
			.containsPattern("http://localhost:\\d+/questionnaire/" + token + " ?/resultat")
			.doesNotContain("Structures concernées");
		assertThat(file.tagged()).as("PDF/UA: a structure tree and marked content").isTrue();
		assertThat(file.language()).isEqualTo("fr");
		assertThat(file.title()).isEqualTo("Dossier pour votre accompagnateur");
		assertThat(file.subject()).startsWith("Une page à apporter à un accompagnateur");
	}

	@Test
	void the_partners_names_appear_in_the_file_only_once_typed_in_vos_structures() throws Exception {
		String token = finished(catalogs.current().content().scenarios().stream()
			.filter(scenario -> scenario.key().equals("comptable_partagee")).findFirst().orElseThrow().answers());
		assertThat(pdf("/questionnaire/" + token + "/plan/dossier", "dossier-sans-structures").text())
			.doesNotContain("Structures concernées").doesNotContain("Les Amis du Quartier");

		ActionPlan saved = ActionPlan.empty(token, "groupement_employeurs")
			.withStructures(List.of(new Structure("Les Amis du Quartier", null, null, null, 40, 3),
					new Structure("Sport pour Tous", null, null, null, null, 1)));
		plans.save(saved);
		String text = pdf("/questionnaire/" + token + "/plan/dossier", "dossier-structures").text();
		assertThat(text).contains("Structures concernées : Les Amis du Quartier (40 membres, 3 salariés) ; Sport pour Tous (1 salarié).")
			.contains("Le plan d’action Feuille de route suivie : Groupement d’employeurs. Pas encore de date visée. Étapes faites : 0 sur");
	}

	@Test
	void the_heaviest_journey_still_fits_one_page_with_every_open_question() throws Exception {
		Map<String, Object> answers = new LinkedHashMap<>();
		var questions = catalogs.current().questions();
		answers.put("integration", "ne_sait_pas");
		answers.put("partners", questions.stream().filter(q -> q.key().equals("partners")).findFirst().orElseThrow()
			.options().stream().map(option -> option.key()).toList());
		answers.put("purpose", questions.stream().filter(q -> q.key().equals("purpose")).findFirst().orElseThrow()
			.options().stream().map(option -> option.key()).toList());
		for (String unknown : List.of("essms_managers", "natural_persons", "legal_entity", "restructuring_scope", "surplus",
				"duration", "governance")) {
			answers.put(unknown, "ne_sait_pas");
		}
		answers.put("member_count", 12);
		answers.put("readiness", Map.of("besoins", "non", "volontariat", "non", "projet_conjoint", "non", "valeurs", "non",
				"objectifs", "non", "solidarite", "non", "qualite", "non"));
		String token = finished(answers);
		String longName = "Association intercommunale pour l’animation, la solidarité et l’éducation populaire des quartiers "
				+ "nord et de leurs communes voisines, réunies depuis 1987 autour d’un projet commun";
		plans.save(ActionPlan.empty(token, "")
			.withStructures(List.of(new Structure(longName + " 1", null, null, null, 1200, 45),
					new Structure(longName + " 2", null, null, null, 800, 30), new Structure(longName + " 3", null, null, null, 9999, 999),
					new Structure(longName + " 4", null, null, null, 15, 0))));

		Read file = pdf("/questionnaire/" + token + "/plan/dossier", "dossier-le-plus-lourd");
		assertThat(file.pages()).as("one page, whatever the answers").isEqualTo(1);
		assertThat(file.text()).contains("Les questions ouvertes")
			.contains("« Qui gère les établissements")
			.contains("Je ne sais pas")
			.contains("réunies depuis 1987 autour d’un projet commun 4 (15 membres, aucun salarié)")
			.contains("Les préalables à consolider");
	}

	@Test
	void the_plan_as_a_pdf_dates_the_steps_in_french_and_marks_the_ticked_ones() throws Exception {
		String token = merger();
		ActionPlan plan = ActionPlan.empty(token, "fusion").withTarget(LocalDate.of(2027, 6, 15))
			.withDone(Set.of("fusion.projet_arrete"));
		plans.save(plan);
		assertThat(new String(get("/questionnaire/" + token + "/plan").body()))
			.contains("href=\"/questionnaire/" + token + "/plan/pdf\"");

		Read read = pdf("/questionnaire/" + token + "/plan/pdf", "plan-d-action");
		assertThat(read.text()).startsWith("Mon plan d’action : Fusion d’associations")
			.contains("Date des assemblées générales qui votent la fusion : 15 juin 2027")
			.contains("1 étape faite sur")
			.contains("☑ Fait : Chaque conseil d’administration arrête le projet de fusion")
			.contains("Au plus tard le 15 avril 2027")
			.contains("Au moins 2 mois avant la date visée")
			.contains("☐ À faire : Publier l’avis de projet de fusion dans un journal d’annonces légales")
			.contains("Au plus tard le 16 mai 2027")
			.contains("Au moins 30 jours avant la date visée")
			.contains("Décret du 16 août 1901, art. 15-3")
			.contains("Qui décide")
			.contains("Ce que ce choix change")
			.contains("Code du travail, art. L1224-1")
			.contains("Qui contacter");
		// P8: the preparatory step of the joint project comes first
		assertThat(read.text().indexOf("Écrire ensemble une note d’intention commune"))
			.isLessThan(read.text().indexOf("Chaque conseil d’administration arrête"));
		assertThat(read.tagged()).isTrue();
		assertThat(read.title()).as("the title as the bundle types it").isEqualTo("Mon plan d’action\u202f: Fusion d’associations");
	}

	@Test
	void the_plan_follows_a_changed_answer_at_once_though_its_advice_is_kept_between_visits() throws Exception {
		String token = merger();
		assertThat(new String(get("/questionnaire/" + token + "/plan").body(), StandardCharsets.UTF_8))
			.contains("<strong>Fusion d’associations</strong>");
		assertThat(new String(get("/questionnaire/" + token + "/plan").body(), StandardCharsets.UTF_8))
			.contains("<strong>Fusion d’associations</strong>");

		TestJourneys.answer(journeys, token, "integration", new Answer.Choice("mutualiser"));
		assertThat(new String(get("/questionnaire/" + token + "/plan").body(), StandardCharsets.UTF_8))
			.doesNotContain("<strong>Fusion d’associations</strong>");
	}

	@Test
	void an_unknown_link_gets_the_french_404_page_and_an_unfinished_journey_goes_back_to_its_questions()
			throws Exception {
		for (String path : List.of("/plan/dossier", "/plan/pdf")) {
			HttpResponse<byte[]> unknown = get("/questionnaire/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" + path);
			assertThat(unknown.statusCode()).as(path).isEqualTo(404);
			assertThat(new String(unknown.body())).as(path).contains("Page introuvable").doesNotContain("Exception");
		}
		String started = journeys.start().token();
		HttpResponse<byte[]> unfinished = get("/questionnaire/" + started + "/plan/dossier");
		assertThat(unfinished.statusCode()).isEqualTo(303);
		assertThat(unfinished.headers().firstValue("Location").orElseThrow()).endsWith("/questionnaire/" + started);
	}
}
