package fr.capcooperation.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import fr.capcooperation.questionnaire.Journey;
import fr.capcooperation.questionnaire.Journeys;
import fr.capcooperation.questionnaire.TestJourneys;
import fr.capcooperation.rules.Answer;
import fr.capcooperation.web.PageText;

/** "Télécharger le PDF": the document read back says what the result page says. */
@SpringBootTest
@AutoConfigureMockMvc
class ResultPdfTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ResultPdf pdfs;

	@Autowired
	Journeys journeys;

	@Test
	void the_pdf_holds_the_recommendation_its_reasons_the_version_and_the_answers() throws Exception {
		String journey = ResultsTestSupport.finish(mvc, ResultsTestSupport.TRAINING_CENTRE);
		Document page = ResultsTestSupport.page(mvc, journey + "/resultat");
		assertThat(page.select("a[href$=/resultat/pdf]").text()).isEqualTo("Télécharger le PDF");

		MvcResult result = mvc.perform(get(journey + "/resultat/pdf")).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
		String today = LocalDate.now(ZoneId.of("Europe/Paris")).toString();
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.contains("attachment")
			.contains("cap-cooperation-resultat-" + today + ".pdf");

		// kept beside the screenshots, to look at (target/screenshots/result.pdf)
		Files.createDirectories(Path.of("target", "screenshots"));
		Files.write(Path.of("target", "screenshots", "result.pdf"), result.getResponse().getContentAsByteArray());
		try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			String text = stripper.getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("Groupement d’intérêt public (GIP)")
				.contains("La forme la plus adaptée")
				.contains("version 2 des règles")
				.contains("Vous avez répondu")
				.contains("Ce qui joue en sa faveur")
				.contains("Les formes écartées")
				.contains("Il faudrait par exemple")
				.contains("Prochaines étapes")
				.contains("3 points sur 7 à consolider")
				.contains("Références juridiques")
				.contains("Code de commerce, art. L251-1")
				.contains("Avant de décider")
				.contains("Vos réponses")
				.contains("Sans limite de durée")
				.contains("Vérifiez l’engagement de la collectivité");
			// the verdict first, then the consequences; the answers come later
			assertThat(text.indexOf("En bref")).isLessThan(text.indexOf("Ce que cela implique"));
			assertThat(text.indexOf("Ce que cela implique")).isLessThan(text.indexOf("Vos réponses"));
			assertThat(text).contains("Retrouver ce résultat en ligne");
			List<String> uris = pdf.getPage(0).getAnnotations().stream()
				.filter(a -> a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI)
				.map(a -> ((PDActionURI) ((PDAnnotationLink) a).getAction()).getURI())
				.toList();
			assertThat(uris).as("links in the PDF are absolute").allMatch(uri -> uri.startsWith("http://localhost:8080/"))
				.contains("http://localhost:8080" + journey + "/resultat");
			assertThat(pdf.getPage(0).getResources().getXObjectNames()).as("the QR code").isNotEmpty();
			// tagged for screen readers (PDF/UA): a structure tree, marked content, a language
			assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
			assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
			assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("fr");
			assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(PageText.inHtml("Cap Coopération : votre résultat"));
			assertThat(pdf.getDocumentInformation().getSubject()).as("a description, which PDF/UA requires")
				.startsWith("La forme de coopération qui convient");
			PDFont font = pdf.getPage(0).getResources().getFont(pdf.getPage(0).getResources().getFontNames().iterator().next());
			assertThat(font.getName()).contains("DejaVuSans");
			// French spacing reaches the paper: the narrow no-break space of « ? » and « : » typeset, not dropped
			assertThat(text).contains("\u202F?").contains("\u00A0:");
			assertThat(font.isEmbedded()).isTrue();
		}
	}

	@Test
	void a_finished_result_is_typeset_once_per_revision_and_a_browser_that_has_it_gets_a_304() throws Exception {
		String journey = ResultsTestSupport.finish(mvc, ResultsTestSupport.TRAINING_CENTRE);
		String token = journey.substring(journey.lastIndexOf('/') + 1);
		MvcResult first = mvc.perform(get(journey + "/resultat/pdf")).andReturn();
		String etag = first.getResponse().getHeader("ETag");
		assertThat(etag).isNotBlank();

		Journey finished = journeys.find(token).orElseThrow();
		ResultPdf.Rendered cached = pdfs.document(finished, () -> {
			throw new AssertionError("typeset a second time");
		}, LocalDate.now(ZoneId.of("Europe/Paris")));
		assertThat(cached.body()).isEqualTo(first.getResponse().getContentAsByteArray());
		assertThat(mvc.perform(get(journey + "/resultat/pdf").header("If-None-Match", etag))
			.andReturn().getResponse().getStatus()).isEqualTo(304);

		TestJourneys.answer(journeys, token, "duration", new Answer.Choice("determinee"));
		MvcResult changed = mvc.perform(get(journey + "/resultat/pdf")).andReturn();
		assertThat(changed.getResponse().getStatus()).isEqualTo(200);
		assertThat(changed.getResponse().getHeader("ETag")).isNotEqualTo(etag);
	}

	@Test
	void the_pdf_of_an_unfinished_journey_sends_back_to_the_questionnaire_and_an_unknown_link_is_a_404()
			throws Exception {
		String journey = mvc.perform(MockMvcRequestBuilders.post("/questionnaire")
			.with(SecurityMockMvcRequestPostProcessors.csrf()))
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(mvc.perform(get(journey + "/resultat/pdf")).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo(journey);
		assertThat(mvc.perform(get("/questionnaire/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/resultat/pdf"))
			.andReturn().getResponse().getStatus()).isEqualTo(404);
	}
}
