package fr.capcooperation.presentation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import fr.capcooperation.questionnaire.Journey;
import fr.capcooperation.questionnaire.JourneyChanged;
import fr.capcooperation.questionnaire.Journeys;
import fr.capcooperation.questionnaire.JourneysDeleted;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A live session's figures, kept as they change so that reading them costs the same for three
 * attendees or three hundred: one row of counts per session ({@code live_session_tally}), and
 * per attendee what their journey adds ({@link LiveContribution}, in
 * {@code live_session_journey}). Each change of an attendee's journey ({@link JourneyChanged},
 * in the transaction that saves it) takes away what the journey added before and adds what it
 * adds now, under the lock of the attendee's row, then of the session's counts: the same order
 * everywhere, so two changes never wait for each other in a circle. Deleted journeys take away
 * what they added. A session opened before the counts existed (counts {@code NULL}) is counted
 * once from its journeys, when its figures are first read.
 */
@Component
class LiveTally {

	private static final TypeReference<TreeMap<String, Integer>> COUNTS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final Journeys journeys;
	private final TransactionTemplate transactions;
	private final JsonMapper json;
	private final Clock clock;

	LiveTally(JdbcClient jdbc, Journeys journeys, TransactionTemplate transactions, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.journeys = journeys;
		this.transactions = transactions;
		this.json = json;
		this.clock = clock;
	}

	/** A new session counts nothing yet. */
	void opened(LiveSession session) {
		jdbc.sql("INSERT INTO live_session_tally (live_session_id, counts) VALUES (?, ?)").params(session.id(), "{}").update();
	}

	/** An attendee joined: one more participant (in the transaction that starts their journey). */
	void join(LiveSession session, String journeyToken) {
		SortedSet<String> joined = LiveContribution.joined();
		jdbc.sql("INSERT INTO live_session_journey (journey_token, live_session_id, joined_at, contribution) VALUES (?, ?, ?, ?)")
			.params(journeyToken, session.id(), Timestamp.from(clock.instant()), text(joined))
			.update();
		change(session.id(), new TreeSet<>(), joined);
	}

	/** The tokens of the journeys started in the session. */
	List<String> journeys(LiveSession session) {
		return jdbc.sql("SELECT journey_token FROM live_session_journey WHERE live_session_id = ?")
			.param(session.id())
			.query(String.class)
			.list();
	}

	/** An attendee answered: what their journey adds now replaces what it added before. */
	@EventListener
	void changed(JourneyChanged changed) {
		Journey journey = changed.journey();
		String startedIn = journey.startedIn();
		if (startedIn == null || !startedIn.startsWith(LiveSession.STARTED_IN)) {
			return;
		}
		List<Attendee> rows = jdbc.sql("SELECT journey_token, live_session_id, contribution FROM live_session_journey "
				+ "WHERE journey_token = ? FOR UPDATE")
			.param(journey.token())
			.query((rs, row) -> new Attendee(rs.getString(1), rs.getLong(2), rs.getString(3)))
			.list();
		if (rows.isEmpty()) {
			return;
		}
		String contribution = rows.get(0).contribution();
		if (contribution == null) {
			// counted when the session's figures are first counted from the journeys
			return;
		}
		SortedSet<String> now = LiveContribution.of(journey);
		SortedSet<String> before = items(contribution);
		if (before.equals(now)) {
			return;
		}
		jdbc.sql("UPDATE live_session_journey SET contribution = ? WHERE journey_token = ?")
			.params(text(now), journey.token())
			.update();
		change(rows.get(0).session(), before, now);
	}

	/** Deleted answers no longer count in any session (in the transaction that deletes them). */
	@EventListener
	void forget(JourneysDeleted deleted) {
		if (deleted.tokens().isEmpty()) {
			return;
		}
		List<Attendee> rows = jdbc.sql("SELECT journey_token, live_session_id, contribution FROM live_session_journey "
				+ "WHERE journey_token IN (:tokens) ORDER BY journey_token FOR UPDATE")
			.param("tokens", deleted.tokens())
			.query((rs, row) -> new Attendee(rs.getString(1), rs.getLong(2), rs.getString(3)))
			.list();
		// by session, in order: the counts' locks are taken in the order every change takes them
		SortedMap<Long, Map<String, Integer>> deltas = new TreeMap<>();
		for (Attendee row : rows) {
			String contribution = row.contribution();
			if (contribution != null) {
				items(contribution).forEach(item -> deltas.computeIfAbsent(row.session(), session -> new TreeMap<>())
					.merge(item, -1, Integer::sum));
			}
		}
		jdbc.sql("DELETE FROM live_session_journey WHERE journey_token IN (:tokens)").param("tokens", deleted.tokens()).update();
		deltas.forEach(this::apply);
	}

	/**
	 * The session's counts by item; counted from its journeys the first time for a session
	 * opened before the counts were kept.
	 */
	SortedMap<String, Integer> counts(LiveSession session) {
		String counts = stored(session.id(), false);
		if (counts != null) {
			return read(counts);
		}
		return transactions.execute(status -> recount(session));
	}

	private SortedMap<String, Integer> recount(LiveSession session) {
		// the attendees' rows first, then the counts: the order every change takes
		List<String> tokens = jdbc.sql("SELECT journey_token FROM live_session_journey WHERE live_session_id = ? "
				+ "ORDER BY journey_token FOR UPDATE")
			.param(session.id())
			.query(String.class)
			.list();
		String stored = stored(session.id(), true);
		if (stored != null) {
			return read(stored);
		}
		SortedMap<String, Integer> counts = new TreeMap<>();
		Map<String, SortedSet<String>> byToken = new LinkedHashMap<>();
		for (Journey journey : journeys.findAll(tokens)) {
			byToken.put(journey.token(), LiveContribution.of(journey));
		}
		for (String token : tokens) {
			SortedSet<String> items = byToken.getOrDefault(token, LiveContribution.joined());
			items.forEach(item -> counts.merge(item, 1, Integer::sum));
			jdbc.sql("UPDATE live_session_journey SET contribution = ? WHERE journey_token = ?").params(text(items), token).update();
		}
		write(session.id(), counts);
		return counts;
	}

	/** Takes away what was added before and adds what is added now. */
	private void change(long session, Collection<String> before, Collection<String> now) {
		Map<String, Integer> delta = new TreeMap<>();
		before.forEach(item -> delta.merge(item, -1, Integer::sum));
		now.forEach(item -> delta.merge(item, 1, Integer::sum));
		delta.values().removeIf(value -> value == 0);
		if (!delta.isEmpty()) {
			apply(session, delta);
		}
	}

	private void apply(long session, Map<String, Integer> delta) {
		String stored = stored(session, true);
		if (stored == null) {
			// not counted yet: the first reading counts every journey as it then is
			return;
		}
		SortedMap<String, Integer> counts = read(stored);
		delta.forEach((item, by) -> counts.merge(item, by, Integer::sum));
		counts.values().removeIf(value -> value <= 0);
		write(session, counts);
	}

	private @Nullable String stored(long session, boolean lock) {
		List<@Nullable String> rows = jdbc.sql("SELECT counts FROM live_session_tally WHERE live_session_id = ?"
				+ (lock ? " FOR UPDATE" : ""))
			.param(session)
			.query((rs, row) -> rs.getString(1))
			.list();
		return rows.isEmpty() ? "{}" : rows.get(0);
	}

	private void write(long session, SortedMap<String, Integer> counts) {
		jdbc.sql("UPDATE live_session_tally SET counts = ? WHERE live_session_id = ?")
			.params(json.writeValueAsString(counts), session)
			.update();
	}

	private SortedMap<String, Integer> read(String counts) {
		return json.readValue(counts, COUNTS);
	}

	private static String text(SortedSet<String> items) {
		return String.join("\n", items);
	}

	private static SortedSet<String> items(String text) {
		return new TreeSet<>(Arrays.asList(text.split("\n")));
	}

	/** An attendee's row: their journey, their session, what their journey adds (null: not counted yet). */
	private record Attendee(String token, long session, @Nullable String contribution) {
	}
}
