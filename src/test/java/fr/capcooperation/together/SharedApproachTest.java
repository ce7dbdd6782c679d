package fr.capcooperation.together;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.capcooperation.catalog.SeedCatalog;
import fr.capcooperation.questionnaire.Journeys;
import fr.capcooperation.questionnaire.TestJourneys;
import fr.capcooperation.together.SharedApproach.Respondent;
import fr.capcooperation.web.PageText;

/**
 * A shared approach through its pages: the coordinator creates it and gets a link per partner,
 * each link walks the questionnaire, the synthesis shows the divergences that change the result,
 * the privacy setting decides what partners see, and answers, partners and the whole approach
 * can be deleted.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SharedApproachTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	SharedApproaches approaches;

	@Autowired
	Journeys journeys;

	@Autowired
	ApproachRetention retention;

	@Autowired
	JdbcTemplate jdbc;

	static Map<String, Object> poolingMeans() {
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put("integration", "mutualiser");
		answers.put("partners", List.of("associations"));
		answers.put("member_count", 3);
		answers.put("legal_entity", "non");
		answers.put("purpose", List.of("moyens"));
		answers.put("surplus", "reinvestis");
		answers.put("duration", "indeterminee");
		answers.put("governance", "une_voix");
		answers.put("readiness", new LinkedHashMap<>(Map.of("besoins", "oui", "volontariat", "oui", "projet_conjoint",
				"oui", "valeurs", "oui", "objectifs", "oui", "solidarite", "oui", "qualite", "oui")));
		return answers;
	}

	/** Answers a respondent's journey through the questionnaire module's API, as its pages do. */
	void answer(Respondent respondent, Map<String, Object> json) {
		String journey = approaches.journeyOf(respondent);
		SeedCatalog.answers(SeedCatalog.VERSION_2, json)
			.asMap()
			.forEach((key, answer) -> TestJourneys.answer(journeys, journey, key, answer));
	}

	Document page(String url) throws Exception {
		MvcResult result = mvc.perform(get(url)).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	SharedApproach threePartners(boolean partnersSeeAnswers) {
		return approaches.create("Rapprochement des centres sociaux",
				List.of("Maison des jeunes", "Centre social Nord", "Foyer rural"), 1, partnersSeeAnswers);
	}

	/** Three partners: one wants to pool means, one to merge, one pools too but thinks the values are not shared yet. */
	SharedApproach threePartnersWhoDisagreeOnTheDegree(boolean partnersSeeAnswers) {
		SharedApproach approach = threePartners(partnersSeeAnswers);
		Map<String, Object> merge = poolingMeans();
		merge.put("integration", "fusionner");
		Map<String, Object> notYet = poolingMeans();
		@SuppressWarnings("unchecked")
		Map<String, String> readiness = (Map<String, String>) notYet.get("readiness");
		readiness.put("valeurs", "non");
		answer(approach.partners().get(0).respondents().get(0), poolingMeans());
		answer(approach.partners().get(1).respondents().get(0), merge);
		answer(approach.partners().get(2).respondents().get(0), notYet);
		return approaches.findByCoordinator(approach.coordinatorToken()).orElseThrow();
	}

	@Test
	void aCoordinatorCreatesAnApproachAndGetsOneLinkPerPartner() throws Exception {
		MvcResult created = mvc.perform(post("/ensemble").with(csrf())
			.param("name", "Rapprochement des centres sociaux")
			.param("partners", "Maison des jeunes\n  Centre social Nord \n\nFoyer rural\n")
			.param("links", "2")
			.param("partnersSeeAnswers", "false")).andReturn();
		String location = created.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/ensemble/coordination/");
		String token = location.substring("/ensemble/coordination/".length(), location.indexOf('?'));

		Document page = page("/ensemble/coordination/" + token);
		assertThat(page.select("h3").eachText()).contains("Maison des jeunes", "Centre social Nord", "Foyer rural");
		assertThat(page.select(".together-links code").eachText()).hasSize(6)
			.allMatch(link -> link.matches("http://localhost:8080/ensemble/lien/[A-Za-z0-9_-]{43}"))
			.doesNotHaveDuplicates();
		assertThat(page.select(".together-links .tag").eachText()).containsOnly("Pas encore commencé");
	}

	@Test
	void badInputIsSaidNextToItsFieldAndWhatWasTypedIsKept() throws Exception {
		MvcResult refused = mvc.perform(post("/ensemble").with(csrf())
			.param("name", " ")
			.param("partners", "Maison des jeunes\nmaison des jeunes")
			.param("links", "12")).andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		Document page = Jsoup.parse(refused.getResponse().getContentAsString());
		assertThat(page.select("#name-error").text()).contains("Donnez un nom à la démarche.");
		assertThat(page.select("#partners-error").text()).contains("Deux structures portent le même nom");
		assertThat(page.select("#links-error").text()).contains("entre 1 et 10");
		assertThat(page.select("#partners").text()).contains("Maison des jeunes");
		assertThat(page.select(".error-summary a[href=#partners]")).hasSize(1);
		assertThat(page.select("#partners").attr("aria-describedby")).contains("partners-error");

		Document alone = Jsoup.parse(mvc.perform(post("/ensemble").with(csrf()).param("name", "Seul").param("partners", "Une seule"))
			.andReturn().getResponse().getContentAsString());
		assertThat(alone.select("#partners-error").text()).contains("au moins deux structures");
	}

	@Test
	void eachLinkWalksTheQuestionnaireInAJourneyOfItsOwn() throws Exception {
		SharedApproach approach = threePartners(false);
		Respondent first = approach.partners().get(0).respondents().get(0);
		Document welcome = page("/ensemble/lien/" + first.token());
		assertThat(welcome.select("h1").text()).isEqualTo("Vous répondez pour Maison des jeunes");

		String journey = mvc.perform(post("/ensemble/lien/" + first.token() + "/repondre").with(csrf()))
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(journey).matches("/questionnaire/[A-Za-z0-9_-]{43}");
		String again = mvc.perform(post("/ensemble/lien/" + first.token() + "/repondre").with(csrf()))
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(again).as("the same link resumes the same journey").isEqualTo(journey);
		mvc.perform(post(journey + "/questions/integration").with(csrf()).param("integration", "mutualiser"));
		assertThat(page("/ensemble/lien/" + first.token()).select("p").eachText()).contains("Où vous en êtes\u202f: En cours");
		String second = mvc.perform(post("/ensemble/lien/" + approach.partners().get(1).respondents().get(0).token() + "/repondre")
			.with(csrf())).andReturn().getResponse().getRedirectedUrl();
		assertThat(second).isNotEqualTo(journey);
	}

	@Test
	void theCoordinatorSeesTheDegreeOfRapprochementFirstWhenPartnersDisagreeOnIt() throws Exception {
		SharedApproach approach = threePartnersWhoDisagreeOnTheDegree(false);

		Document synthesis = page("/ensemble/coordination/" + approach.coordinatorToken() + "/synthese");
		assertThat(synthesis.select(".together-discussion h3").first().text()).isEqualTo(PageText.of("Quel degré de rapprochement recherchez-vous ?"));
		assertThat(synthesis.select(".together-discussion").first().text()).contains("Centre social Nord", "Fusion d’associations",
				"Maison des jeunes, Foyer rural", "Convention de mutualisation");
		assertThat(synthesis.select(".together-prerequisite--weak").text()).contains("Fragile pour le groupe");
		assertThat(synthesis.select("#alone-title + .table-wrapper tbody tr").eachText()).hasSize(3);
		assertThat(synthesis.select(".together-question--divergent h3").eachText()).contains(PageText.of("Quel degré de rapprochement recherchez-vous ?"));
		assertThat(synthesis.text()).contains(PageText.of("Tant que vous n’êtes pas d’accord sur « Quel degré de rapprochement recherchez-vous ? »"));
	}

	@Test
	void theMeetingModeShowsOneDivergenceAtATimeInTheOrderOfTheQuestionsToDiscussFirst() throws Exception {
		SharedApproach approach = threePartnersWhoDisagreeOnTheDegree(true);
		String meeting = "/ensemble/coordination/" + approach.coordinatorToken() + "/reunion";
		Synthesis synthesis = approaches.synthesis(approach);
		int screens = 1 + synthesis.diagnosis().toDiscuss().size() + 1 + 1;

		Document opening = page(meeting);
		assertThat(opening.select("link[rel=stylesheet]").eachAttr("href")).contains("/css/presentation.css");
		assertThat(opening.select("script").eachAttr("src")).contains("/js/presentation.js");
		assertThat(opening.select("main[data-deck]").attr("data-last")).isEqualTo(meeting + "?n=" + screens);
		assertThat(opening.select("h1").text()).isEqualTo("Rapprochement des centres sociaux");
		assertThat(opening.select(".slide__body").text()).contains("3 personnes sur 3 ont répondu",
				"Maison des jeunes, Centre social Nord, Foyer rural", "Convention de partenariat");
		assertThat(opening.select(".slide__number").text()).isEqualTo("Écran 1 / " + screens);
		assertThat(opening.select("a[rel=prev]")).isEmpty();
		assertThat(opening.select("a[rel=next]").attr("href")).isEqualTo(meeting + "?n=2");

		Document first = page(meeting + "?n=2");
		assertThat(first.select("h1").text()).isEqualTo("«\u202fQuel degré de rapprochement recherchez-vous\u202f?\u202f»");
		assertThat(first.select(".slide__kicker").text()).isEqualTo("Question à discuter 1 sur " + synthesis.diagnosis().toDiscuss().size());
		assertThat(first.select(".meeting__variant")).hasSize(2);
		assertThat(first.select(".meeting__variant").get(0).text()).contains("Maison des jeunes, Foyer rural", "Convention de mutualisation");
		assertThat(first.select(".meeting__variant").get(1).text()).contains("Centre social Nord", "Fusion d’associations");
		assertThat(first.select("a[rel=prev]").attr("href")).isEqualTo(meeting + "?n=1");
		assertThat(first.select(".slide__number").text()).isEqualTo("Écran 2 / " + screens);

		Document prerequisites = page(meeting + "?n=" + (screens - 1));
		assertThat(prerequisites.select(".meeting__prerequisite--weak").text()).contains("Fragile pour le groupe", "Foyer rural");
		Document closing = page(meeting + "?n=" + screens);
		assertThat(closing.select("h1").text()).isEqualTo(PageText.of("Et maintenant ?"));
		assertThat(closing.select("a[rel=next]")).isEmpty();
		assertThat(page(meeting + "?n=99").select(".slide__number").text()).as("past the end: the last screen")
			.isEqualTo("Écran " + screens + " / " + screens);
		assertThat(page(meeting + "?n=abc").select(".slide__number").text()).isEqualTo("Écran 1 / " + screens);
	}

	@Test
	void inTheMeetingPartnersSeeOnlyHowManyGiveEachAnswerWhenTheCoordinatorChoseTheSynthesisOnly() throws Exception {
		SharedApproach approach = threePartnersWhoDisagreeOnTheDegree(false);

		Document first = page("/ensemble/coordination/" + approach.coordinatorToken() + "/reunion?n=2");
		assertThat(first.select(".meeting__variant").text()).contains("2 partenaires", "un partenaire")
			.doesNotContain("Maison des jeunes", "Centre social Nord", "Foyer rural");
		assertThat(page("/ensemble/coordination/" + approach.coordinatorToken() + "/reunion").text())
			.contains("ne montrer que la synthèse");
	}

	@Test
	void ifThePartnersSettleOnAMergerTheSharedRecommendationBecomesAMergerOfAssociationsAndNobodysAnswersChange() throws Exception {
		SharedApproach approach = threePartnersWhoDisagreeOnTheDegree(true);
		String synthesisPage = "/ensemble/coordination/" + approach.coordinatorToken() + "/synthese";
		Document synthesis = page(synthesisPage);
		String whatIfMerger = synthesis.select(".together-discussion").first().select(".together-variant__what-if a").get(1).attr("href");
		assertThat(whatIfMerger).isEqualTo(synthesisPage + "?question=integration&reponse=2#et-si");

		Document settled = page(synthesisPage + "?question=integration&reponse=2");
		assertThat(settled.select("#et-si h4").text()).contains("Et si vous retenez tous", "Ne plus former qu’une seule structure");
		assertThat(settled.select("#et-si .together-what-if__result").text()).contains("Fusion d’associations");
		assertThat(settled.select("#et-si .together-what-if__changes").text()).contains("Deviendrait recommandée : Fusion d’associations");
		assertThat(settled.select("#shared-title + p + .together-forms").text()).as("the shared recommendation stays").contains("Convention de partenariat")
			.doesNotContain("Fusion");
		assertThat(approaches.synthesis(approach).diagnosis().shared().has("integration")).as("nothing saved").isFalse();

		Document meeting = page("/ensemble/coordination/" + approach.coordinatorToken() + "/reunion?n=2&reponse=2");
		assertThat(meeting.select("#et-si h2").text()).contains("Ne plus former qu’une seule structure");
		assertThat(meeting.select("#et-si").text()).contains("Fusion d’associations", "rien n’est enregistré");
		assertThat(meeting.select(".together-what-if__close").attr("href")).endsWith("/reunion?n=2");

		assertThat(page(synthesisPage + "?question=integration&reponse=9").select("#et-si")).as("no such answer").isEmpty();
		assertThat(page(synthesisPage + "?question=surplus&reponse=1").select("#et-si")).as("not in dispute").isEmpty();
	}

	String pdfText(SharedApproach approach) throws Exception {
		return pdfText("/ensemble/coordination/" + approach.coordinatorToken() + "/diagnostic.pdf");
	}

	String pdfText(String url) throws Exception {
		MvcResult result = mvc.perform(get(url)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains("cap-cooperation-diagnostic-partage-");
		try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
			assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(PageText.inHtml("Diagnostic partagé : Rapprochement des centres sociaux"));
			assertThat(pdf.getDocumentInformation().getSubject()).contains("recommandation commune");
			return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
		}
	}

	@Test
	void theSharedDiagnosisPdfNamesEachPartnersAnswersOnlyWhenTheCoordinatorAllowedIt() throws Exception {
		String named = pdfText(threePartnersWhoDisagreeOnTheDegree(true));
		assertThat(named).contains("Ce document montre les réponses de chaque partenaire, nommément",
				"3 personnes sur 3 ont répondu", "Maison des jeunes", "Les questions à discuter en premier",
				PageText.inHtml("Quel degré de rapprochement recherchez-vous ?"), "Maison des jeunes, Foyer rural",
				"Fusion d’associations", "Ce que recommandent vos réponses communes", "Fragile pour le groupe",
				PageText.inHtml("pas réuni pour : Foyer rural"),
				"Établi le");

		SharedApproach hidden = threePartnersWhoDisagreeOnTheDegree(false);
		String synthesisOnly = pdfText(hidden);
		assertThat(synthesisOnly).contains("Ce document ne montre que la synthèse", "2 partenaires", "Foyer rural",
				"Fusion d’associations", "Fragile pour le groupe")
			.doesNotContain("Maison des jeunes, Foyer rural", "pas réuni pour", "Forme recommandée");
		assertThat(pdfText("/ensemble/lien/" + hidden.partners().get(0).respondents().get(0).token() + "/diagnostic.pdf"))
			.as("a partner downloads the same document").contains("Ce document ne montre que la synthèse", "2 partenaires")
			.doesNotContain("Maison des jeunes, Foyer rural");
	}

	@Test
	void aRespondentWhoFinishesFindsTheWayBackToTheApproachOnTheResultPage() throws Exception {
		SharedApproach approach = threePartnersWhoDisagreeOnTheDegree(true);
		Respondent respondent = approach.partners().get(2).respondents().get(0);
		String journey = approaches.journeyOf(respondent);
		TestJourneys.complete(journeys, journey);

		Document result = page("/questionnaire/" + journey + "/resultat");
		assertThat(result.select(".together-result-link").text()).contains("Vous avez répondu pour Foyer rural",
				"Rapprochement des centres sociaux");
		assertThat(result.select(".together-result-link a").eachAttr("href")).containsExactly(
				"/ensemble/lien/" + respondent.token() + "/synthese", "/ensemble/lien/" + respondent.token());

		String alone = TestJourneys.answered(journeys);
		TestJourneys.complete(journeys, alone);
		assertThat(page("/questionnaire/" + alone + "/resultat").select(".together-result-link")).as("a journey of its own")
			.isEmpty();
	}

	@Test
	void partnersSeeOnlyTheSynthesisUnlessTheCoordinatorAllowsTheirAnswers() throws Exception {
		SharedApproach approach = threePartners(false);
		Map<String, Object> merge = poolingMeans();
		merge.put("integration", "fusionner");
		answer(approach.partners().get(0).respondents().get(0), poolingMeans());
		answer(approach.partners().get(1).respondents().get(0), merge);
		String respondentSynthesis = "/ensemble/lien/" + approach.partners().get(2).respondents().get(0).token() + "/synthese";

		Document hidden = page(respondentSynthesis);
		assertThat(hidden.select(".together-discussion")).isNotEmpty();
		assertThat(hidden.select(".together-discussion").text()).doesNotContain("Maison des jeunes", "Centre social Nord")
			.contains("un partenaire");
		assertThat(hidden.select("#answers-title, #alone-title")).isEmpty();

		mvc.perform(post("/ensemble/coordination/" + approach.coordinatorToken() + "/confidentialite").with(csrf())
			.param("partnersSeeAnswers", "true"));
		Document shown = page(respondentSynthesis);
		assertThat(shown.select(".together-discussion").text()).contains("Maison des jeunes", "Centre social Nord");
		assertThat(shown.select("#answers-title")).hasSize(1);
	}

	@Test
	void aPartnerDeletesItsOwnAnswersAndItsLinkStartsAfresh() throws Exception {
		SharedApproach approach = threePartners(true);
		Respondent respondent = approach.partners().get(0).respondents().get(0);
		answer(respondent, poolingMeans());
		String journey = approaches.findByRespondent(respondent.token()).flatMap(a -> a.respondent(respondent.token()))
			.map(Respondent::journeyToken).orElseThrow();

		assertThat(page("/ensemble/lien/" + respondent.token() + "/supprimer").select("form[method=post] input[name=_csrf]")).hasSize(1);
		String back = mvc.perform(post("/ensemble/lien/" + respondent.token() + "/supprimer").with(csrf()))
			.andReturn().getResponse().getRedirectedUrl();

		assertThat(journeys.find(journey)).isEmpty();
		Document welcome = page(back);
		assertThat(welcome.text()).contains("Vos réponses sont supprimées", "Pas encore commencé");
		assertThat(approaches.synthesis(approaches.findByCoordinator(approach.coordinatorToken()).orElseThrow()).answered()).isZero();
	}

	@Test
	void answersDeletedFromTheResultPageLeaveTheirLink() {
		SharedApproach approach = threePartners(true);
		Respondent respondent = approach.partners().get(0).respondents().get(0);
		answer(respondent, poolingMeans());
		String journey = approaches.findByRespondent(respondent.token()).flatMap(a -> a.respondent(respondent.token()))
			.map(Respondent::journeyToken).orElseThrow();
		journeys.delete(journey);
		assertThat(approaches.findByRespondent(respondent.token()).flatMap(a -> a.respondent(respondent.token()))
			.map(Respondent::journeyToken)).isEmpty();
	}

	@Test
	void deletingTheApproachDeletesItsLinksAndEveryAnswer() throws Exception {
		SharedApproach approach = threePartners(true);
		Respondent respondent = approach.partners().get(1).respondents().get(0);
		answer(respondent, poolingMeans());
		String journey = approaches.journeyOf(approaches.findByRespondent(respondent.token()).orElseThrow()
			.respondent(respondent.token()).orElseThrow());

		assertThat(page("/ensemble/coordination/" + approach.coordinatorToken() + "/supprimer").text()).contains("définitivement");
		String location = mvc.perform(post("/ensemble/coordination/" + approach.coordinatorToken() + "/supprimer").with(csrf()))
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(page(location).select("h1").text()).isEqualTo("La démarche est supprimée");

		assertThat(journeys.find(journey)).isEmpty();
		assertThat(mvc.perform(get("/ensemble/lien/" + respondent.token())).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/ensemble/coordination/" + approach.coordinatorToken())).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(jdbc.queryForObject("select count(*) from shared_approach_respondent r join shared_approach_partner p"
				+ " on p.id = r.partner_id where p.approach_id = ?", Integer.class, approach.id())).isZero();
	}

	@Test
	void theCoordinatorAddsAndRemovesPartnersAndLinks() throws Exception {
		SharedApproach approach = threePartners(true);
		String base = "/ensemble/coordination/" + approach.coordinatorToken();
		mvc.perform(post(base + "/partenaires").with(csrf()).param("name", "Épicerie solidaire").param("links", "3"));
		MvcResult twice = mvc.perform(post(base + "/partenaires").with(csrf()).param("name", "foyer rural").param("links", "1"))
			.andReturn();
		assertThat(twice.getResponse().getStatus()).isEqualTo(400);
		assertThat(Jsoup.parse(twice.getResponse().getContentAsString()).select("#partner-name-error").text())
			.contains("même nom");

		SharedApproach now = approaches.findByCoordinator(approach.coordinatorToken()).orElseThrow();
		assertThat(now.partners()).extracting(SharedApproach.Partner::name).endsWith("Épicerie solidaire");
		assertThat(now.partners().get(3).respondents()).hasSize(3);
		mvc.perform(post(base + "/partenaires/" + now.partners().get(0).id() + "/liens").with(csrf()));
		Respondent removed = now.partners().get(2).respondents().get(0);
		answer(removed, poolingMeans());
		mvc.perform(post(base + "/partenaires/" + now.partners().get(2).id() + "/supprimer").with(csrf()));

		SharedApproach after = approaches.findByCoordinator(approach.coordinatorToken()).orElseThrow();
		assertThat(after.partners()).extracting(SharedApproach.Partner::name)
			.containsExactly("Maison des jeunes", "Centre social Nord", "Épicerie solidaire");
		assertThat(after.partners().get(0).respondents()).hasSize(2);
		assertThat(mvc.perform(get("/ensemble/lien/" + removed.token())).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void anApproachNobodyOpenedForAYearIsDeletedWithItsAnswers() {
		SharedApproach approach = threePartners(true);
		Respondent respondent = approach.partners().get(0).respondents().get(0);
		answer(respondent, poolingMeans());
		String journey = approaches.findByRespondent(respondent.token()).flatMap(a -> a.respondent(respondent.token()))
			.map(Respondent::journeyToken).orElseThrow();
		jdbc.update("update shared_approach set last_opened_at = ? where id = ?",
				Timestamp.from(Instant.now().minus(400, ChronoUnit.DAYS)), approach.id());

		assertThat(retention.purge(Instant.now())).isGreaterThanOrEqualTo(1);
		assertThat(approaches.findByCoordinator(approach.coordinatorToken())).isEmpty();
		assertThat(journeys.find(journey)).isEmpty();
	}

	@Test
	void thirtyPartnersWithThreeLinksEachAreCreatedInOneRequest() throws Exception {
		StringBuilder partners = new StringBuilder();
		for (int i = 1; i <= 30; i++) {
			partners.append("Association ").append(i).append('\n');
		}
		MvcResult created = mvc.perform(post("/ensemble").with(csrf()).param("name", "Trente structures")
			.param("partners", partners.toString()).param("links", "3")).andReturn();
		String location = created.getResponse().getRedirectedUrl();
		String token = location.substring("/ensemble/coordination/".length(), location.indexOf('?'));
		assertThat(approaches.findByCoordinator(token).orElseThrow().respondentCount()).isEqualTo(90);

		partners.append("Association 31\n");
		assertThat(mvc.perform(post("/ensemble").with(csrf()).param("name", "Trente et une").param("partners", partners.toString()))
			.andReturn().getResponse().getStatus()).isEqualTo(400);
	}
}
