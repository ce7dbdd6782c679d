package fr.capcooperation.admin;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import fr.capcooperation.advice.Advisor;
import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogContent.CooperationForm;
import fr.capcooperation.catalog.CatalogContent.Question;
import fr.capcooperation.catalog.CatalogService;
import fr.capcooperation.questionnaire.AnonymousJourney;

/** The statistics page (server-side SVG charts with their figures in tables) and the anonymous CSV export. */
@Controller
class StatisticsController {

	/** What French spreadsheets read as columns: semicolons, CRLF, quotes only where needed. */
	static final CSVFormat FRENCH_SPREADSHEET = CSVFormat.EXCEL.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
	/** Tells a spreadsheet that the file is UTF-8 (without it, accents come out garbled). */
	static final char BYTE_ORDER_MARK = '\uFEFF';
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final Statistics statistics;
	private final CatalogService catalogs;
	private final Advisor advisor;
	private final ItemTexts texts;
	private final Clock clock;

	StatisticsController(Statistics statistics, CatalogService catalogs, Advisor advisor, ItemTexts texts, Clock clock) {
		this.statistics = statistics;
		this.catalogs = catalogs;
		this.advisor = advisor;
		this.texts = texts;
		this.clock = clock;
	}

	@GetMapping("/admin/statistiques")
	String page(Model model) {
		model.addAttribute("report", statistics.report(LocalDate.now(clock.withZone(Statistics.PARIS))));
		return "admin/statistics";
	}

	/**
	 * Completed journeys: date, version, recommended form(s), then one column per question, in
	 * words (labels, form names), for a French spreadsheet: semicolons, a byte-order mark so that
	 * it reads UTF-8, quoting by Apache Commons CSV. No token, no id.
	 */
	@GetMapping("/admin/statistiques/resultats.csv")
	void csv(HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"cap-cooperation-resultats.csv\"");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		Catalog current = catalogs.current();
		PrintWriter out = response.getWriter();
		out.print(BYTE_ORDER_MARK);
		try (CSVPrinter csv = new CSVPrinter(out, FRENCH_SPREADSHEET)) {
			List<String> header = new ArrayList<>(List.of(texts.message("admin.csv.date"), texts.message("admin.csv.version"),
					texts.message("admin.csv.recommended")));
			current.questions().stream().map(Question::label).forEach(header::add);
			csv.printRecord(header.stream().map(StatisticsController::safe).toList());
			for (AnonymousJourney row : statistics.journeys()) {
				Instant completed = row.completedAt();
				if (completed == null) {
					continue;
				}
				Catalog catalog = row.catalog();
				List<String> cells = new ArrayList<>();
				cells.add(DAY.format(completed.atZone(Statistics.PARIS)));
				cells.add(Integer.toString(catalog.version()));
				cells.add(String.join(", ", statistics.recommended(row)
					.stream()
					.map(form -> catalog.form(form).map(CooperationForm::name).orElse(form))
					.toList()));
				for (Question question : current.questions()) {
					cells.add(row.answers().get(question.key()).map(answer -> advisor.answerText(catalog, question.key(), answer)).orElse(""));
				}
				csv.printRecord(cells.stream().map(StatisticsController::safe).toList());
			}
		}
	}

	/** A cell that a spreadsheet would read as a formula gets an apostrophe first. */
	static String safe(String cell) {
		return !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
	}
}
