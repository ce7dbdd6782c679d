package fr.capcooperation.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

/**
 * A throw-away schema in the real PostgreSQL server that CI starts (.ci/run exports
 * CAPCOOP_TEST_PG_URL, _USER and _PASSWORD). Tests using it are skipped, saying so, where
 * those variables are not set.
 */
final class PostgresDatabase implements AutoCloseable {

	static final String URL_VARIABLE = "CAPCOOP_TEST_PG_URL";

	final String url;
	final String user;
	final String password;
	final String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	PostgresDatabase() {
		this.url = System.getenv(URL_VARIABLE);
		this.user = System.getenv().getOrDefault("CAPCOOP_TEST_PG_USER", "capcoop");
		this.password = System.getenv().getOrDefault("CAPCOOP_TEST_PG_PASSWORD", "");
	}

	/** Command-line arguments that point an application at this schema with the postgres profile. */
	List<String> arguments() {
		return List.of("--spring.profiles.active=test,postgres", "--capcoop.public-url=http://localhost:8080",
				"--spring.datasource.url=" + jdbcUrl(),
				"--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
				"--spring.flyway.schemas=" + schema, "--spring.flyway.default-schema=" + schema);
	}

	String jdbcUrl() {
		return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
	}

	Connection connect() throws SQLException {
		return DriverManager.getConnection(jdbcUrl(), user, password);
	}

	@Override
	public void close() throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
		}
	}
}
