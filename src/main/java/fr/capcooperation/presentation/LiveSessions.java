package fr.capcooperation.presentation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import fr.capcooperation.questionnaire.Journeys;

/**
 * Opens, reveals, resets and closes live sessions. Everything lives in the database, so any
 * instance can serve the trainer and the attendees. A code is unique among open sessions
 * ({@code open_code} is set only while a session is open).
 */
@Service
public class LiveSessions {

	private static final int CODE_ATTEMPTS = 20;
	private static final String COLUMNS = "id, code, open_code, revealed, opened_by, opened_at, closed_at";

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final Journeys journeys;
	private final LiveAttendance attendance;
	private final Clock clock;

	LiveSessions(JdbcClient jdbc, TransactionTemplate transactions, Journeys journeys, LiveAttendance attendance,
			Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.journeys = journeys;
		this.attendance = attendance;
		this.clock = clock;
	}

	/** Starts an attendee's journey on the current catalogue version, counted in the session; returns its token. */
	public String startJourney(LiveSession session) {
		return transactions.execute(status -> {
			String token = journeys.start().token();
			attendance.join(session, token);
			return token;
		});
	}

	/** Opens a session under a fresh code, drawn again when it collides with an open one. */
	public LiveSession open(String trainer) {
		for (int attempt = 1;; attempt++) {
			try {
				return insert(SessionCodes.draw(), trainer);
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
		return findOpen(code).orElseThrow();
	}

	public Optional<LiveSession> findOpen(String code) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM live_session WHERE open_code = ?")
			.param(code)
			.query(LiveSessions::row)
			.optional();
	}

	public List<LiveSession> openSessions() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM live_session WHERE open_code IS NOT NULL ORDER BY opened_at DESC, id DESC")
			.query(LiveSessions::row)
			.list();
	}

	/** Shows or hides the results on the projector; false when no session is open under the code. */
	public boolean reveal(String code, boolean revealed) {
		return jdbc.sql("UPDATE live_session SET revealed = ? WHERE open_code = ?").params(revealed, code).update() == 1;
	}

	/**
	 * Starts the session again from zero under the same code: the current row is closed (its
	 * journeys no longer count) and a new one opens, results hidden.
	 */
	public Optional<LiveSession> reset(String code) {
		return transactions.execute(status -> {
			Optional<LiveSession> current = findOpen(code);
			if (current.isEmpty()) {
				return Optional.<LiveSession>empty();
			}
			closeRow(current.get().id());
			return Optional.of(insert(code, current.get().openedBy()));
		});
	}

	public boolean close(String code) {
		return findOpen(code).map(session -> closeRow(session.id())).orElse(false);
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
				closed == null ? null : closed.toInstant());
	}
}
