package fr.capcooperation.rules;

import java.util.Objects;

/**
 * A rule of one form. Its texts live with the catalogue; the engine only needs its key, kind,
 * weight (1 to 5 for FAVOURS and DISFAVOURS, 0 otherwise) and condition.
 */
public record Rule(String key, String form, RuleKind kind, int weight, Condition condition) {

	public static final int MIN_WEIGHT = 1;
	public static final int MAX_WEIGHT = 5;

	public Rule {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(form, "form");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(condition, "condition");
		if (kind.isGate()) {
			weight = 0;
		}
	}

	public static Rule requires(String key, String form, Condition condition) {
		return new Rule(key, form, RuleKind.REQUIRES, 0, condition);
	}

	public static Rule excludes(String key, String form, Condition condition) {
		return new Rule(key, form, RuleKind.EXCLUDES, 0, condition);
	}

	public static Rule favours(String key, String form, int weight, Condition condition) {
		return new Rule(key, form, RuleKind.FAVOURS, weight, condition);
	}

	public static Rule disfavours(String key, String form, int weight, Condition condition) {
		return new Rule(key, form, RuleKind.DISFAVOURS, weight, condition);
	}

	/** What this rule adds to the score when its condition is true. */
	int points() {
		return switch (kind) {
			case FAVOURS -> weight;
			case DISFAVOURS -> -weight;
			default -> 0;
		};
	}

	/** Whether the form is excluded by this rule given the condition's truth. */
	boolean blocks(Truth truth) {
		return (kind == RuleKind.REQUIRES && truth == Truth.FALSE)
				|| (kind == RuleKind.EXCLUDES && truth == Truth.TRUE);
	}
}
