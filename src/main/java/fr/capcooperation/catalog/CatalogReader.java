package fr.capcooperation.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes catalogue snapshots (JSON). Strict: an unknown field is an error. */
public final class CatalogReader {

	/** The classpath resource from which version 1 is seeded. */
	public static final String SEED = "db/seed/catalogue-v1.json";

	/** The classpath resource of version 2, published by a migration as the next version. */
	public static final String SEED_V2 = "db/seed/catalogue-v2.json";

	/**
	 * Version 2's seed as it was first released (stop of 2026-12-01), before the roadmaps,
	 * consequences, contacts, models and « Ce que cela implique » were added to it: what
	 * {@code V50} published on the databases migrated then, and so the base from which
	 * {@code V125} brings them the rest.
	 */
	public static final String SEED_V2_FIRST_RELEASE = "db/seed/catalogue-v2-first-release.json";

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private CatalogReader() {
	}

	public static CatalogContent read(String json) {
		return MAPPER.readValue(json, CatalogContent.class);
	}

	public static String write(CatalogContent content) {
		return MAPPER.writeValueAsString(content);
	}

	/** The seed file's text, as the migration stores it. */
	public static String seedJson() {
		return resource(SEED);
	}

	/** The text of version 2's seed file. */
	public static String seedV2Json() {
		return resource(SEED_V2);
	}

	public static CatalogContent seedV2() {
		return read(seedV2Json());
	}

	/** The text of version 2's seed as first released ({@link #SEED_V2_FIRST_RELEASE}). */
	public static String seedV2FirstReleaseJson() {
		return resource(SEED_V2_FIRST_RELEASE);
	}

	private static String resource(String name) {
		try (InputStream in = CatalogReader.class.getClassLoader().getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("missing classpath resource " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static CatalogContent seed() {
		return read(seedJson());
	}
}
