package fr.capcooperation.rules;

import java.util.List;

/**
 * One partner structure of a shared approach and the answers of each of its respondents (one
 * person, or several board members each on their own link). A respondent who has not answered
 * yet has empty answers.
 */
public record PartnerAnswers(String partner, List<Answers> respondents) {

	public PartnerAnswers {
		respondents = List.copyOf(respondents);
	}
}
