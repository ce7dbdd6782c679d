package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Drops the foreign key from {@code questionnaire_response} (the questionnaire module's table) to
 * {@code catalogue_version} (the catalogue module's): a journey refers to a published version by
 * its number, which the catalogue never deletes, and no module's table constrains another's. The
 * constraint was declared without a name in V1, so its name depends on the database: it is read
 * from the connection's metadata.
 */
public class V61__Journeys_without_foreign_key_to_the_catalogue extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		List<String> constraints = new ArrayList<>();
		for (String table : List.of("questionnaire_response", "QUESTIONNAIRE_RESPONSE")) {
			try (ResultSet keys = connection.getMetaData().getImportedKeys(null, null, table)) {
				while (keys.next()) {
					if ("catalogue_version".equalsIgnoreCase(keys.getString("PKTABLE_NAME"))) {
						constraints.add(keys.getString("FK_NAME"));
					}
				}
			}
		}
		try (Statement statement = connection.createStatement()) {
			for (String constraint : constraints.stream().distinct().toList()) {
				statement.execute("ALTER TABLE questionnaire_response DROP CONSTRAINT \"" + constraint + "\"");
			}
		}
	}
}
