package fr.capcooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every table belongs to one module, and only that module's code names it in SQL; no foreign key
 * runs from one module's table to another's. Modules learn about each other's data through their
 * public API or events. The schema is the one Flyway builds, read from the database itself.
 */
class ModuleTablesTest {

	/** Each table and the module that owns it (see docs/architecture.md). */
	static final Map<String, String> OWNERS = Map.ofEntries(Map.entry("catalogue_version", "catalog"),
			Map.entry("questionnaire_response", "questionnaire"), Map.entry("live_session", "presentation"),
			Map.entry("live_session_journey", "presentation"), Map.entry("live_session_tally", "presentation"),
			Map.entry("admin_account", "admin"),
			Map.entry("audit_event", "admin"), Map.entry("catalogue_draft", "admin"),
			Map.entry("database_heartbeat", "database"), Map.entry("action_plan", "plan"),
			Map.entry("shared_approach", "together"), Map.entry("shared_approach_partner", "together"),
			Map.entry("shared_approach_respondent", "together"),
			// Spring Session's tables: the back-office logins (admin's), written by the library alone
			Map.entry("spring_session", "admin"), Map.entry("spring_session_attributes", "admin"));

	private static final Path SOURCES = Path.of("src/main/java/fr/capcooperation");
	private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

	private static final List<String> TABLES = new ArrayList<>();
	private static final List<String[]> FOREIGN_KEYS = new ArrayList<>();

	@BeforeAll
	static void migrate() throws Exception {
		String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
		try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
			DatabaseMetaData metadata = connection.getMetaData();
			try (ResultSet tables = metadata.getTables(null, "PUBLIC", "%", new String[] { "TABLE" })) {
				while (tables.next()) {
					TABLES.add(tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
				}
			}
			for (String table : TABLES) {
				try (ResultSet keys = metadata.getImportedKeys(null, "PUBLIC", table.toUpperCase(Locale.ROOT))) {
					while (keys.next()) {
						FOREIGN_KEYS.add(new String[] { table, keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT) });
					}
				}
			}
		}
	}

	@Test
	void every_table_has_an_owning_module() {
		assertThat(TABLES).isNotEmpty();
		assertThat(TABLES.stream().filter(table -> !table.equals("flyway_schema_history")))
			.as("a new table must be given its module in OWNERS")
			.allSatisfy(table -> assertThat(OWNERS).containsKey(table));
	}

	@Test
	void no_foreign_key_runs_from_one_module_s_table_to_another_s() {
		assertThat(FOREIGN_KEYS).isNotEmpty();
		assertThat(FOREIGN_KEYS).allSatisfy(key -> assertThat(OWNERS.get(key[1]))
			.as("foreign key from %s to %s", key[0], key[1])
			.isEqualTo(OWNERS.get(key[0])));
	}

	@Test
	void only_the_owning_module_names_a_table_in_its_code() throws IOException {
		List<String> trespasses = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
				String module = SOURCES.relativize(file).getName(0).toString();
				String source = Files.readString(file);
				OWNERS.forEach((table, owner) -> {
					if (!owner.equals(module) && source.matches("(?s).*@Table\\(name\\s*=\\s*\"" + table + "\".*")) {
						trespasses.add(file + " maps an entity on " + table + " (" + owner + "'s)");
					}
				});
				Matcher strings = STRING.matcher(source);
				while (strings.find()) {
					String literal = strings.group(1).toLowerCase(Locale.ROOT);
					OWNERS.forEach((table, owner) -> {
						if (!owner.equals(module) && namesTable(literal, table)) {
							trespasses.add(file + " names " + table + " (" + owner + "'s)");
						}
					});
				}
			}
		}
		assertThat(new TreeSet<>(trespasses)).isEmpty();
	}

	/** A table named where SQL names tables (a column of the same name is no trespass). */
	static boolean namesTable(String literal, String table) {
		return Pattern.compile("\\b(from|join|into|update|table|references)\\s+" + table + "\\b").matcher(literal).find();
	}

	@Test
	void the_check_sees_a_table_named_in_sql_and_not_a_column_of_the_same_name() {
		Matcher strings = STRING.matcher("jdbc.query(\"SELECT created_at FROM questionnaire_response\")");
		assertThat(strings.find()).isTrue();
		assertThat(namesTable(strings.group(1).toLowerCase(Locale.ROOT), "questionnaire_response")).isTrue();
		assertThat(namesTable("select catalogue_version, answers from questionnaire_response", "catalogue_version"))
			.isFalse();
		assertThat(namesTable("delete from live_session_journey where journey_token in (:tokens)", "live_session"))
			.isFalse();
	}
}
