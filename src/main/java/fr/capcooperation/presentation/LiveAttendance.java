package fr.capcooperation.presentation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.capcooperation.questionnaire.JourneysDeleted;

/**
 * Which journeys were started in which live session, in this module's own table
 * ({@code live_session_journey}); the journeys themselves are read through the questionnaire
 * module, and forgotten here when that module says they were deleted.
 */
@Component
class LiveAttendance {

	private final JdbcClient jdbc;
	private final Clock clock;

	LiveAttendance(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void join(LiveSession session, String journeyToken) {
		jdbc.sql("INSERT INTO live_session_journey (journey_token, live_session_id, joined_at) VALUES (?, ?, ?)")
			.params(journeyToken, session.id(), Timestamp.from(clock.instant()))
			.update();
	}

	List<String> journeys(LiveSession session) {
		return jdbc.sql("SELECT journey_token FROM live_session_journey WHERE live_session_id = ?")
			.param(session.id())
			.query(String.class)
			.list();
	}

	/** Deleted answers no longer count in any session (in the transaction that deletes them). */
	@EventListener
	void forget(JourneysDeleted deleted) {
		if (!deleted.tokens().isEmpty()) {
			jdbc.sql("DELETE FROM live_session_journey WHERE journey_token IN (:tokens)")
				.param("tokens", deleted.tokens())
				.update();
		}
	}
}
