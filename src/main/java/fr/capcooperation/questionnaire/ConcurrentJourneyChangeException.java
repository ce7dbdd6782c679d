package fr.capcooperation.questionnaire;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The same journey was saved from elsewhere three times while this change was being saved. An
 * optimistic lock exhausted, as Spring names it: the visitor gets the French 409 page
 * ({@code database.DatabaseFailurePages}), not a 500.
 */
class ConcurrentJourneyChangeException extends OptimisticLockingFailureException {

	private static final long serialVersionUID = 1L;

	ConcurrentJourneyChangeException(String token) {
		super("journey " + token.substring(0, Math.min(6, token.length())) + "… changed concurrently");
	}
}
