package fr.capcooperation.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One answer that would have to change: from what (null when unanswered) to what. For a
 * multiple choice, the options to add and to remove.
 */
public record AnswerChange(String question, @Nullable Answer from, Answer to, Set<String> added, Set<String> removed) {

	public AnswerChange {
		// In the order given (the question's options), never Set.copyOf's per-JVM order: the
		// sentences built from them must read the same on every instance and every run.
		added = added.isEmpty() ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(added));
		removed = removed.isEmpty() ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(removed));
	}

	static AnswerChange of(String question, @Nullable Answer from, Answer to) {
		if (!(to instanceof Answer.Choices target)) {
			return new AnswerChange(question, from, to, Set.of(), Set.of());
		}
		Set<String> before = from instanceof Answer.Choices choices ? choices.options() : Set.of();
		List<String> added = new ArrayList<>();
		for (String option : target.options()) {
			if (!before.contains(option)) {
				added.add(option);
			}
		}
		List<String> removed = new ArrayList<>();
		for (String option : before) {
			if (!target.options().contains(option)) {
				removed.add(option);
			}
		}
		return new AnswerChange(question, from, to, ordered(added), ordered(removed));
	}

	private static Set<String> ordered(List<String> options) {
		return options.isEmpty() ? Set.of() : new LinkedHashSet<>(options);
	}
}
