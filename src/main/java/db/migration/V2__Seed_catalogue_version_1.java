package db.migration;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.zip.CRC32;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import fr.capcooperation.catalog.CatalogReader;

/**
 * Publishes version 1 of the catalogue from {@code db/seed/catalogue-v1.json}, the content
 * drawn from the 2017 handout and the legal facts. The file is checked (it must parse) and
 * stored as it is; its checksum is the migration's, so an edit after the fact is detected.
 */
public class V2__Seed_catalogue_version_1 extends BaseJavaMigration {

	static final Instant PUBLISHED_AT = Instant.parse("2026-11-28T00:00:00Z");

	@Override
	public Integer getChecksum() {
		CRC32 crc = new CRC32();
		crc.update(CatalogReader.seedJson().getBytes(StandardCharsets.UTF_8));
		return (int) crc.getValue();
	}

	@Override
	public void migrate(Context context) throws Exception {
		String json = CatalogReader.seedJson();
		CatalogReader.read(json); // refuse to seed a snapshot that does not parse
		try (PreparedStatement insert = context.getConnection()
			.prepareStatement("INSERT INTO catalogue_version (version, published_at, published_by, note, content) "
					+ "VALUES (1, ?, 'seed', ?, ?)")) {
			insert.setTimestamp(1, Timestamp.from(PUBLISHED_AT));
			insert.setString(2, "Version initiale, tirée du support de la soirée d'information du 17 janvier 2017 "
					+ "et des textes juridiques en vigueur.");
			insert.setString(3, json);
			insert.executeUpdate();
		}
	}
}
