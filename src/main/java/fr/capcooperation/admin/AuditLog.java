package fr.capcooperation.admin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The audit log: who did what, when. Written in its own transaction, never updated. */
@Service
public class AuditLog {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

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

	/** What the audit page filters on: actor (exact, any case), action, and days (Paris time, both included). */
	public record Filter(@Nullable String actor, @Nullable Action action, @Nullable LocalDate from, @Nullable LocalDate to) {
	}

	/**
	 * One page of entries, latest first: {@code older} and {@code newer} are the ids to ask
	 * for the next and previous pages from (null: there is none).
	 */
	public record Page(List<Entry> entries, @Nullable Long older, @Nullable Long newer) {
	}

	/**
	 * A page of at most {@code size} entries matching the filter, latest first: those just
	 * older than entry {@code before}, or just newer than entry {@code after}, or the latest.
	 * Read with one bounded query on the indexed id (keyset pagination), however long the log.
	 */
	@Transactional(readOnly = true)
	public Page page(Filter filter, @Nullable Long before, @Nullable Long after, int size) {
		StringBuilder sql = new StringBuilder("SELECT id, occurred_at, actor, action, detail FROM audit_event WHERE 1 = 1");
		List<Object> args = new ArrayList<>();
		if (filter.actor() != null && !filter.actor().isBlank()) {
			sql.append(" AND LOWER(actor) = ?");
			args.add(filter.actor().strip().toLowerCase(Locale.ROOT));
		}
		if (filter.action() != null) {
			sql.append(" AND action = ?");
			args.add(filter.action().name());
		}
		if (filter.from() != null) {
			sql.append(" AND occurred_at >= ?");
			args.add(Timestamp.from(filter.from().atStartOfDay(PARIS).toInstant()));
		}
		if (filter.to() != null) {
			sql.append(" AND occurred_at < ?");
			args.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(PARIS).toInstant()));
		}
		boolean backwards = before == null && after != null;
		if (before != null) {
			sql.append(" AND id < ?");
			args.add(before);
		}
		else if (after != null) {
			sql.append(" AND id > ?");
			args.add(after);
		}
		sql.append(backwards ? " ORDER BY id ASC" : " ORDER BY id DESC").append(" LIMIT ").append(size + 1);
		List<Entry> rows = new ArrayList<>(jdbc.query(sql.toString(),
				(rs, row) -> new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
						Action.valueOf(rs.getString(4)), rs.getString(5)),
				args.toArray()));
		boolean more = rows.size() > size;
		List<Entry> entries = more ? rows.subList(0, size) : rows;
		if (backwards) {
			entries = new ArrayList<>(entries);
			Collections.reverse(entries);
		}
		if (entries.isEmpty()) {
			return new Page(List.of(), null, null);
		}
		Long older = (backwards || more) ? entries.get(entries.size() - 1).id() : null;
		Long newer = (before != null || (backwards && more)) ? entries.get(0).id() : null;
		return new Page(List.copyOf(entries), older, newer);
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
