package fr.capcooperation.together;

import java.util.Map;

import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.rules.GroupDiagnosis;

/**
 * What an approach's answers give: the engine's diagnosis (partners named by
 * {@link #partnerKey}), the catalogue version it was computed on (the newest of the
 * respondents' journeys) and where each respondent stands, by respondent token.
 */
public record Synthesis(SharedApproach approach, Catalog catalog, GroupDiagnosis diagnosis,
		Map<String, Progress> progress) {

	public Synthesis {
		progress = Map.copyOf(progress);
	}

	/** How a partner is named in the diagnosis: its id (names are the coordinator's words). */
	public static String partnerKey(SharedApproach.Partner partner) {
		return Long.toString(partner.id());
	}

	public Progress progressOf(SharedApproach.Respondent respondent) {
		return progress.getOrDefault(respondent.token(), Progress.NOT_STARTED);
	}

	public long answered() {
		return progress.values().stream().filter(p -> p != Progress.NOT_STARTED).count();
	}

	public long completed() {
		return progress.values().stream().filter(p -> p == Progress.COMPLETED).count();
	}

	/** Where one respondent stands. */
	public enum Progress {
		/** The link was not used yet, or its answers were deleted. */
		NOT_STARTED,
		/** Some answers, the questionnaire not finished. */
		IN_PROGRESS,
		/** The questionnaire was finished (the result was shown). */
		COMPLETED
	}
}
