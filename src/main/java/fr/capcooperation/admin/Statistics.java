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
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogService;
import fr.capcooperation.questionnaire.AnonymousJourney;
import fr.capcooperation.questionnaire.AnonymousJourneys;
import fr.capcooperation.rules.FormAssessment;
import fr.capcooperation.rules.Readiness;
import fr.capcooperation.rules.Recommendation;

/**
 * Figures on the respondents' journeys, anonymous (no token ever leaves this class): started
 * and completed per week, recommended forms, where unfinished journeys stopped, readiness weak
 * points. The journeys come through the questionnaire module's {@link AnonymousJourneys}; each
 * is evaluated with its own catalogue version, by the engine (which says what a weak point is).
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

	public record Report(List<Week> weeks, long maxWeek, List<Bar> recommended, List<Bar> dropOff, List<Bar> weakPoints,
			long started, long completed) {
	}

	private final AnonymousJourneys journeys;
	private final CatalogService catalogs;

	Statistics(AnonymousJourneys journeys, CatalogService catalogs) {
		this.journeys = journeys;
		this.catalogs = catalogs;
	}

	/** The latest journeys, without their token (at most {@link #MAX_ROWS}). */
	public List<AnonymousJourney> journeys() {
		return journeys.latest(MAX_ROWS);
	}

	/** The recommended form(s) of a completed journey, with its own catalogue version. */
	public List<String> recommended(AnonymousJourney journey) {
		return recommended(evaluate(journey));
	}

	private static Recommendation evaluate(AnonymousJourney journey) {
		return journey.catalog().engine().evaluate(journey.answers());
	}

	private static List<String> recommended(Recommendation recommendation) {
		return recommendation.recommended().stream().map(FormAssessment::form).toList();
	}

	public Report report(LocalDate today) {
		List<AnonymousJourney> rows = journeys();
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
		for (AnonymousJourney row : rows) {
			Recommendation recommendation = evaluate(row);
			long[] started = weeks.get(monday(row.startedAt()));
			if (started != null) {
				started[0]++;
			}
			if (row.completedAt() != null) {
				completed++;
				long[] done = weeks.get(monday(row.completedAt()));
				if (done != null) {
					done[1]++;
				}
				List<String> forms = recommended(recommendation);
				String label = forms.isEmpty() ? "" : String.join(" + ",
						forms.stream().map(key -> current.form(key).map(f -> f.name()).orElse(key)).toList());
				recommended.merge(label, 1L, Long::sum);
			}
			else {
				String last = row.lastQuestion() == null ? "" : current.question(row.lastQuestion()).map(q -> q.label())
					.orElse(row.lastQuestion());
				dropOff.merge(last, 1L, Long::sum);
			}
			// weak points as the engine sees them: a level other than the checklist's first, "ready", one
			for (Readiness.Line line : recommendation.readiness().weakLines()) {
				String name = current.prerequisite(line.key()).map(p -> p.label()).orElse(line.key());
				weak.merge(name, 1L, Long::sum);
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
