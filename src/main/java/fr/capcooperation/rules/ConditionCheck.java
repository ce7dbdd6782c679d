package fr.capcooperation.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Checks that a condition stays within {@link Condition#MAX_DEPTH} levels and
 * {@link Condition#MAX_SIZE} conditions, and refers to questions and options that exist, with
 * fitting types.
 */
final class ConditionCheck {

	private ConditionCheck() {
	}

	static void check(Condition condition, Ruleset ruleset, Problem.Subject subject, String where,
			List<Problem> problems) {
		if (condition.depth() > Condition.MAX_DEPTH) {
			problems.add(Problem.of("condition-too-deep", subject, where, Condition.MAX_DEPTH));
			return;
		}
		if (condition.size() > Condition.MAX_SIZE) {
			problems.add(Problem.of("condition-too-large", subject, where, Condition.MAX_SIZE));
			return;
		}
		checkParts(condition, ruleset, subject, where, problems);
	}

	private static void checkParts(Condition condition, Ruleset ruleset, Problem.Subject subject, String where,
			List<Problem> problems) {
		if (condition instanceof Condition.All all) {
			all.of().forEach(child -> checkParts(child, ruleset, subject, where, problems));
		}
		else if (condition instanceof Condition.AnyOf any) {
			if (any.of().isEmpty()) {
				problems.add(Problem.of("empty-any", subject, where));
			}
			any.of().forEach(child -> checkParts(child, ruleset, subject, where, problems));
		}
		else if (condition instanceof Condition.Not not) {
			checkParts(not.condition(), ruleset, subject, where, problems);
		}
		else if (condition instanceof Condition.Answered answered) {
			question(ruleset, answered.question(), null, subject, where, problems);
		}
		else if (condition instanceof Condition.Is is) {
			question(ruleset, is.question(), QuestionType.SINGLE, subject, where, problems)
				.ifPresent(question -> options(question, Set.of(is.option()), subject, where, problems));
		}
		else if (condition instanceof Condition.Includes includes) {
			question(ruleset, includes.question(), QuestionType.MULTIPLE, subject, where, problems)
				.ifPresent(question -> options(question, Set.of(includes.option()), subject, where, problems));
		}
		else if (condition instanceof Condition.IncludesAny includesAny) {
			question(ruleset, includesAny.question(), QuestionType.MULTIPLE, subject, where, problems)
				.ifPresent(question -> options(question, includesAny.options(), subject, where, problems));
		}
		else if (condition instanceof Condition.Only only) {
			question(ruleset, only.question(), QuestionType.MULTIPLE, subject, where, problems)
				.ifPresent(question -> options(question, only.options(), subject, where, problems));
		}
		else if (condition instanceof Condition.AtLeast atLeast) {
			question(ruleset, atLeast.question(), QuestionType.NUMBER, subject, where, problems);
		}
	}

	private static Optional<QuestionSpec> question(Ruleset ruleset, String key, @Nullable QuestionType type,
			Problem.Subject subject, String where, List<Problem> problems) {
		Optional<QuestionSpec> question = ruleset.question(key);
		if (question.isEmpty()) {
			problems.add(Problem.of("unknown-question", subject, where, key));
			return Optional.empty();
		}
		if (type != null && question.get().type() != type) {
			problems.add(Problem.of("wrong-question-type", subject, where, key, question.get().type(), type));
			return Optional.empty();
		}
		return question;
	}

	private static void options(QuestionSpec question, Set<String> options, Problem.Subject subject, String where,
			List<Problem> problems) {
		if (options.isEmpty()) {
			problems.add(Problem.of("no-option", subject, where, question.key()));
		}
		options.stream()
			.filter(option -> !question.hasOption(option))
			.sorted()
			.forEach(option -> problems.add(Problem.of("unknown-option", subject, where, option, question.key())));
	}
}
