package fr.capcooperation.catalog;

import java.time.Instant;
import java.util.Map;

import fr.capcooperation.answers.AnswerJson;
import fr.capcooperation.answers.ReadAnswers;
import fr.capcooperation.rules.Answers;

/** The seeded catalogue (version 1), read once for the tests that do not need Spring. */
public final class SeedCatalog {

	public static final Catalog VERSION_1 = new Catalog(1, Instant.parse("2026-11-28T00:00:00Z"), CatalogReader.seed());

	/** Version 2 (the legal review of December 2026), as its migration publishes it on a new database. */
	public static final Catalog VERSION_2 = new Catalog(2, Instant.parse("2026-12-15T00:00:00Z"), CatalogReader.seedV2());

	private SeedCatalog() {
	}

	/** Answers written as in the JSON API, checked against the questions of version 1. */
	public static Answers answers(Map<String, ?> json) {
		return answers(VERSION_1, json);
	}

	/** Answers written as in the JSON API, checked against a catalogue's questions. */
	public static Answers answers(Catalog catalog, Map<String, ?> json) {
		ReadAnswers read = AnswerJson.read(catalog, json);
		if (!read.valid()) {
			throw new IllegalArgumentException("invalid test answers: " + read.errors());
		}
		return read.answers();
	}
}
