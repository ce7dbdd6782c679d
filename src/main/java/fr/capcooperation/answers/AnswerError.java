package fr.capcooperation.answers;

import java.util.List;

/**
 * What is wrong with one answer: the field (a question key, or {@code readiness.<line>}), a
 * message code of the message bundle and its arguments.
 */
public record AnswerError(String field, String code, List<Object> args) {

	public AnswerError {
		args = List.copyOf(args);
	}

	public static AnswerError of(String field, String code, Object... args) {
		return new AnswerError(field, code, List.of(args));
	}
}
