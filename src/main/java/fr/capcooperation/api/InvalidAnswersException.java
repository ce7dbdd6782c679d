package fr.capcooperation.api;

import java.util.List;

import fr.capcooperation.answers.AnswerError;

/** A request whose answers cannot be evaluated: answered with 400 and the fields at fault. */
class InvalidAnswersException extends RuntimeException {

	private final List<AnswerError> errors;

	InvalidAnswersException(List<AnswerError> errors) {
		super("invalid answers");
		this.errors = List.copyOf(errors);
	}

	List<AnswerError> errors() {
		return errors;
	}
}
