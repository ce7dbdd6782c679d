package fr.capcooperation.rules;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How one form fares: its status, score and rank (1 is best; ties share a rank; 0 when
 * excluded), every rule that fired with its outcome, and, for an excluded form, the smallest
 * sets of answer changes that would make it possible (alternatives, smallest first). With a
 * catalogue {@link Guidance}, a form that is not excluded also says why it cannot be the
 * recommendation yet ({@link #holds()}, empty when it can), and a recommended structure with
 * weak prerequisites carries a {@link #warning()} (null otherwise).
 */
public record FormAssessment(String form, Status status, int score, int rank, boolean tied,
		List<RuleOutcome> outcomes, List<ChangeSet> changes, List<Hold> holds, @Nullable ReadinessWarning warning) {

	public FormAssessment {
		outcomes = List.copyOf(outcomes);
		changes = List.copyOf(changes);
		holds = List.copyOf(holds);
	}

	public FormAssessment(String form, Status status, int score, int rank, boolean tied, List<RuleOutcome> outcomes,
			List<ChangeSet> changes) {
		this(form, status, score, rank, tied, outcomes, changes, List.of(), null);
	}

	public List<RuleOutcome> outcomes(Effect effect) {
		return outcomes.stream().filter(outcome -> outcome.effect() == effect).toList();
	}

	public boolean isExcluded() {
		return status == Status.EXCLUDED;
	}

	/** Whether nothing keeps this form from being recommended (it may still score lower). */
	public boolean recommendable() {
		return !isExcluded() && holds.isEmpty();
	}
}
