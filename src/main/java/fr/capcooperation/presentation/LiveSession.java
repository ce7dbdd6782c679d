package fr.capcooperation.presentation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A trainer's live audience session: attendees join with its four-letter code and answer the
 * normal questionnaire; their journeys carry the session's id. Results stay hidden until the
 * trainer reveals them.
 */
public record LiveSession(long id, String code, boolean open, boolean revealed, String openedBy, Instant openedAt,
		@Nullable Instant closedAt) {
}
