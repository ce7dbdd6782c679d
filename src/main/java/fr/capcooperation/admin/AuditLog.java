package fr.capcooperation.admin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The audit log: who did what, when. Written in its own transaction, never updated. */
@Service
public class AuditLog {

	/** What can be recorded; the French labels are {@code admin.audit.action.<name>}. */
	public enum Action {
		LOGIN_SUCCEEDED, LOGIN_FAILED, ACCOUNT_LOCKED, ACCOUNT_CREATED, ACCOUNT_DISABLED, ACCOUNT_ENABLED,
		PASSWORD_CHANGED, DRAFT_EDITED, DRAFT_CONFLICT, PUBLISHED, PUBLICATION_REFUSED, RESTORED, FIRST_ADMIN_CREATED,
		/** A draft carried over onto a version published by a migration (V50: catalogue version 2). */
		DRAFT_REBASED
	}

	public record Entry(long id, Instant occurredAt, String actor, Action action, @Nullable String detail) {
	}

	private final JdbcTemplate jdbc;
	private final Clock clock;

	AuditLog(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(String actor, Action action, @Nullable String detail) {
		jdbc.update("INSERT INTO audit_event (occurred_at, actor, action, detail) VALUES (?, ?, ?, ?)",
				Timestamp.from(clock.instant()), shorten(actor, 100), action.name(), detail);
	}

	/** The latest entries first, filtered by actor (exact), action and day range, at most {@code limit}. */
	@Transactional(readOnly = true)
	public List<Entry> find(@Nullable String actor, @Nullable Action action, @Nullable LocalDate from,
			@Nullable LocalDate to, int limit) {
		StringBuilder sql = new StringBuilder("SELECT id, occurred_at, actor, action, detail FROM audit_event WHERE 1 = 1");
		List<Object> args = new ArrayList<>();
		if (actor != null && !actor.isBlank()) {
			sql.append(" AND actor = ?");
			args.add(actor.strip());
		}
		if (action != null) {
			sql.append(" AND action = ?");
			args.add(action.name());
		}
		ZoneId paris = ZoneId.of("Europe/Paris");
		if (from != null) {
			sql.append(" AND occurred_at >= ?");
			args.add(Timestamp.from(from.atStartOfDay(paris).toInstant()));
		}
		if (to != null) {
			sql.append(" AND occurred_at < ?");
			args.add(Timestamp.from(to.plusDays(1).atStartOfDay(paris).toInstant()));
		}
		sql.append(" ORDER BY occurred_at DESC, id DESC");
		List<Entry> entries = jdbc.query(sql.toString(),
				(rs, row) -> new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
						Action.valueOf(rs.getString(4)), rs.getString(5)),
				args.toArray());
		return entries.size() > limit ? entries.subList(0, limit) : entries;
	}

	/** The latest entry of an action on a subject (e.g. an edit of {@code regles/gip.requires-public}). */
	@Transactional(readOnly = true)
	public Optional<Entry> latest(Action action, String detail) {
		return jdbc.query("SELECT id, occurred_at, actor, action, detail FROM audit_event WHERE action = ? AND detail = ? "
				+ "ORDER BY occurred_at DESC, id DESC",
				(rs, row) -> new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
						Action.valueOf(rs.getString(4)), rs.getString(5)),
				action.name(), detail).stream().findFirst();
	}

	private static String shorten(String value, int max) {
		return value.length() <= max ? value : value.substring(0, max);
	}
}
