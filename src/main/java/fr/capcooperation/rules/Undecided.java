package fr.capcooperation.rules;

import java.util.List;

/**
 * Why the result recommends no structure yet, and which answers would settle it.
 *
 * @param cause the main reason
 * @param settling the shown questions whose answers would settle the choice, in questionnaire
 *        order: the degree of rapprochement first when it is unknown, then the unknown answers
 *        that leave a form's requirement undecided
 */
public record Undecided(Cause cause, List<String> settling) {

	public Undecided {
		settling = List.copyOf(settling);
	}

	public enum Cause {
		/** How far the partners want to go is unknown: no common structure or merger can be recommended. */
		DEGREE_UNKNOWN,
		/** Nothing is recommended: the best forms depend on unknown answers. */
		REQUIREMENTS_UNKNOWN,
		/** Nothing is recommended: no answer speaks for any form that remains possible. */
		NO_EVIDENCE
	}
}
