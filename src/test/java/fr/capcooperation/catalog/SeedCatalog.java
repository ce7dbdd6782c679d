package fr.capcooperation.catalog;

import java.time.Instant;
import java.util.Map;

import fr.capcooperation.answers.AnswerJson;
import fr.capcooperation.answers.ReadAnswers;
import fr.capcooperation.rules.Answers;

/** The seeded catalogue (version 1), read once for the tests that do not need Spring. */
public final class SeedCatalog {

	public static final Catalog VERSION_1 = new Catalog(1, Instant.parse("2026-11-28T00:00:00Z"), CatalogReader.seed());

	private SeedCatalog() {
	}

	/** Answers written as in the JSON API, checked against the seeded questions. */
	public static Answers answers(Map<String, ?> json) {
		ReadAnswers read = AnswerJson.read(VERSION_1, json);
		if (!read.valid()) {
			throw new IllegalArgumentException("invalid test answers: " + read.errors());
		}
		return read.answers();
	}
}
