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

	public Condition toCondition() {
		return switch (op) {
			case "answered" -> Condition.answered(required(question, "question"));
			case "is" -> Condition.is(required(question, "question"), required(option, "option"));
			case "includes" -> Condition.includes(required(question, "question"), required(option, "option"));
			case "includes_any" -> new Condition.IncludesAny(required(question, "question"), new LinkedHashSet<>(required(options, "options")));
			case "only" -> new Condition.Only(required(question, "question"), new LinkedHashSet<>(required(options, "options")));
			case "at_least" -> Condition.atLeast(required(question, "question"), required(value, "value"));
			case "all" -> new Condition.All(children());
			case "any" -> new Condition.AnyOf(children());
			case "not" -> {
				List<Condition> children = children();
				if (children.size() != 1) {
					throw new IllegalArgumentException("'not' takes exactly one condition");
				}
				yield Condition.not(children.get(0));
			}
			default -> throw new IllegalArgumentException("unknown condition operator '" + op + "'");
		};
	}

	private List<Condition> children() {
		return required(of, "of").stream().map(ConditionSpec::toCondition).toList();
	}

	private static <T> T required(@Nullable T value, String field) {
		if (value == null) {
			throw new IllegalArgumentException("condition field '" + field + "' is missing");
		}
		return value;
	}
}
