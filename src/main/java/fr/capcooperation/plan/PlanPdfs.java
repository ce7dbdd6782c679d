package fr.capcooperation.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.capcooperation.advice.Advice;
import fr.capcooperation.catalog.CatalogContent.Question;
import fr.capcooperation.questionnaire.Journey;
import fr.capcooperation.rules.QuestionType;
import fr.capcooperation.web.PdfDocuments;

/**
 * The plan's two PDFs, typeset by {@link PdfDocuments}: the plan itself ({@code plan/plan-pdf.html},
 * the steps in order with their dates, who decides, the delays and references, ticked or not,
 * then the consequences and contacts) and the « Dossier pour votre accompagnateur »
 * ({@code plan/dossier.html}, one page to bring to a DLA or a federation: typeset in its roomy
 * type, and once more in its compact type when that takes more than a page). Both carry a link
 * and a QR code back to the page they come from.
 */
@Component
class PlanPdfs {

	private final PdfDocuments pdfs;
	private final MessageSource messages;

	PlanPdfs(PdfDocuments pdfs, MessageSource messages) {
		this.pdfs = pdfs;
		this.messages = messages;
	}

	/**
	 * The one-page file for an adviser; {@code plan} is the plan the person saved, if any (the form
	 * followed, the target date, the steps done), {@code structures} what they typed in « Vos
	 * structures ».
	 */
	byte[] adviserFile(Journey journey, Advice advice, @Nullable PlanView plan, List<Structure> structures,
			LocalDate today) {
		Set<String> checklists = journey.catalog().questions().stream()
			.filter(question -> question.type() == QuestionType.CHECKLIST)
			.map(Question::key)
			.collect(Collectors.toSet());
		AdviserFile file = AdviserFile.of(advice, checklists, new AdviserFile.Sayings() {
			@Override
			public String unknown(String question, String forms) {
				return messages.getMessage("plan.dossier.unknown", new Object[] { question, forms }, Locale.FRANCE);
			}

			@Override
			public String held(String forms, int count, String reason) {
				return messages.getMessage("plan.dossier.hold", new Object[] { forms, count, reason }, Locale.FRANCE);
			}
		});
		String online = pdfs.publicUrl() + "/questionnaire/" + journey.token() + "/resultat";
		Map<String, Object> variables = new HashMap<>();
		variables.put("journey", journey);
		variables.put("advice", advice);
		variables.put("file", file);
		variables.put("structures", structures.stream().map(this::structure).toList());
		variables.put("date", today);
		variables.put("onlineUrl", online);
		variables.put("qrCode", PdfDocuments.qrCode(online));
		if (plan != null) {
			variables.put("plan", plan);
		}
		variables.put("compact", false);
		byte[] roomy = pdfs.typeset("plan/dossier", variables);
		if (pages(roomy) == 1) {
			return roomy;
		}
		variables.put("compact", true);
		return pdfs.typeset("plan/dossier", variables);
	}

	/** « Télécharger le plan (PDF) »: the plan as the page shows it, to print or to send. */
	byte[] plan(Journey journey, PlanView plan, LocalDate today) {
		String online = pdfs.publicUrl() + "/questionnaire/" + journey.token() + "/plan";
		return pdfs.typeset("plan/plan-pdf", Map.of("journey", journey, "plan", plan, "date", today, "onlineUrl", online,
				"qrCode", PdfDocuments.qrCode(online)));
	}

	/** A partner as typed: its name, and its numbers of members and employees when given. */
	private String structure(Structure structure) {
		List<String> counts = new ArrayList<>();
		if (structure.members() != null) {
			counts.add(messages.getMessage("plan.dossier.structure.members", new Object[] { structure.members() }, Locale.FRANCE));
		}
		if (structure.employees() != null) {
			counts.add(messages.getMessage("plan.dossier.structure.employees", new Object[] { structure.employees() },
					Locale.FRANCE));
		}
		return counts.isEmpty() ? structure.name() : structure.name() + " (" + String.join(", ", counts) + ")";
	}

	private static int pages(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String fileName(String what, LocalDate date) {
		return "cap-cooperation-" + what + "-" + date + ".pdf";
	}
}
