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
		try (InputStream in = CatalogReader.class.getClassLoader().getResourceAsStream(SEED)) {
			if (in == null) {
				throw new IllegalStateException("missing classpath resource " + SEED);
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
