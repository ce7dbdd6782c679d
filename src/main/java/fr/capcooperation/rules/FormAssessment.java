package fr.capcooperation.rules;

import java.util.List;

/**
 * How one form fares: its status, score and rank (1 is best; ties share a rank; 0 when
 * excluded), every rule that fired with its outcome, and, for an excluded form, the smallest
 * sets of answer changes that would make it possible (alternatives, smallest first).
 */
public record FormAssessment(String form, Status status, int score, int rank, boolean tied,
		List<RuleOutcome> outcomes, List<ChangeSet> changes) {

	public FormAssessment {
		outcomes = List.copyOf(outcomes);
		changes = List.copyOf(changes);
	}

	public List<RuleOutcome> outcomes(Effect effect) {
		return outcomes.stream().filter(outcome -> outcome.effect() == effect).toList();
	}

	public boolean isExcluded() {
		return status == Status.EXCLUDED;
	}
}
