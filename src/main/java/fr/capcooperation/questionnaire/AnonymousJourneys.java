package fr.capcooperation.questionnaire;

import java.util.List;

/**
 * What other modules may know of the journeys for figures (the back-office statistics): the
 * answers and dates, never the token. Published by this module; its table stays its own.
 */
public interface AnonymousJourneys {

	/** The latest journeys first, at most {@code limit}. */
	List<AnonymousJourney> latest(int limit);
}
