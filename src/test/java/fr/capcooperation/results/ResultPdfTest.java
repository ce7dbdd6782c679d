package fr.capcooperation.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.ZoneId;

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

/** "Télécharger le PDF": the document read back says what the result page says. */
@SpringBootTest
@AutoConfigureMockMvc
class ResultPdfTest {

	@Autowired
	MockMvc mvc;

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

		try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			String text = stripper.getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("Groupement d’intérêt public (GIP)")
				.contains("La forme la plus adaptée")
				.contains("version 2 des règles")
				.contains("Vous avez répondu")
				.contains("Ce qui joue en sa faveur")
				.contains("Pourquoi elle est écartée")
				.contains("Ce qu’il faudrait changer")
				.contains("Prochaines étapes")
				.contains("3 points sur 7 à consolider")
				.contains("Références juridiques")
				.contains("Code de commerce, art. L251-1")
				.contains("Avant de décider")
				.contains("Vos réponses")
				.contains("Sans limite de durée")
				.contains("Vérifiez l’engagement de la collectivité");
			PDAnnotationLink link = pdf.getPage(0).getAnnotations().stream()
				.filter(a -> a instanceof PDAnnotationLink)
				.map(a -> (PDAnnotationLink) a).findFirst().orElseThrow();
			assertThat(((PDActionURI) link.getAction()).getURI())
				.as("links in the PDF are absolute").startsWith("http://localhost:8080/glossaire#");
			PDFont font = pdf.getPage(0).getResources().getFont(pdf.getPage(0).getResources().getFontNames().iterator().next());
			assertThat(font.getName()).contains("DejaVuSans");
			assertThat(font.isEmbedded()).isTrue();
		}
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
