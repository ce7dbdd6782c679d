package fr.capcooperation.presentation;

import org.jspecify.annotations.Nullable;

/**
 * One page the projector can show during a live session: the overview (code, QR code,
 * recommended forms), or one page of a question's figures (a question with many options has
 * several, five bars each).
 *
 * @param id what {@code live_session.projected} holds for it: null for the overview, else the
 *     question's key, with {@code :2} for its second page
 */
public record ProjectedView(@Nullable String id, @Nullable String question, @Nullable String label, int part, int parts) {

	public boolean overview() {
		return question == null;
	}
}
