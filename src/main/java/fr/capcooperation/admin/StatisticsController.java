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
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import fr.capcooperation.answers.AnswerJson;
import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogContent.Question;
import fr.capcooperation.catalog.CatalogService;
import fr.capcooperation.questionnaire.AnonymousJourney;

/** The statistics page (server-side SVG charts with their figures in tables) and the anonymous CSV export. */
@Controller
class StatisticsController {

	private final Statistics statistics;
	private final CatalogService catalogs;
	private final Clock clock;

	StatisticsController(Statistics statistics, CatalogService catalogs, Clock clock) {
		this.statistics = statistics;
		this.catalogs = catalogs;
		this.clock = clock;
	}

	@GetMapping("/admin/statistiques")
	String page(Model model) {
		model.addAttribute("report", statistics.report(LocalDate.now(clock.withZone(Statistics.PARIS))));
		return "admin/statistics";
	}

	/** Completed journeys: date, version, recommended form(s), then one column per question. No token, no id. */
	@GetMapping("/admin/statistiques/resultats.csv")
	void csv(HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"cap-cooperation-resultats.csv\"");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		Catalog current = catalogs.current();
		PrintWriter out = response.getWriter();
		List<String> header = new ArrayList<>(List.of("date", "version", "forme_recommandee"));
		current.questions().stream().map(Question::key).forEach(header::add);
		out.print(line(header));
		for (AnonymousJourney row : statistics.journeys()) {
			Instant completed = row.completedAt();
			if (completed == null) {
				continue;
			}
			List<String> cells = new ArrayList<>();
			cells.add(DateTimeFormatter.ISO_LOCAL_DATE.format(completed.atZone(Statistics.PARIS)));
			cells.add(Integer.toString(row.catalog().version()));
			cells.add(String.join("|", statistics.recommended(row)));
			for (Question question : current.questions()) {
				cells.add(row.answers().get(question.key()).map(answer -> text(AnswerJson.write(answer))).orElse(""));
			}
			out.print(line(cells));
		}
		out.flush();
	}

	private static String text(Object value) {
		if (value instanceof List<?> list) {
			return String.join("|", list.stream().map(String::valueOf).toList());
		}
		if (value instanceof Map<?, ?> map) {
			return String.join("|", map.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
		}
		return String.valueOf(value);
	}

	/** One CSV line (RFC 4180); a cell that a spreadsheet would read as a formula is prefixed with an apostrophe. */
	static String line(List<String> cells) {
		List<String> quoted = new ArrayList<>();
		for (String cell : cells) {
			String safe = !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
			quoted.add(safe.matches(".*[\",;\\r\\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe);
		}
		return String.join(",", quoted) + "\r\n";
	}
}
