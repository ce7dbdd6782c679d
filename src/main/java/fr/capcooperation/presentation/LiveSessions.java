package fr.capcooperation.presentation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import fr.capcooperation.questionnaire.Journeys;

/**
 * Opens, reveals, projects, resets and closes live sessions. Everything lives in the database,
 * so any instance can serve the trainer and the attendees. A code is unique among open
 * sessions ({@code open_code} is set only while a session is open). Each change names the
 * session's row, so that a change meant for a session never lands on the one that replaced it.
 */
@Service
public class LiveSessions {

	private static final int CODE_ATTEMPTS = 20;
	/** How long a closed session's code is still recognised, to tell attendees it has ended. */
	static final Duration ENDED_RECENTLY = Duration.ofHours(12);
	private static final String COLUMNS = "id, code, open_code, revealed, opened_by, opened_at, closed_at, projected";

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final Journeys journeys;
	private final LiveTally tally;
	private final Clock clock;

	LiveSessions(JdbcClient jdbc, TransactionTemplate transactions, Journeys journeys, LiveTally tally, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.journeys = journeys;
		this.tally = tally;
		this.clock = clock;
	}

	/** Starts an attendee's journey on the current catalogue version, counted in the session; returns its token. */
	public String startJourney(LiveSession session) {
		return transactions.execute(status -> {
			String token = journeys.start(session.startedIn()).token();
			tally.join(session, token);
			return token;
		});
	}

	/** Opens a session under a fresh code, drawn again when it collides with an open one. */
	public LiveSession open(String trainer) {
		for (int attempt = 1;; attempt++) {
			try {
				return transactions.execute(status -> insert(SessionCodes.draw(), trainer));
			}
			catch (DuplicateKeyException ex) {
				if (attempt >= CODE_ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	private LiveSession insert(String code, String trainer) {
		Instant now = clock.instant();
		String by = trainer.length() > 100 ? trainer.substring(0, 100) : trainer;
		jdbc.sql("INSERT INTO live_session (code, open_code, revealed, opened_by, opened_at) VALUES (?, ?, FALSE, ?, ?)")
			.params(code, code, by, Timestamp.from(now))
			.update();
		LiveSession session = findOpen(code).orElseThrow();
		tally.opened(session);
		return session;
	}

	public Optional<LiveSession> findOpen(String code) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM live_session WHERE open_code = ?")
			.param(code)
			.query(LiveSessions::row)
			.optional();
	}

	/** A session by its row, open or not. */
	Optional<LiveSession> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM live_session WHERE id = ?").param(id).query(LiveSessions::row).optional();
	}

	/** Whether a session under this code was closed within the last hours (its attendees are told it ended). */
	boolean endedRecently(String code) {
		return jdbc.sql("SELECT COUNT(*) FROM live_session WHERE code = ? AND open_code IS NULL AND closed_at > ?")
			.params(code, Timestamp.from(clock.instant().minus(ENDED_RECENTLY)))
			.query(Long.class)
			.single() > 0;
	}

	/** Every open session, the latest first (what an admin sees). */
	public List<LiveSession> openSessions() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM live_session WHERE open_code IS NOT NULL ORDER BY opened_at DESC, id DESC")
			.query(LiveSessions::row)
			.list();
	}

	/** The open sessions of one trainer, the latest first. */
	public List<LiveSession> openSessionsOf(String trainer) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM live_session WHERE open_code IS NOT NULL AND opened_by = ? "
				+ "ORDER BY opened_at DESC, id DESC")
			.param(trainer)
			.query(LiveSessions::row)
			.list();
	}

	/** Shows or hides the results on the projector; false when the session is no longer open. */
	public boolean reveal(LiveSession session, boolean revealed) {
		return jdbc.sql("UPDATE live_session SET revealed = ? WHERE id = ? AND open_code IS NOT NULL")
			.params(revealed, session.id())
			.update() == 1;
	}

	/** What the projector shows (null: the overview); false when the session is no longer open. */
	boolean project(LiveSession session, @Nullable String view) {
		return jdbc.sql("UPDATE live_session SET projected = ? WHERE id = ? AND open_code IS NOT NULL")
			.params(Arrays.asList(view, session.id()))
			.update() == 1;
	}

	/**
	 * Starts the session again from zero under the same code and for the same trainer: its row
	 * is closed (its journeys no longer count) and a new one opens, results hidden.
	 */
	public Optional<LiveSession> reset(LiveSession session) {
		return transactions.execute(status -> {
			if (!closeRow(session.id())) {
				return Optional.<LiveSession>empty();
			}
			return Optional.of(insert(session.code(), session.openedBy()));
		});
	}

	/** Closes the session: its code is free again and joining it fails; its attendees keep their answers. */
	public boolean close(LiveSession session) {
		return closeRow(session.id());
	}

	private boolean closeRow(long id) {
		return jdbc.sql("UPDATE live_session SET open_code = NULL, closed_at = ? WHERE id = ? AND open_code IS NOT NULL")
			.params(Timestamp.from(clock.instant()), id)
			.update() == 1;
	}

	private static LiveSession row(ResultSet rs, int rowNum) throws SQLException {
		Timestamp closed = rs.getTimestamp("closed_at");
		return new LiveSession(rs.getLong("id"), rs.getString("code"), rs.getString("open_code") != null,
				rs.getBoolean("revealed"), rs.getString("opened_by"), rs.getTimestamp("opened_at").toInstant(),
				closed == null ? null : closed.toInstant(), rs.getString("projected"));
	}
}
