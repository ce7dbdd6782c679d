package fr.capcooperation.presentation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A trainer's live audience session: attendees join with its four-letter code and answer the
 * normal questionnaire, counted in the session. It belongs to the trainer who opened it (an
 * admin may run any). Results stay hidden on the projector until the trainer reveals them;
 * the projector shows what the trainer's console chose ({@code projected}: null for the
 * overview, else a question's key, with {@code :2} for its second page of bars).
 */
public record LiveSession(long id, String code, boolean open, boolean revealed, String openedBy, Instant openedAt,
		@Nullable Instant closedAt, @Nullable String projected) {

	/** What a journey started in this session says it was started in ({@code Journeys.start}). */
	static final String STARTED_IN = "live-session:";

	/** The name journeys started in this session carry. */
	String startedIn() {
		return STARTED_IN + id;
	}
}
