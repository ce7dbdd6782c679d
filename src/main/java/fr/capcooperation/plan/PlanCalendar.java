package fr.capcooperation.plan;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import fr.capcooperation.catalog.CatalogContent.ReadinessStep;
import fr.capcooperation.catalog.CatalogContent.RoadmapStep;

/**
 * The calendar of a roadmap, counted from its target date: each step's date is its anchor's date
 * (the target date or another step) plus its offset ({@code -P2M}: two months before). A legal
 * delay gives the latest date allowed. Preparatory steps for weak readiness lines come first,
 * dated from the roadmap's first step (principle P8). Pure and deterministic: today is given.
 */
public final class PlanCalendar {

	/**
	 * One step with its date (none while no target date is set) and the delay that dates it
	 * (none for a preparatory step, which comes before everything).
	 */
	public record DatedStep(String key, String title, String text, String decidedBy, @Nullable LocalDate date, boolean legal,
			@Nullable String reference, List<String> documents, List<String> models, @Nullable String duration,
			@Nullable String cost, boolean preparatory, boolean late, @Nullable Delay delay) {
	}

	/**
	 * How far a step lies from its anchor, in words: {@code amount} (« 2 mois », « 30 jours »),
	 * {@code direction} ({@code before}, {@code after} or {@code same}, the end of a message key
	 * {@code plan.delay.*}), and the anchor step's title ({@code null}: the target date itself).
	 */
	public record Delay(String amount, String direction, @Nullable String anchor) {

		static Delay of(String offset, @Nullable String anchor) {
			Period period = Period.parse(offset);
			if (period.isZero()) {
				return new Delay("", "same", anchor);
			}
			String direction = period.isNegative() ? "before" : "after";
			Period size = period.isNegative() ? period.negated() : period;
			List<String> parts = new ArrayList<>();
			if (size.getYears() != 0) {
				parts.add(size.getYears() + (size.getYears() == 1 ? " an" : " ans"));
			}
			if (size.getMonths() != 0) {
				parts.add(size.getMonths() + " mois");
			}
			int days = size.getDays();
			if (days != 0 && days % 7 == 0) {
				parts.add(days / 7 + (days == 7 ? " semaine" : " semaines"));
			}
			else if (days != 0) {
				parts.add(days + (days == 1 ? " jour" : " jours"));
			}
			return new Delay(String.join(" et ", parts), direction, anchor);
		}
	}

	/**
	 * The steps in the order to take them; {@code missedLegal} the legal steps whose latest date is
	 * already past, and then {@code earliestTarget} the first target date that leaves every legal
	 * delay; {@code late} the other steps dated before today.
	 */
	public record Calendar(@Nullable LocalDate target, List<DatedStep> steps, List<DatedStep> missedLegal,
			@Nullable LocalDate earliestTarget, List<DatedStep> late) {

		public boolean tooClose() {
			return !missedLegal.isEmpty();
		}
	}

	private PlanCalendar() {
	}

	static Calendar of(List<RoadmapStep> roadmap, List<ReadinessStep> preparatory, @Nullable LocalDate target,
			LocalDate today) {
		Map<String, RoadmapStep> byKey = new HashMap<>();
		roadmap.forEach(step -> byKey.put(step.key(), step));
		if (target == null) {
			List<DatedStep> steps = new ArrayList<>();
			preparatory.forEach(step -> steps.add(preparatory(step, null, false)));
			roadmap.forEach(step -> steps.add(dated(step, byKey, null, false)));
			return new Calendar(null, steps, List.of(), null, List.of());
		}
		Map<String, LocalDate> dates = dates(roadmap, target);
		List<DatedStep> main = new ArrayList<>();
		for (RoadmapStep step : roadmap) {
			LocalDate date = dates.get(step.key());
			main.add(dated(step, byKey, date, date != null && date.isBefore(today)));
		}
		main.sort(Comparator.comparing(step -> step.date() == null ? target : step.date()));
		LocalDate first = main.stream().map(DatedStep::date).filter(d -> d != null).min(Comparator.naturalOrder())
			.orElse(target);
		List<DatedStep> steps = new ArrayList<>();
		List<DatedStep> prepared = new ArrayList<>();
		for (ReadinessStep step : preparatory) {
			LocalDate date = first.plus(Period.parse(step.offset()));
			prepared.add(preparatory(step, date, date.isBefore(today)));
		}
		prepared.sort(Comparator.comparing(step -> step.date() == null ? first : step.date()));
		steps.addAll(prepared);
		steps.addAll(main);
		List<DatedStep> missed = main.stream().filter(step -> step.legal() && step.late()).toList();
		List<DatedStep> late = steps.stream().filter(step -> !step.legal() && step.late()).toList();
		return new Calendar(target, List.copyOf(steps), missed,
				missed.isEmpty() ? null : earliestTarget(roadmap, target, today), late);
	}

	/** The first target date from which every legal step can still be taken on time. */
	static LocalDate earliestTarget(List<RoadmapStep> roadmap, LocalDate target, LocalDate today) {
		LocalDate candidate = target;
		for (int attempt = 0; attempt < 50; attempt++) {
			Map<String, LocalDate> dates = dates(roadmap, candidate);
			LocalDate earliest = roadmap.stream()
				.filter(RoadmapStep::legal)
				.map(step -> dates.get(step.key()))
				.filter(date -> date != null)
				.min(Comparator.naturalOrder())
				.orElse(today);
			if (!earliest.isBefore(today)) {
				return candidate;
			}
			candidate = candidate.plusDays(Math.max(1, ChronoUnit.DAYS.between(earliest, today)));
		}
		return candidate;
	}

	/** Every step's date; a step whose anchor cannot be followed (the publication refuses that) has none. */
	private static Map<String, LocalDate> dates(List<RoadmapStep> roadmap, LocalDate target) {
		Map<String, RoadmapStep> byKey = new HashMap<>();
		roadmap.forEach(step -> byKey.put(step.key(), step));
		Map<String, LocalDate> dates = new HashMap<>();
		for (RoadmapStep step : roadmap) {
			LocalDate date = date(step, byKey, target, dates, 0);
			if (date != null) {
				dates.put(step.key(), date);
			}
		}
		return dates;
	}

	private static @Nullable LocalDate date(RoadmapStep step, Map<String, RoadmapStep> byKey, LocalDate target,
			Map<String, LocalDate> known, int depth) {
		LocalDate cached = known.get(step.key());
		if (cached != null) {
			return cached;
		}
		if (depth > byKey.size()) {
			return null;
		}
		LocalDate anchor;
		if (RoadmapStep.TARGET.equals(step.anchor())) {
			anchor = target;
		}
		else {
			RoadmapStep from = byKey.get(step.anchor());
			anchor = from == null ? null : date(from, byKey, target, known, depth + 1);
		}
		return anchor == null ? null : anchor.plus(Period.parse(step.offset()));
	}

	private static DatedStep dated(RoadmapStep step, Map<String, RoadmapStep> byKey, @Nullable LocalDate date,
			boolean late) {
		RoadmapStep anchor = byKey.get(step.anchor());
		return new DatedStep(step.key(), step.title(), step.text(), step.decidedBy(), date, step.legal(), step.reference(),
				step.documents(), step.models(), step.duration(), step.cost(), false, late,
				Delay.of(step.offset(), anchor == null ? null : anchor.title()));
	}

	private static DatedStep preparatory(ReadinessStep step, @Nullable LocalDate date, boolean late) {
		return new DatedStep("prealable." + step.prerequisite(), step.title(), step.text(), "instances_partenaires", date,
				false, null, List.of(), List.of(), step.duration(), null, true, late, null);
	}
}
