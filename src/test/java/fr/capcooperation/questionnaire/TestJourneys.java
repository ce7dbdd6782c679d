package fr.capcooperation.questionnaire;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.capcooperation.rules.Answer;

/** Journeys for tests, answered through the service (no pages in between). */
public final class TestJourneys {

	private TestJourneys() {
	}

	/**
	 * A journey with every seeded question answered (an association and a town sharing a
	 * training centre, every prerequisite solid), counted in a live session when one is given;
	 * returns its token. It is not marked completed: opening its result does that.
	 */
	public static String answered(ResponseService responses, Optional<Long> liveSession) {
		String token = responses.start(liveSession).token();
		responses.answer(token, "integration", new Answer.Choice("structurer"));
		responses.answer(token, "partners", new Answer.Choices(Set.of("associations", "public")));
		responses.answer(token, "member_count", new Answer.Number(2));
		responses.answer(token, "legal_entity", new Answer.Choice("oui"));
		responses.answer(token, "purpose", new Answer.Choices(Set.of("formation")));
		responses.answer(token, "surplus", new Answer.Choice("reinvestis"));
		responses.answer(token, "duration", new Answer.Choice("indeterminee"));
		responses.answer(token, "governance", new Answer.Choice("une_voix"));
		responses.answer(token, "readiness", new Answer.Checklist(Map.of("besoins", "oui", "volontariat", "oui",
				"projet_conjoint", "oui", "valeurs", "oui", "objectifs", "oui", "solidarite", "oui", "qualite", "oui")));
		return token;
	}
}
