package fr.capcooperation.rules;

import java.util.List;

/** A question answered "Je ne sais pas" (or left unanswered) that matters for these forms. */
public record UnknownAnswer(String question, List<String> forms) {

	public UnknownAnswer {
		forms = List.copyOf(forms);
	}
}
