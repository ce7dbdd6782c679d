package fr.capcooperation.admin;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.capcooperation.advice.AnswerReader;
import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogService;
import fr.capcooperation.rules.Answer;
import fr.capcooperation.rules.Answers;
import fr.capcooperation.rules.FormAssessment;

/**
 * Figures on the respondents' journeys, anonymous (no token ever leaves this class): started
 * and completed per week, recommended forms, where unfinished journeys stopped, readiness weak
 * points. Read-only over {@code questionnaire_response}; each result is evaluated with the
 * catalogue version it was computed with.
 */
@Service
public class Statistics {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");
	static final int WEEKS = 12;
	static final int MAX_ROWS = 20_000;

	/** One bar of a chart: its label, its count and its share of the largest bar (0–100). */
	public record Bar(String label, long count, int percent) {
	}

	public record Week(LocalDate monday, long started, long completed) {
	}

	/** One anonymous journey: no token, no id. */
	public record Row(Instant createdAt, @Nullable Instant completedAt, int version, Map<String, Object> answers,
			@Nullable String lastQuestion) {
	}

	public record Report(List<Week> weeks, long maxWeek, List<Bar> recommended, List<Bar> dropOff, List<Bar> weakPoints,
			long started, long completed) {
	}

	private final JdbcTemplate jdbc;
	private final CatalogService catalogs;

	Statistics(JdbcTemplate jdbc, CatalogService catalogs) {
		this.jdbc = jdbc;
		this.catalogs = catalogs;
	}

	@Transactional(readOnly = true)
	public List<Row> rows() {
		return jdbc.query("SELECT created_at, completed_at, catalogue_version, answers, last_question FROM questionnaire_response "
				+ "ORDER BY created_at DESC", rs -> {
					List<Row> rows = new ArrayList<>();
					while (rs.next() && rows.size() < MAX_ROWS) {
						rows.add(new Row(rs.getTimestamp(1).toInstant(),
								rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant(), rs.getInt(3),
								parse(rs.getString(4)), rs.getString(5)));
					}
					return rows;
				});
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> parse(String json) {
		try {
			return ItemEditor.JSON.readValue(json, LinkedHashMap.class);
		}
		catch (RuntimeException ex) {
			return Map.of();
		}
	}

	/** The recommended form(s) of a completed journey, with its own catalogue version. */
	public List<String> recommended(Row row) {
		Optional<Catalog> catalog = catalogs.version(row.version());
		if (catalog.isEmpty()) {
			return List.of();
		}
		Answers answers = AnswerReader.readJson(catalog.get(), row.answers()).answers();
		return catalog.get().engine().evaluate(answers).recommended().stream().map(FormAssessment::form).toList();
	}

	@Transactional(readOnly = true)
	public Report report(LocalDate today) {
		List<Row> rows = rows();
		Catalog current = catalogs.current();
		// Weeks, Monday first, the last WEEKS weeks including this one.
		LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		Map<LocalDate, long[]> weeks = new TreeMap<>();
		for (int i = WEEKS - 1; i >= 0; i--) {
			weeks.put(thisMonday.minusWeeks(i), new long[2]);
		}
		Map<String, Long> recommended = new LinkedHashMap<>();
		Map<String, Long> dropOff = new LinkedHashMap<>();
		Map<String, Long> weak = new LinkedHashMap<>();
		long completed = 0;
		for (Row row : rows) {
			long[] started = weeks.get(monday(row.createdAt()));
			if (started != null) {
				started[0]++;
			}
			if (row.completedAt() != null) {
				completed++;
				long[] done = weeks.get(monday(row.completedAt()));
				if (done != null) {
					done[1]++;
				}
				List<String> forms = recommended(row);
				String label = forms.isEmpty() ? "" : String.join(" + ",
						forms.stream().map(key -> current.form(key).map(f -> f.name()).orElse(key)).toList());
				recommended.merge(label, 1L, Long::sum);
			}
			else {
				String last = row.lastQuestion() == null ? "" : current.question(row.lastQuestion()).map(q -> q.label())
					.orElse(row.lastQuestion());
				dropOff.merge(last, 1L, Long::sum);
			}
			Object readiness = row.answers().get("readiness");
			if (readiness instanceof Map<?, ?> levels) {
				levels.forEach((line, level) -> {
					if (!Answer.DONT_KNOW.equals(level) && !"oui".equals(level)) {
						String name = current.prerequisite(String.valueOf(line)).map(p -> p.label()).orElse(String.valueOf(line));
						weak.merge(name, 1L, Long::sum);
					}
				});
			}
		}
		List<Week> weekList = new ArrayList<>();
		weeks.forEach((monday, counts) -> weekList.add(new Week(monday, counts[0], counts[1])));
		long maxWeek = weekList.stream().mapToLong(Week::started).max().orElse(0);
		return new Report(weekList, maxWeek, bars(recommended), bars(dropOff), bars(weak), rows.size(), completed);
	}

	private static LocalDate monday(Instant instant) {
		return instant.atZone(PARIS).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	private static List<Bar> bars(Map<String, Long> counts) {
		long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
			.map(entry -> new Bar(entry.getKey(), entry.getValue(), (int) Math.round(100.0 * entry.getValue() / Math.max(1, max))))
			.toList();
	}
}
