package fr.capcooperation.answers;

import java.util.List;

import fr.capcooperation.rules.Answers;

/** Answers read from a request, and what was wrong with the others. */
public record ReadAnswers(Answers answers, List<AnswerError> errors) {

	public ReadAnswers {
		errors = List.copyOf(errors);
	}

	public boolean valid() {
		return errors.isEmpty();
	}
}
