package fr.capcooperation.questionnaire;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.rules.Answer;
import fr.capcooperation.rules.Answers;

/** Journeys for tests, answered through the module's API (no pages in between). */
public final class TestJourneys {

	/**
	 * Every seeded question answered: an association and a town sharing a training centre, every
	 * prerequisite solid.
	 */
	public static final Map<String, Answer> SEEDED_ANSWERS = seededAnswers();

	private TestJourneys() {
	}

	/** A new journey with every seeded question answered; returns its token. It is not marked completed. */
	public static String answered(Journeys journeys) {
		return answered(journeys, journeys.start().token());
	}

	/** Answers every seeded question of an existing journey; returns its token. */
	public static String answered(Journeys journeys, String token) {
		SEEDED_ANSWERS.forEach((key, answer) -> answer(journeys, token, key, answer));
		return token;
	}

	/** A new journey with these answers; returns its token. */
	public static String withAnswers(Journeys journeys, Map<String, Answer> answers) {
		String token = journeys.start().token();
		answers.forEach((key, answer) -> answer(journeys, token, key, answer));
		return token;
	}

	/** Saves one answer, as the question page does: load, change, save. */
	public static Journey answer(Journeys journeys, String token, String key, Answer answer) {
		Journey journey = journeys.find(token).orElseThrow();
		return journeys.save(journey, loaded -> loaded.answered(key, answer, Instant.now()));
	}

	/** Marks the journey finished, as opening its result does. */
	public static Journey complete(Journeys journeys, String token) {
		Journey journey = journeys.find(token).orElseThrow();
		return journeys.save(journey, loaded -> loaded.completed(Instant.now()));
	}

	/** A journey that is not stored, finished (for benchmarks of what renders it). */
	public static Journey unsaved(String token, Catalog catalog, Answers answers) {
		Instant now = Instant.now();
		return new Journey(token, catalog, answers, Map.of(), List.of(), null, now, now, now, 0, null);
	}

	private static Map<String, Answer> seededAnswers() {
		Map<String, Answer> answers = new LinkedHashMap<>();
		answers.put("integration", new Answer.Choice("structurer"));
		answers.put("partners", new Answer.Choices(Set.of("associations", "public")));
		answers.put("member_count", new Answer.Number(2));
		answers.put("legal_entity", new Answer.Choice("oui"));
		answers.put("purpose", new Answer.Choices(Set.of("formation")));
		answers.put("surplus", new Answer.Choice("reinvestis"));
		answers.put("duration", new Answer.Choice("indeterminee"));
		answers.put("governance", new Answer.Choice("une_voix"));
		answers.put("readiness", new Answer.Checklist(Map.of("besoins", "oui", "volontariat", "oui", "projet_conjoint", "oui",
				"valeurs", "oui", "objectifs", "oui", "solidarite", "oui", "qualite", "oui")));
		return Collections.unmodifiableMap(answers);
	}
}
