package fr.capcooperation.rules;

import java.util.List;

/**
 * Something wrong with a ruleset, as data: a stable code, what it is about (a rule, the
 * display condition of a question, a form, or the graduated path) and the details, so that the back-office can say it in
 * French; {@link #english()} says it for developers and logs.
 */
public record Problem(String code, Subject subject, String subjectKey, List<Object> details) {

	public enum Subject {
		RULE, DISPLAY_CONDITION, FORM, GUIDANCE
	}

	public Problem {
		details = List.copyOf(details);
	}

	static Problem of(String code, Subject subject, String subjectKey, Object... details) {
		return new Problem(code, subject, subjectKey, List.of(details));
	}

	public String english() {
		String where = switch (subject) {
			case RULE -> "rule " + subjectKey;
			case DISPLAY_CONDITION -> "display condition of " + subjectKey;
			case FORM -> "form " + subjectKey;
			case GUIDANCE -> "graduated path (" + subjectKey + ")";
		};
		return switch (code) {
			case "duplicate-rule" -> "duplicate rule key " + subjectKey;
			case "unknown-form" -> where + " refers to unknown form " + details.get(0);
			case "weight-out-of-range" -> where + " has weight " + details.get(0) + " out of 1-5";
			case "unknown-question" -> where + " refers to unknown question " + details.get(0);
			case "wrong-question-type" -> where + " uses question " + details.get(0) + " of type " + details.get(1)
					+ " where " + details.get(2) + " is expected";
			case "unknown-option" -> where + " refers to unknown option " + details.get(0) + " of question "
					+ details.get(1);
			case "no-option" -> where + " lists no option of question " + details.get(0);
			case "empty-any" -> where + ": 'any' needs at least one condition";
			case "condition-too-deep" -> where + " is nested deeper than " + details.get(0) + " levels";
			case "condition-too-large" -> where + " holds more than " + details.get(0) + " conditions";
			case "guidance-ladder-question" -> where + ": the ladder question must be a single choice";
			case "guidance-unknown-step" -> where + " names unknown step " + details.get(0);
			case "guidance-form-without-step" -> where + " has no step on the graduated path";
			case "guidance-unknown-prerequisite" -> where + " names unknown prerequisite " + details.get(0);
			case "guidance-unknown-level" -> where + " names unknown checklist level " + details.get(0);
			default -> where + ": " + code + " " + details;
		};
	}
}
