package fr.capcooperation.rules;

import java.util.List;
import java.util.Objects;

/**
 * What the engine needs to know of a question: its key, type, option keys (for a checklist,
 * the levels, the first being "ready"), its lines (checklist only), bounds (number only) and
 * when it is shown.
 */
public record QuestionSpec(String key, QuestionType type, List<String> options, List<String> lines,
		int min, int max, Condition displayCondition) {

	public QuestionSpec {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(type, "type");
		options = List.copyOf(options);
		lines = List.copyOf(lines);
		displayCondition = displayCondition == null ? Condition.ALWAYS : displayCondition;
	}

	public static QuestionSpec single(String key, String... options) {
		return new QuestionSpec(key, QuestionType.SINGLE, List.of(options), List.of(), 0, 0, Condition.ALWAYS);
	}

	public static QuestionSpec multiple(String key, String... options) {
		return new QuestionSpec(key, QuestionType.MULTIPLE, List.of(options), List.of(), 0, 0, Condition.ALWAYS);
	}

	public static QuestionSpec number(String key, int min, int max) {
		return new QuestionSpec(key, QuestionType.NUMBER, List.of(), List.of(), min, max, Condition.ALWAYS);
	}

	public static QuestionSpec checklist(String key, List<String> levels, List<String> lines) {
		return new QuestionSpec(key, QuestionType.CHECKLIST, levels, lines, 0, 0, Condition.ALWAYS);
	}

	public QuestionSpec shownIf(Condition condition) {
		return new QuestionSpec(key, type, options, lines, min, max, condition);
	}

	public boolean hasOption(String option) {
		return options.contains(option);
	}
}
