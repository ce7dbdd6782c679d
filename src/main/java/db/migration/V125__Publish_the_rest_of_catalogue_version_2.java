package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jspecify.annotations.Nullable;

import fr.capcooperation.catalog.CatalogContent;
import fr.capcooperation.catalog.CatalogMerge;
import fr.capcooperation.catalog.CatalogReader;

/**
 * Brings what version 2's seed gained after its first release (the roadmaps, consequences,
 * contacts and document models of « Mon plan d'action », and « Ce que cela implique » for each
 * form) to a database where {@code V50} published the seed as first released.
 *
 * <p>Such a database is recognised by the version {@code V50} published: it has no roadmap. Its
 * latest version is then merged item by item with the seed as it is now ({@link CatalogMerge}:
 * base the seed as first released, ours the latest version, theirs the seed), so that what
 * admins changed since is kept, and published as the next version; an open draft is brought
 * along as {@code V50} does. On a database where {@code V50} already published the whole seed
 * (every new installation), there is nothing to do.
 */
public class V125__Publish_the_rest_of_catalogue_version_2 extends BaseJavaMigration {

	static final String ACTOR = "migration V125";

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		@Nullable Integer firstRelease = versionPublishedBy(connection, V50__Publish_catalogue_version_2.ACTOR);
		CatalogContent seed = CatalogReader.seedV2();
		if (firstRelease == null || !V50__Publish_catalogue_version_2.content(connection, firstRelease).roadmaps().isEmpty()
				|| seed.roadmaps().isEmpty()) {
			return;
		}
		int latest = V50__Publish_catalogue_version_2.latestVersion(connection);
		CatalogContent base = CatalogReader.read(CatalogReader.seedV2FirstReleaseJson());
		CatalogMerge.Result merge = CatalogMerge.merge(base, V50__Publish_catalogue_version_2.content(connection, latest),
				seed);
		CatalogContent published;
		String note;
		if (V50__Publish_catalogue_version_2.consistent(merge.content())) {
			published = merge.content();
			note = "Suite de la version 2 : feuilles de route, conséquences, contacts et modèles de documents du plan "
					+ "d’action, et « Ce que cela implique » pour chaque forme. Conservé du back-office : "
					+ V50__Publish_catalogue_version_2.listed(merge.keptFromOurs()) + ". Remplacé : "
					+ V50__Publish_catalogue_version_2.listed(merge.conflicts()) + ".";
		}
		else {
			published = seed;
			note = "Suite de la version 2, publiée telle quelle : les modifications faites depuis la version " + firstRelease
					+ " ne formaient pas un catalogue cohérent avec elle. Restaurez-les au besoin depuis l’historique.";
		}
		int version = latest + 1;
		String shortNote = V50__Publish_catalogue_version_2.shorten(note);
		V50__Publish_catalogue_version_2.insertVersion(connection, version, Instant.now().truncatedTo(ChronoUnit.MILLIS),
				published, shortNote, ACTOR);
		V50__Publish_catalogue_version_2.audit(connection, ACTOR, "PUBLISHED", "version " + version + " : " + shortNote);
		V50__Publish_catalogue_version_2.rebaseDraft(connection, version, published, ACTOR);
	}

	private static @Nullable Integer versionPublishedBy(Connection connection, String actor) throws SQLException {
		try (PreparedStatement select = connection
			.prepareStatement("SELECT MAX(version) FROM catalogue_version WHERE published_by = ?")) {
			select.setString(1, actor);
			try (ResultSet rows = select.executeQuery()) {
				if (rows.next()) {
					int version = rows.getInt(1);
					return rows.wasNull() ? null : version;
				}
				return null;
			}
		}
	}
}
