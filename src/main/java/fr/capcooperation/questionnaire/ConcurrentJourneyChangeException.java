package fr.capcooperation.questionnaire;

/** The same journey was saved from elsewhere three times while this change was being saved. */
class ConcurrentJourneyChangeException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	ConcurrentJourneyChangeException(String token) {
		super("journey " + token.substring(0, Math.min(6, token.length())) + "… changed concurrently");
	}
}
