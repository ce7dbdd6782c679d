package fr.capcooperation.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks that a condition refers to questions and options that exist, with fitting types. */
final class ConditionCheck {

	private ConditionCheck() {
	}

	static void check(Condition condition, Ruleset ruleset, String where, List<String> problems) {
		if (condition instanceof Condition.All all) {
			all.of().forEach(child -> check(child, ruleset, where, problems));
		}
		else if (condition instanceof Condition.AnyOf any) {
			if (any.of().isEmpty()) {
				problems.add(where + ": 'any' needs at least one condition");
			}
			any.of().forEach(child -> check(child, ruleset, where, problems));
		}
		else if (condition instanceof Condition.Not not) {
			check(not.condition(), ruleset, where, problems);
		}
		else if (condition instanceof Condition.Answered answered) {
			question(ruleset, answered.question(), null, where, problems);
		}
		else if (condition instanceof Condition.Is is) {
			question(ruleset, is.question(), QuestionType.SINGLE, where, problems)
				.ifPresent(question -> options(question, Set.of(is.option()), where, problems));
		}
		else if (condition instanceof Condition.Includes includes) {
			question(ruleset, includes.question(), QuestionType.MULTIPLE, where, problems)
				.ifPresent(question -> options(question, Set.of(includes.option()), where, problems));
		}
		else if (condition instanceof Condition.IncludesAny includesAny) {
			question(ruleset, includesAny.question(), QuestionType.MULTIPLE, where, problems)
				.ifPresent(question -> options(question, includesAny.options(), where, problems));
		}
		else if (condition instanceof Condition.Only only) {
			question(ruleset, only.question(), QuestionType.MULTIPLE, where, problems)
				.ifPresent(question -> options(question, only.options(), where, problems));
		}
		else if (condition instanceof Condition.AtLeast atLeast) {
			question(ruleset, atLeast.question(), QuestionType.NUMBER, where, problems);
		}
	}

	private static Optional<QuestionSpec> question(Ruleset ruleset, String key, QuestionType type, String where,
			List<String> problems) {
		Optional<QuestionSpec> question = ruleset.question(key);
		if (question.isEmpty()) {
			problems.add(where + " refers to unknown question " + key);
			return Optional.empty();
		}
		if (type != null && question.get().type() != type) {
			problems.add(where + " uses question " + key + " of type " + question.get().type() + " where "
					+ type + " is expected");
			return Optional.empty();
		}
		return question;
	}

	private static void options(QuestionSpec question, Set<String> options, String where, List<String> problems) {
		if (options.isEmpty()) {
			problems.add(where + " lists no option of question " + question.key());
		}
		options.stream()
			.filter(option -> !question.hasOption(option))
			.sorted()
			.forEach(option -> problems.add(where + " refers to unknown option " + option + " of question "
					+ question.key()));
	}
}
