package fr.capcooperation.rules;

import java.util.Collections;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A condition over the answers, evaluated in three-valued logic.
 *
 * <p>Leaves ({@link Is}, {@link Includes}, {@link IncludesAny}, {@link Only}, {@link AtLeast})
 * are {@link Truth#UNKNOWN} when their question has no known answer (false when the question was
 * hidden under a graduated path: its implied answer is "none of these"); {@link Answered} is
 * never unknown; {@link All}, {@link AnyOf} and {@link Not} follow Kleene's tables.
 */
public sealed interface Condition {

	/** The deepest nesting a stored condition may have: the condition itself is level 1, "all of" it and one more is 2… */
	int MAX_DEPTH = 6;

	/** The most conditions (groups and tests together) one stored condition may hold. */
	int MAX_SIZE = 50;

	Truth evaluate(Answers answers);

	/** How deep the groups go: 1 for a single test, 2 for a group of tests, … */
	default int depth() {
		return 1 + children().stream().mapToInt(Condition::depth).max().orElse(0);
	}

	/** How many conditions this one holds, itself included. */
	default int size() {
		return 1 + children().stream().mapToInt(Condition::size).sum();
	}

	/** The conditions of a group (all, any, not); none for a test. */
	default List<Condition> children() {
		return List.of();
	}

	/** Adds the keys of the questions this condition reads, in reading order. */
	void collectQuestions(Set<String> into);

	default Set<String> questions() {
		Set<String> keys = new LinkedHashSet<>();
		collectQuestions(keys);
		return keys;
	}

	/** A condition that always holds: the display condition of a question always shown. */
	Condition ALWAYS = new All(List.of());

	static Condition answered(String question) {
		return new Answered(question);
	}

	static Condition is(String question, String option) {
		return new Is(question, option);
	}

	static Condition includes(String question, String option) {
		return new Includes(question, option);
	}

	static Condition includesAny(String question, String... options) {
		return new IncludesAny(question, new LinkedHashSet<>(List.of(options)));
	}

	static Condition only(String question, String... options) {
		return new Only(question, new LinkedHashSet<>(List.of(options)));
	}

	static Condition atLeast(String question, int value) {
		return new AtLeast(question, value);
	}

	static Condition all(Condition... conditions) {
		return new All(List.of(conditions));
	}

	static Condition any(Condition... conditions) {
		return new AnyOf(List.of(conditions));
	}

	static Condition not(Condition condition) {
		return new Not(condition);
	}

	/** Options kept in the order written (Set.copyOf's order changes from one JVM to the next). */
	private static Set<String> ordered(Set<String> options) {
		return Collections.unmodifiableSet(new LinkedHashSet<>(options));
	}

	/** True when the question has a known answer. */
	record Answered(String question) implements Condition {
		@Override
		public Truth evaluate(Answers answers) {
			return Truth.of(answers.known(question) != null);
		}

		@Override
		public void collectQuestions(Set<String> into) {
			into.add(question);
		}
	}

	/** A single choice equals the option. */
	record Is(String question, String option) implements Condition {
		@Override
		public Truth evaluate(Answers answers) {
			Answer answer = answers.known(question);
			if (answer instanceof Answer.Choice choice) {
				return Truth.of(choice.option().equals(option));
			}
			return answers.withoutAnswer(question);
		}

		@Override
		public void collectQuestions(Set<String> into) {
			into.add(question);
		}
	}

	/** A multiple choice contains the option. */
	record Includes(String question, String option) implements Condition {
		@Override
		public Truth evaluate(Answers answers) {
			Answer answer = answers.known(question);
			if (answer instanceof Answer.Choices choices) {
				return Truth.of(choices.options().contains(option));
			}
			return answers.withoutAnswer(question);
		}

		@Override
		public void collectQuestions(Set<String> into) {
			into.add(question);
		}
	}

	/** A multiple choice contains at least one of the options. */
	record IncludesAny(String question, Set<String> options) implements Condition {
		public IncludesAny {
			options = ordered(options);
		}

		@Override
		public Truth evaluate(Answers answers) {
			Answer answer = answers.known(question);
			if (answer instanceof Answer.Choices choices) {
				for (String option : choices.options()) {
					if (options.contains(option)) {
						return Truth.TRUE;
					}
				}
				return Truth.FALSE;
			}
			return answers.withoutAnswer(question);
		}

		@Override
		public void collectQuestions(Set<String> into) {
			into.add(question);
		}
	}

	/** A multiple choice is not empty and has no option outside the list. */
	record Only(String question, Set<String> options) implements Condition {
		public Only {
			options = ordered(options);
		}

		@Override
		public Truth evaluate(Answers answers) {
			Answer answer = answers.known(question);
			if (answer instanceof Answer.Choices choices) {
				return Truth.of(options.containsAll(choices.options()));
			}
			return answers.withoutAnswer(question);
		}

		@Override
		public void collectQuestions(Set<String> into) {
			into.add(question);
		}
	}

	/** A number is at least the value. */
	record AtLeast(String question, int value) implements Condition {
		@Override
		public Truth evaluate(Answers answers) {
			Answer answer = answers.known(question);
			if (answer instanceof Answer.Number number) {
				return Truth.of(number.value() >= value);
			}
			return answers.withoutAnswer(question);
		}

		@Override
		public void collectQuestions(Set<String> into) {
			into.add(question);
		}
	}

	/** All the conditions hold (an empty list always holds). */
	record All(List<Condition> of) implements Condition {

		@Override
		public List<Condition> children() {
			return of;
		}
		public All {
			of = List.copyOf(of);
		}

		@Override
		public Truth evaluate(Answers answers) {
			Truth result = Truth.TRUE;
			for (int i = 0; i < of.size(); i++) { // no iterator: evaluated very often
				Truth truth = of.get(i).evaluate(answers);
				if (truth == Truth.FALSE) {
					return Truth.FALSE;
				}
				if (truth == Truth.UNKNOWN) {
					result = Truth.UNKNOWN;
				}
			}
			return result;
		}

		@Override
		public void collectQuestions(Set<String> into) {
			of.forEach(condition -> condition.collectQuestions(into));
		}
	}

	/** At least one of the conditions holds (an empty list never holds). */
	record AnyOf(List<Condition> of) implements Condition {

		@Override
		public List<Condition> children() {
			return of;
		}
		public AnyOf {
			of = List.copyOf(of);
		}

		@Override
		public Truth evaluate(Answers answers) {
			Truth result = Truth.FALSE;
			for (int i = 0; i < of.size(); i++) { // no iterator: evaluated very often
				Truth truth = of.get(i).evaluate(answers);
				if (truth == Truth.TRUE) {
					return Truth.TRUE;
				}
				if (truth == Truth.UNKNOWN) {
					result = Truth.UNKNOWN;
				}
			}
			return result;
		}

		@Override
		public void collectQuestions(Set<String> into) {
			of.forEach(condition -> condition.collectQuestions(into));
		}
	}

	/** The condition does not hold. */
	record Not(Condition condition) implements Condition {

		@Override
		public List<Condition> children() {
			return List.of(condition);
		}
		@Override
		public Truth evaluate(Answers answers) {
			return condition.evaluate(answers).not();
		}

		@Override
		public void collectQuestions(Set<String> into) {
			condition.collectQuestions(into);
		}
	}
}
