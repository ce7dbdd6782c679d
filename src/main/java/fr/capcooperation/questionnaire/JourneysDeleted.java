package fr.capcooperation.questionnaire;

import java.util.Set;

/**
 * Journeys deleted for good, by their respondent or by the retention purge: whoever keeps a
 * reference to them (a live session's attendance) forgets them in the same transaction.
 */
public record JourneysDeleted(Set<String> tokens) {

	public JourneysDeleted {
		tokens = Set.copyOf(tokens);
	}
}
