package fr.capcooperation.catalog;

import java.util.LinkedHashSet;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.capcooperation.rules.Condition;

/**
 * A condition as stored in the catalogue: {@code {"op": "includes", "question": "partners",
 * "option": "public"}}; see {@code docs/content-format.md} for the operators.
 */
public record ConditionSpec(String op, @Nullable String question, @Nullable String option,
		@Nullable List<String> options, @Nullable Integer value, @Nullable List<ConditionSpec> of) {

	/**
	 * How deep a condition is read at most: far beyond what the back-office lets anyone save
	 * ({@link Condition#MAX_DEPTH}), as deep as a JSON document can go (the reader's nesting
	 * limit), so that a draft stored before those limits still opens, to be simplified, and no
	 * condition built in code can exhaust the stack.
	 */
	static final int READ_DEPTH = 256;

	public Condition toCondition() {
		return toCondition(1);
	}

	private Condition toCondition(int depth) {
		if (depth > READ_DEPTH) {
			throw new IllegalArgumentException("condition nested deeper than " + READ_DEPTH + " levels");
		}
		return switch (op) {
			case "answered" -> Condition.answered(required(question, "question"));
			case "is" -> Condition.is(required(question, "question"), required(option, "option"));
			case "includes" -> Condition.includes(required(question, "question"), required(option, "option"));
			case "includes_any" -> new Condition.IncludesAny(required(question, "question"), new LinkedHashSet<>(required(options, "options")));
			case "only" -> new Condition.Only(required(question, "question"), new LinkedHashSet<>(required(options, "options")));
			case "at_least" -> Condition.atLeast(required(question, "question"), required(value, "value"));
			case "all" -> new Condition.All(children(depth));
			case "any" -> new Condition.AnyOf(children(depth));
			case "not" -> {
				List<Condition> children = children(depth);
				if (children.size() != 1) {
					throw new IllegalArgumentException("'not' takes exactly one condition");
				}
				yield Condition.not(children.get(0));
			}
			default -> throw new IllegalArgumentException("unknown condition operator '" + op + "'");
		};
	}

	private List<Condition> children(int depth) {
		return required(of, "of").stream().map(child -> child.toCondition(depth + 1)).toList();
	}

	private static <T> T required(@Nullable T value, String field) {
		if (value == null) {
			throw new IllegalArgumentException("condition field '" + field + "' is missing");
		}
		return value;
	}
}
