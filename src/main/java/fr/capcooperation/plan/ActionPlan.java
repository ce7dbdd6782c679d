package fr.capcooperation.plan;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A journey's action plan as kept: the form whose roadmap is followed, the target date, the
 * steps ticked (keys of roadmap and readiness steps, kept when the person switches forms), and
 * the structures typed in « Vos structures » (empty when the step was skipped).
 */
record ActionPlan(String token, String form, @Nullable LocalDate targetDate, Set<String> done,
		List<Structure> structures) {

	ActionPlan {
		done = Set.copyOf(new LinkedHashSet<>(done));
		structures = List.copyOf(structures);
	}

	static ActionPlan empty(String token, String form) {
		return new ActionPlan(token, form, null, Set.of(), List.of());
	}

	ActionPlan withForm(String newForm) {
		return new ActionPlan(token, newForm, targetDate, done, structures);
	}

	ActionPlan withTarget(@Nullable LocalDate date) {
		return new ActionPlan(token, form, date, done, structures);
	}

	ActionPlan withDone(Set<String> steps) {
		return new ActionPlan(token, form, targetDate, steps, structures);
	}

	ActionPlan withStructures(List<Structure> typed) {
		return new ActionPlan(token, form, targetDate, done, typed);
	}
}
