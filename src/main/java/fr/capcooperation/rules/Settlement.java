package fr.capcooperation.rules;

import java.util.List;

/**
 * « Et si… ? » on a disputed answer ({@link Divergences#settle}): the partners' shared answers
 * with that answer agreed by all, the recommendation they give, and the forms whose status
 * changes from the shared recommendation (in the catalogue's order). Nothing is saved.
 */
public record Settlement(String question, Answer answer, Answers answers, Recommendation recommendation,
		List<String> nowRecommended, List<String> noLongerRecommended, List<String> nowExcluded,
		List<String> noLongerExcluded) {

	public Settlement {
		nowRecommended = List.copyOf(nowRecommended);
		noLongerRecommended = List.copyOf(noLongerRecommended);
		nowExcluded = List.copyOf(nowExcluded);
		noLongerExcluded = List.copyOf(noLongerExcluded);
	}

	/** The forms recommended once the answer is agreed, best first. */
	public List<String> recommended() {
		return recommendation.recommended().stream().map(FormAssessment::form).toList();
	}

	public boolean changesTheResult() {
		return !(nowRecommended.isEmpty() && noLongerRecommended.isEmpty() && nowExcluded.isEmpty()
				&& noLongerExcluded.isEmpty());
	}
}
