package fr.capcooperation.presentation;

import java.util.List;

import org.jspecify.annotations.Nullable;


/**
 * A live session's figures, read from the database on each request so that every instance
 * gives the same ones. For the projector, per-question figures and forms are empty while the
 * results are hidden.
 *
 * @param participants journeys started in the session
 * @param finished journeys with every shown question answered
 * @param fingerprint changes whenever anything shown changes (the projector and the console poll it)
 * @param projected what the projector shows: null for the overview, else a question's key (and {@code :2} for its
 *     second page)
 */
public record LiveResults(String code, boolean revealed, int participants, int finished,
		List<QuestionResults> questions, List<Share> forms, String fingerprint, @Nullable String projected) {

	/** One question: how many answered it and the distribution of their answers. */
	public record QuestionResults(String key, String label, String type, int answered, List<Share> options,
			List<LineResults> lines) {
	}

	/** One line of the readiness checklist and its levels. */
	public record LineResults(String key, String label, int answered, List<Share> levels) {
	}

	/** An option, a range or a form with its count and whole-number percentage of the base. */
	public record Share(String key, String label, int count, int percent) {
	}

	static int percent(int count, int base) {
		return base == 0 ? 0 : (int) Math.round(count * 100.0 / base);
	}

}
