package fr.capcooperation.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.capcooperation.catalog.CatalogContent.DocumentModel;
import fr.capcooperation.catalog.DocumentTemplate;
import fr.capcooperation.catalog.DocumentTemplate.Block;

/**
 * A document model filled with what the person typed, as a Word document (Apache POI): the
 * warning that it is a model to check with an adviser first, then the model's blocks. A value the
 * person did not type is left visibly « à compléter », never invented.
 */
@Component
class DraftDocuments {

	private static final String FONT = "Liberation Serif";

	/** The id of Word's built-in heading styles, followed by their level: {@code Heading1}, {@code Heading2}. */
	static final String HEADING = "Heading";

	private final MessageSource messages;

	DraftDocuments(MessageSource messages) {
		this.messages = messages;
	}

	/** The values of the placeholders, from « Vos structures », the target date and the form's name. */
	static Map<String, String> values(List<Structure> structures, @Nullable LocalDate target, LocalDate today,
			String formName) {
		Map<String, String> values = new HashMap<>();
		for (int i = 0; i < structures.size(); i++) {
			Structure structure = structures.get(i);
			String prefix = "structure" + (i + 1) + ".";
			put(values, prefix + "nom", structure.name());
			put(values, prefix + "adresse", structure.address());
			put(values, prefix + "representant", structure.representative());
			put(values, prefix + "qualite", structure.title());
			put(values, prefix + "membres", structure.members() == null ? null : String.valueOf(structure.members()));
			put(values, prefix + "salaries", structure.employees() == null ? null : String.valueOf(structure.employees()));
		}
		List<String> names = structures.stream().map(Structure::name).toList();
		if (!names.isEmpty()) {
			values.put("structures.noms", names.size() == 1 ? names.get(0)
					: String.join(", ", names.subList(0, names.size() - 1)) + " et " + names.get(names.size() - 1));
		}
		if (target != null) {
			values.put("date_visee", PlanDates.french(target));
		}
		values.put("date_du_jour", PlanDates.french(today));
		values.put("forme", formName);
		return values;
	}

	private static void put(Map<String, String> values, String key, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			values.put(key, value);
		}
	}

	byte[] docx(DocumentModel model, Map<String, String> values) {
		Function<String, String> missing = name -> "[" + message("plan.document.missing." + field(name),
				structureNumber(name)) + "]";
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.getProperties().getCoreProperties().setTitle(DocumentTemplate.fill(model.title(), values, missing));
			document.getProperties().getCoreProperties().setCreator(message("app.name"));
			headingStyles(document);
			XWPFParagraph warning = document.createParagraph();
			warning.setBorderTop(Borders.SINGLE);
			warning.setBorderBottom(Borders.SINGLE);
			warning.setBorderLeft(Borders.SINGLE);
			warning.setBorderRight(Borders.SINGLE);
			run(warning, message("plan.document.warning.title") + " ", 11, true);
			run(warning, message("plan.document.warning.text"), 11, false);
			for (Block block : DocumentTemplate.blocks(model.body())) {
				String text = DocumentTemplate.fill(block.text(), values, missing);
				XWPFParagraph paragraph = document.createParagraph();
				switch (block.kind()) {
					case TITLE -> {
						paragraph.setStyle(HEADING + 1);
						paragraph.setAlignment(ParagraphAlignment.CENTER);
						paragraph.setSpacingBefore(240);
						paragraph.setSpacingAfter(240);
						run(paragraph, text, 16, true);
					}
					case HEADING -> {
						paragraph.setStyle(HEADING + 2);
						paragraph.setSpacingBefore(200);
						paragraph.setKeepNext(true);
						run(paragraph, text, 12, true);
					}
					case ITEM -> {
						paragraph.setIndentationLeft(360);
						paragraph.setIndentationHanging(240);
						run(paragraph, "–\u00a0" + text, 11, false);
					}
					case PARAGRAPH -> run(paragraph, text, 11, false);
				}
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Word's built-in « heading 1 » and « heading 2 » (their ids and names as Word writes them),
	 * with their outline levels: the navigation pane, a table of contents and LibreOffice's
	 * headings (and the bookmarks of its PDF export) find the title and the sections. Their look
	 * stays on the runs, as before.
	 */
	private static void headingStyles(XWPFDocument document) {
		XWPFStyles styles = document.createStyles();
		for (int level = 1; level <= 2; level++) {
			CTStyle style = CTStyle.Factory.newInstance();
			style.setType(STStyleType.PARAGRAPH);
			style.setStyleId(HEADING + level);
			style.addNewName().setVal("heading " + level);
			style.addNewUiPriority().setVal(BigInteger.valueOf(9));
			style.addNewQFormat();
			CTPPrGeneral paragraph = style.addNewPPr();
			paragraph.addNewKeepNext();
			paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
			styles.addStyle(new XWPFStyle(style, styles));
		}
	}

	private static void run(XWPFParagraph paragraph, String text, int size, boolean bold) {
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(size);
		run.setBold(bold);
		run.setText(text);
	}

	private static String field(String placeholder) {
		int dot = placeholder.indexOf('.');
		return placeholder.startsWith("structure") && !placeholder.startsWith("structures.") && dot > 0
				? placeholder.substring(dot + 1) : placeholder;
	}

	private static String structureNumber(String placeholder) {
		return placeholder.startsWith("structure") && !placeholder.startsWith("structures.")
				? placeholder.substring("structure".length(), placeholder.indexOf('.')) : "";
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, Locale.FRANCE);
	}

	/** The file's name: the model's key and the date. */
	static String fileName(DocumentModel model, LocalDate today) {
		return model.key().replace('_', '-') + "-" + today + ".docx";
	}
}
