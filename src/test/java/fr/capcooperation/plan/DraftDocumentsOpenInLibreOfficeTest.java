package fr.capcooperation.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.ResourceBundleMessageSource;

import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogContent.DocumentModel;
import fr.capcooperation.catalog.CatalogReader;

/**
 * A generated merger treaty opens in LibreOffice: converted to PDF by {@code soffice --headless},
 * it holds the model warning, the partners' names and the mandatory mentions. Skipped, saying so,
 * where LibreOffice is not installed ({@code .ci/run} installs it).
 */
class DraftDocumentsOpenInLibreOfficeTest {

	private static final File SOFFICE = new File("/usr/bin/soffice");

	private static final DocumentModel TREATY = new Catalog(2, Instant.EPOCH, CatalogReader.seedV2()).plan()
		.model("traite_fusion")
		.orElseThrow();

	private static final List<Structure> PARTNERS = List.of(
			new Structure("Les Amis du Quartier", "3 rue des Lilas, 69001 Lyon", "Claire Martin", "présidente", 120, 4),
			new Structure("Sport pour Tous", "12 avenue Jean Jaurès, 69007 Lyon", "Karim Benali", "président", 85, 2));

	private static final DraftDocuments DOCUMENTS = documents();

	static DraftDocuments documents() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/messages", "messages/plan");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new DraftDocuments(messages);
	}

	/** Also what {@link DraftDocumentBenchmark} measures. */
	static byte[] mergerTreaty() {
		return DOCUMENTS.docx(TREATY,
				DraftDocuments.values(PARTNERS, LocalDate.of(2027, 6, 15), LocalDate.of(2027, 1, 4), "Fusion d’associations"));
	}

	@Test
	void a_generated_merger_treaty_opens_in_libreoffice_with_the_warning_the_names_and_the_mandatory_mentions(
			@TempDir Path dir) throws Exception {
		Assumptions.assumeTrue(SOFFICE.canExecute(),
				"LibreOffice is not installed (/usr/bin/soffice): the conversion check is skipped; .ci/run installs it");
		Path docx = dir.resolve("traite-fusion.docx");
		Files.write(docx, mergerTreaty());
		Process soffice = new ProcessBuilder(SOFFICE.getPath(), "--headless", "-env:UserInstallation=file://" + dir.resolve("profile"),
				"--convert-to", "pdf", "--outdir", dir.toString(), docx.toString())
			.redirectErrorStream(true)
			.redirectOutput(dir.resolve("soffice.log").toFile())
			.start();
		assertThat(soffice.waitFor(120, TimeUnit.SECONDS)).as("LibreOffice finished within two minutes").isTrue();
		Path pdf = dir.resolve("traite-fusion.pdf");
		assertThat(pdf).exists();
		// Kept for a person to look at (target/ is never committed).
		Files.createDirectories(Path.of("target/screenshots"));
		Files.copy(pdf, Path.of("target/screenshots/traite-fusion.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Modèle à vérifier avant usage.")
				.contains("Les Amis du Quartier")
				.contains("Sport pour Tous")
				.contains("Motifs, buts et conditions de l’opération")
				.contains("Désignation et évaluation de l’actif et du passif")
				.contains("Date d’effet de l’opération")
				.contains("15 juin 2027");
			// LibreOffice read the headings: its PDF export turns them into bookmarks
			PDDocumentOutline outline = document.getDocumentCatalog().getDocumentOutline();
			assertThat(outline).as("bookmarks made from the headings").isNotNull();
			List<String> titles = new ArrayList<>();
			outline.children().forEach(item -> {
				titles.add(item.getTitle());
				item.children().forEach(child -> titles.add(child.getTitle()));
			});
			assertThat(titles).contains("Projet de traité de fusion")
				.contains("2. Motifs, buts et conditions de l’opération");
		}
	}

	@Test
	void the_title_and_the_sections_are_word_headings_with_their_outline_levels() throws Exception {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(mergerTreaty()))) {
			XWPFParagraph title = document.getParagraphs().stream()
				.filter(paragraph -> paragraph.getText().startsWith("Projet de traité de fusion"))
				.findFirst().orElseThrow();
			XWPFParagraph section = document.getParagraphs().stream()
				.filter(paragraph -> paragraph.getText().equals("2. Motifs, buts et conditions de l’opération"))
				.findFirst().orElseThrow();
			assertThat(title.getStyle()).isEqualTo("Heading1");
			assertThat(section.getStyle()).isEqualTo("Heading2");
			assertThat(document.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
			assertThat(document.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
			assertThat(document.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal()).isZero();
			assertThat(document.getStyles().getStyle("Heading2").getCTStyle().getPPr().getOutlineLvl().getVal())
				.isEqualTo(BigInteger.ONE);
			assertThat(document.getParagraphs().get(0).getStyle()).as("the warning is body text").isNull();
		}
	}
}
