package fr.capcooperation.together;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import fr.capcooperation.together.SharedApproach.Partner;
import fr.capcooperation.together.SharedApproach.Respondent;

/** The module's own tables, in plain SQL: one statement per operation. */
@Repository
class SharedApproachStore {

	private static final String SELECT = "SELECT a.id, a.coordinator_token, a.name, a.partners_see_answers, a.created_at,"
			+ " a.last_opened_at, p.id AS partner_id, p.name AS partner_name, r.token, r.position AS respondent_position,"
			+ " r.journey_token FROM shared_approach a"
			+ " LEFT JOIN shared_approach_partner p ON p.approach_id = a.id"
			+ " LEFT JOIN shared_approach_respondent r ON r.partner_id = p.id";

	private static final String ORDER = " ORDER BY p.position, p.id, r.position";

	private final JdbcClient jdbc;

	SharedApproachStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insertApproach(String coordinatorToken, String name, boolean partnersSeeAnswers, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO shared_approach (coordinator_token, name, partners_see_answers, created_at, last_opened_at)"
				+ " VALUES (?, ?, ?, ?, ?)")
			.params(coordinatorToken, name, partnersSeeAnswers, Timestamp.from(now), Timestamp.from(now))
			.update(keys, "id");
		return key(keys);
	}

	long insertPartner(long approachId, int position, String name) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO shared_approach_partner (approach_id, position, name) VALUES (?, ?, ?)")
			.params(approachId, position, name)
			.update(keys, "id");
		return key(keys);
	}

	void insertRespondent(long partnerId, int position, String token) {
		jdbc.sql("INSERT INTO shared_approach_respondent (token, partner_id, position) VALUES (?, ?, ?)")
			.params(token, partnerId, position)
			.update();
	}

	private static long key(KeyHolder keys) {
		Number key = keys.getKey();
		if (key == null) {
			throw new IllegalStateException("no generated key");
		}
		return key.longValue();
	}

	Optional<SharedApproach> findByCoordinator(String token) {
		return one(jdbc.sql(SELECT + " WHERE a.coordinator_token = ?" + ORDER).param(token));
	}

	/** The approach a respondent's link belongs to (the whole approach, every partner). */
	Optional<SharedApproach> findByRespondent(String token) {
		return one(jdbc.sql(SELECT + " WHERE a.id = (SELECT p2.approach_id FROM shared_approach_respondent r2"
				+ " JOIN shared_approach_partner p2 ON p2.id = r2.partner_id WHERE r2.token = ?)" + ORDER).param(token));
	}

	/** The token of the respondent's link whose answers are this journey, if any (the journey token is unique). */
	Optional<String> respondentOfJourney(String journeyToken) {
		return jdbc.sql("SELECT token FROM shared_approach_respondent WHERE journey_token = ?")
			.param(journeyToken)
			.query(String.class)
			.optional();
	}

	private static Optional<SharedApproach> one(JdbcClient.StatementSpec statement) {
		List<Row> rows = statement.query((rs, n) -> {
			long partnerId = rs.getLong("partner_id");
			boolean hasPartner = !rs.wasNull();
			return new Row(rs.getLong("id"), rs.getString("coordinator_token"), rs.getString("name"),
					rs.getBoolean("partners_see_answers"), rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("last_opened_at").toInstant(), hasPartner ? partnerId : null,
					rs.getString("partner_name"), rs.getString("token"), rs.getInt("respondent_position"),
					rs.getString("journey_token"));
		}).list();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Map<Long, String> partnerNames = new LinkedHashMap<>();
		Map<Long, List<Respondent>> respondents = new LinkedHashMap<>();
		for (Row row : rows) {
			Long id = row.partnerId();
			String partnerName = row.partnerName();
			if (id == null || partnerName == null) {
				continue;
			}
			partnerNames.put(id, partnerName);
			List<Respondent> links = respondents.computeIfAbsent(id, key -> new ArrayList<>());
			String token = row.token();
			if (token != null) {
				links.add(new Respondent(token, id, row.position(), row.journeyToken()));
			}
		}
		List<Partner> partners = new ArrayList<>();
		partnerNames.forEach((id, name) -> partners.add(new Partner(id, name, respondents.getOrDefault(id, List.of()))));
		Row first = rows.get(0);
		return Optional.of(new SharedApproach(first.id(), first.coordinatorToken(), first.name(), first.partnersSeeAnswers(),
				first.createdAt(), first.lastOpenedAt(), partners));
	}

	/** One row of the approach's join: the approach, one partner (or none), one link (or none). */
	private record Row(long id, String coordinatorToken, String name, boolean partnersSeeAnswers, Instant createdAt,
			Instant lastOpenedAt, @Nullable Long partnerId, @Nullable String partnerName, @Nullable String token,
			int position, @Nullable String journeyToken) {
	}

	/** Gives a respondent its journey, unless another request gave it one first. */
	boolean attachJourney(String respondentToken, String journeyToken) {
		return jdbc.sql("UPDATE shared_approach_respondent SET journey_token = ? WHERE token = ? AND journey_token IS NULL")
			.params(journeyToken, respondentToken)
			.update() == 1;
	}

	/** Forgets a respondent's journey (its answers were deleted). */
	void detachJourney(String respondentToken, String journeyToken) {
		jdbc.sql("UPDATE shared_approach_respondent SET journey_token = NULL WHERE token = ? AND journey_token = ?")
			.params(respondentToken, journeyToken)
			.update();
	}

	void forgetJourneys(Collection<String> journeyTokens) {
		jdbc.sql("UPDATE shared_approach_respondent SET journey_token = NULL WHERE journey_token IN (:tokens)")
			.param("tokens", journeyTokens)
			.update();
	}

	void setPartnersSeeAnswers(long approachId, boolean partnersSeeAnswers) {
		jdbc.sql("UPDATE shared_approach SET partners_see_answers = ? WHERE id = ?").params(partnersSeeAnswers, approachId).update();
	}

	void markOpened(long approachId, Instant now) {
		jdbc.sql("UPDATE shared_approach SET last_opened_at = ? WHERE id = ?").params(Timestamp.from(now), approachId).update();
	}

	void deletePartner(long partnerId) {
		jdbc.sql("DELETE FROM shared_approach_partner WHERE id = ?").param(partnerId).update();
	}

	void deleteApproach(long approachId) {
		jdbc.sql("DELETE FROM shared_approach WHERE id = ?").param(approachId).update();
	}

	List<Long> notOpenedSince(Instant cutoff) {
		return jdbc.sql("SELECT id FROM shared_approach WHERE last_opened_at < ?")
			.param(Timestamp.from(cutoff))
			.query(Long.class)
			.list();
	}

	/** The journeys of an approach's respondents (to delete them with it). */
	List<String> journeysOf(long approachId) {
		return jdbc.sql("SELECT r.journey_token FROM shared_approach_respondent r JOIN shared_approach_partner p"
				+ " ON p.id = r.partner_id WHERE p.approach_id = ? AND r.journey_token IS NOT NULL")
			.param(approachId)
			.query(String.class)
			.list();
	}
}
