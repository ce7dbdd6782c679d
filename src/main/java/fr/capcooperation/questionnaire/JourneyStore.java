package fr.capcooperation.questionnaire;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The journeys' table, {@code questionnaire_response}, in plain SQL: one statement per operation,
 * so that what an answer costs can be read here (one SELECT to load, one UPDATE to save). No
 * other module reads this table; they go through {@link Journeys} and {@link AnonymousJourneys}.
 */
@Repository
class JourneyStore {

	/** A journey as stored: the answers are JSON text. */
	record Row(String token, int catalogueVersion, String answers, @Nullable String lastQuestion, Instant createdAt,
			Instant lastOpenedAt, @Nullable Instant completedAt, long version, @Nullable String startedIn) {
	}

	private static final String COLUMNS = "token, catalogue_version, answers, last_question, created_at, "
			+ "COALESCE(last_opened_at, updated_at) AS last_opened_at, completed_at, row_version, started_in";

	private final JdbcClient jdbc;

	JourneyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Row> find(String token) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM questionnaire_response WHERE token = ?")
			.param(token)
			.query(JourneyStore::row)
			.optional();
	}

	List<Row> findAll(Collection<String> tokens) {
		if (tokens.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM questionnaire_response WHERE token IN (:tokens)")
			.param("tokens", tokens)
			.query(JourneyStore::row)
			.list();
	}

	/** The latest journeys first, at most {@code limit}. */
	List<Row> latest(int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM questionnaire_response ORDER BY created_at DESC")
			.withMaxRows(limit)
			.query(JourneyStore::row)
			.list();
	}

	void insert(String token, int catalogueVersion, String answers, Instant now, @Nullable String startedIn) {
		jdbc.sql("INSERT INTO questionnaire_response (token, catalogue_version, answers, created_at, updated_at, "
				+ "last_opened_at, row_version, started_in) VALUES (?, ?, ?, ?, ?, ?, 0, ?)")
			.params(Arrays.asList(token, catalogueVersion, answers, timestamp(now), timestamp(now), timestamp(now),
					startedIn))
			.update();
	}

	/**
	 * Saves a changed journey if nobody saved it since it was loaded (its version); false when
	 * somebody did, or when it was deleted.
	 */
	boolean update(String token, long loadedVersion, String answers, @Nullable String lastQuestion, Instant now,
			Instant lastOpenedAt, @Nullable Instant completedAt) {
		return jdbc.sql("UPDATE questionnaire_response SET answers = ?, last_question = ?, updated_at = ?, "
				+ "last_opened_at = ?, completed_at = ?, row_version = row_version + 1 WHERE token = ? AND row_version = ?")
			.params(Arrays.asList(answers, lastQuestion, timestamp(now), timestamp(lastOpenedAt),
					completedAt == null ? null : timestamp(completedAt), token, loadedVersion))
			.update() == 1;
	}

	/** Records an opening without touching the answers or the version (a concurrent save still succeeds). */
	void markOpened(String token, Instant now) {
		jdbc.sql("UPDATE questionnaire_response SET last_opened_at = ? WHERE token = ?").params(timestamp(now), token).update();
	}

	boolean delete(String token) {
		return jdbc.sql("DELETE FROM questionnaire_response WHERE token = ?").param(token).update() > 0;
	}

	List<String> notOpenedSince(Instant cutoff) {
		return jdbc.sql("SELECT token FROM questionnaire_response WHERE COALESCE(last_opened_at, updated_at) < ?")
			.param(timestamp(cutoff))
			.query(String.class)
			.list();
	}

	int deleteAll(Collection<String> tokens) {
		return tokens.isEmpty() ? 0
				: jdbc.sql("DELETE FROM questionnaire_response WHERE token IN (:tokens)").param("tokens", tokens).update();
	}

	private static Row row(ResultSet rs, int rowNum) throws SQLException {
		Timestamp completed = rs.getTimestamp("completed_at");
		return new Row(rs.getString("token"), rs.getInt("catalogue_version"), rs.getString("answers"),
				rs.getString("last_question"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("last_opened_at").toInstant(), completed == null ? null : completed.toInstant(),
				rs.getLong("row_version"), rs.getString("started_in"));
	}

	private static Timestamp timestamp(Instant instant) {
		return Timestamp.from(instant);
	}
}
