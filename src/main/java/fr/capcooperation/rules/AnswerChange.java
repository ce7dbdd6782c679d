package fr.capcooperation.rules;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One answer that would have to change: from what (null when unanswered) to what. For a
 * multiple choice, the options to add and to remove.
 */
public record AnswerChange(String question, Answer from, Answer to, Set<String> added, Set<String> removed) {

	public AnswerChange {
		added = Set.copyOf(added);
		removed = Set.copyOf(removed);
	}

	static AnswerChange of(String question, Answer from, Answer to) {
		Set<String> added = new LinkedHashSet<>();
		Set<String> removed = new LinkedHashSet<>();
		if (to instanceof Answer.Choices target) {
			Set<String> before = from instanceof Answer.Choices choices ? choices.options() : Set.of();
			target.options().stream().filter(option -> !before.contains(option)).forEach(added::add);
			before.stream().filter(option -> !target.options().contains(option)).forEach(removed::add);
		}
		return new AnswerChange(question, from, to, added, removed);
	}

	/** How big the change is: the options toggled, or 1 for another choice or number. */
	int size() {
		return to instanceof Answer.Choices ? added.size() + removed.size() : 1;
	}
}
