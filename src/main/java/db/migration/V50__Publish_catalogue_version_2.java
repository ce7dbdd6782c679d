package db.migration;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.zip.CRC32;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogContent;
import fr.capcooperation.catalog.CatalogMerge;
import fr.capcooperation.catalog.CatalogReader;

/**
 * Publishes catalogue version 2 (the legal review of December 2026, {@code db/seed/catalogue-v2.json})
 * as the next immutable version, and brings an unpublished draft along.
 *
 * <ul>
 * <li>On a database where only version 1 exists, the seed becomes version 2 as it is.</li>
 * <li>Where admins have published versions after version 1, the seed is merged item by item
 * with their work ({@link CatalogMerge}: base version 1, ours the latest version, theirs the
 * seed): what they changed and the seed did not is kept, what the seed changed wins, and the
 * publication note lists both. If the merge does not make a consistent catalogue, the seed is
 * published as it is and the note says so. Either way it gets the next number.</li>
 * <li>A draft left in the back-office was started from an older version: it is merged the same
 * way onto the new version (base the version it started from, ours the draft, theirs the new
 * version) and marked as based on it, so that its next publication cannot silently undo
 * version 2; the items where both changed keep the new version's text and are listed in the
 * audit log.</li>
 * </ul>
 * The file's checksum is the migration's, so an edit of the seed after the fact is detected.
 */
public class V50__Publish_catalogue_version_2 extends BaseJavaMigration {

	static final String ACTOR = "migration V50";
	private static final int NOTE_MAX = 1000;

	@Override
	public Integer getChecksum() {
		CRC32 crc = new CRC32();
		crc.update(CatalogReader.seedV2Json().getBytes(StandardCharsets.UTF_8));
		return (int) crc.getValue();
	}

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		CatalogContent seed = CatalogReader.seedV2();
		int latest = latestVersion(connection);
		String note;
		CatalogContent published;
		if (latest <= 1) {
			published = seed;
			note = "Version 2, après la revue juridique de décembre 2026 : membres et activités distingués, réponses "
					+ "inconnues qui n’écartent ni ne recommandent, incompatibilités dites avec leur article, faits "
					+ "corrigés, cinq nouvelles formes.";
		}
		else {
			CatalogMerge.Result merge = CatalogMerge.merge(content(connection, 1), content(connection, latest), seed);
			if (consistent(merge.content())) {
				published = merge.content();
				note = "Revue juridique de décembre 2026, fusionnée avec les versions publiées depuis la version 1. "
						+ "Conservé du back-office : " + listed(merge.keptFromOurs()) + ". Remplacé par la revue : "
						+ listed(merge.conflicts()) + ".";
			}
			else {
				published = seed;
				note = "Revue juridique de décembre 2026, publiée telle quelle : les modifications des versions 2 à "
						+ latest + " ne formaient pas un catalogue cohérent avec elle. Restaurez-les au besoin depuis "
						+ "l’historique.";
			}
		}
		int version = latest + 1;
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		insertVersion(connection, version, now, published, shorten(note), ACTOR);
		audit(connection, ACTOR, "PUBLISHED", "version " + version + " : " + shorten(note));
		rebaseDraft(connection, version, published, ACTOR);
	}

	static boolean consistent(CatalogContent content) {
		try {
			return new Catalog(0, Instant.EPOCH, content).checks().isEmpty();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	static void rebaseDraft(Connection connection, int version, CatalogContent published, String actor) throws SQLException {
		String draftJson = null;
		int basedOn = 0;
		try (PreparedStatement select = connection
			.prepareStatement("SELECT based_on, content FROM catalogue_draft WHERE id = 1");
				ResultSet rows = select.executeQuery()) {
			if (rows.next()) {
				basedOn = rows.getInt(1);
				draftJson = rows.getString(2);
			}
		}
		if (draftJson == null) {
			return;
		}
		CatalogContent draft = CatalogReader.read(draftJson);
		CatalogMerge.Result merge = CatalogMerge.merge(content(connection, basedOn), draft, published);
		CatalogContent rebased = consistent(merge.content()) ? merge.content() : published;
		try (PreparedStatement update = connection.prepareStatement(
				"UPDATE catalogue_draft SET based_on = ?, content = ?, updated_at = ?, updated_by = ? WHERE id = 1")) {
			update.setInt(1, version);
			update.setString(2, CatalogReader.write(rebased));
			update.setTimestamp(3, Timestamp.from(Instant.now()));
			update.setString(4, actor);
			update.executeUpdate();
		}
		String detail = rebased == published
				? "Le brouillon, commencé sur la version " + basedOn + ", ne formait pas un catalogue cohérent avec la "
						+ "version " + version + " : il a été remplacé par elle."
				: "Brouillon reporté de la version " + basedOn + " sur la version " + version + ". Modifications du "
						+ "brouillon conservées : " + listed(merge.keptFromOurs()) + ". Remplacées par la version "
						+ version + " (modifiées des deux côtés) : " + listed(merge.conflicts()) + ".";
		audit(connection, actor, "DRAFT_REBASED", detail);
	}

	static int latestVersion(Connection connection) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement("SELECT MAX(version) FROM catalogue_version");
				ResultSet rows = select.executeQuery()) {
			return rows.next() ? rows.getInt(1) : 0;
		}
	}

	static CatalogContent content(Connection connection, int version) throws SQLException {
		try (PreparedStatement select = connection
			.prepareStatement("SELECT content FROM catalogue_version WHERE version = ?")) {
			select.setInt(1, version);
			try (ResultSet rows = select.executeQuery()) {
				if (!rows.next()) {
					throw new IllegalStateException("catalogue version " + version + " is missing");
				}
				return CatalogReader.read(rows.getString(1));
			}
		}
	}

	static void insertVersion(Connection connection, int version, Instant publishedAt, CatalogContent content,
			String note, String actor)
			throws SQLException {
		try (PreparedStatement insert = connection
			.prepareStatement("INSERT INTO catalogue_version (version, published_at, published_by, note, content) "
					+ "VALUES (?, ?, ?, ?, ?)")) {
			insert.setInt(1, version);
			insert.setTimestamp(2, Timestamp.from(publishedAt));
			insert.setString(3, actor);
			insert.setString(4, note);
			insert.setString(5, CatalogReader.write(content));
			insert.executeUpdate();
		}
	}

	static void audit(Connection connection, String actor, String action, String detail) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO audit_event (occurred_at, actor, action, detail) VALUES (?, ?, ?, ?)")) {
			insert.setTimestamp(1, Timestamp.from(Instant.now()));
			insert.setString(2, actor);
			insert.setString(3, action);
			insert.setString(4, detail);
			insert.executeUpdate();
		}
	}

	static String listed(List<String> items) {
		return items.isEmpty() ? "rien" : String.join(", ", items);
	}

	static String shorten(String note) {
		return note.length() <= NOTE_MAX ? note : note.substring(0, NOTE_MAX - 1) + "…";
	}
}
