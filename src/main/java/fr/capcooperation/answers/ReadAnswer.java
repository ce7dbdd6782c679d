package fr.capcooperation.answers;

import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.capcooperation.rules.Answer;

/**
 * One question's answer as read from a request: the answer, or null with what is wrong. A
 * checklist may come with both: the lines that were valid, and errors for the others.
 */
public record ReadAnswer(@Nullable Answer answer, List<AnswerError> errors) {

	public ReadAnswer {
		errors = List.copyOf(errors);
	}

	static ReadAnswer ok(Answer answer) {
		return new ReadAnswer(answer, List.of());
	}

	static ReadAnswer error(AnswerError error) {
		return new ReadAnswer(null, List.of(error));
	}

	public boolean valid() {
		return errors.isEmpty();
	}
}
