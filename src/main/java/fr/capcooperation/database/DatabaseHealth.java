package fr.capcooperation.database;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} is UP only when the database takes a write: one row
 * ({@code database_heartbeat}) is updated and committed. A database that answers queries but
 * cannot write (read-only, a full disk, H2 closed after a failed write) is DOWN, like one that
 * cannot be reached (the pool's connection timeout bounds the wait); it is UP again as soon as
 * writes succeed, without a restart. The write runs at most once a second however often
 * health is asked, and a caller who comes while it runs gets the last result instead of
 * waiting: health cannot be used to load the database or to hold request threads.
 * A page refused because the database could not write ({@link #failed()}) keeps health DOWN for
 * {@value #RECENT_FAILURE_SECONDS} seconds even if the heartbeat gets through: on a full disk,
 * a one-row update can still fit in the file's free pages while a new journey cannot.
 * Replaces Spring Boot's {@code db} indicator (which only validates a connection).
 */
@Component("database")
class DatabaseHealth implements HealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(DatabaseHealth.class);

	private static final long INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);

	static final int RECENT_FAILURE_SECONDS = 10;

	private static final long RECENT_FAILURE_NANOS = TimeUnit.SECONDS.toNanos(RECENT_FAILURE_SECONDS);

	private final JdbcTemplate jdbc;
	private final ReentrantLock probing = new ReentrantLock();
	private volatile Health last = Health.unknown().build();
	private volatile long lastAt = System.nanoTime() - INTERVAL_NANOS;
	private volatile boolean down;
	private volatile long lastFailure = System.nanoTime() - RECENT_FAILURE_NANOS;

	DatabaseHealth(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setQueryTimeout(2);
	}

	@Override
	public Health health() {
		if (System.nanoTime() - lastAt < INTERVAL_NANOS || !probing.tryLock()) {
			return last;
		}
		try {
			last = probe();
			lastAt = System.nanoTime();
			return last;
		}
		finally {
			probing.unlock();
		}
	}

	/** Records that a request or task failed because the database could not be reached or written. */
	void failed() {
		lastFailure = System.nanoTime();
	}

	/** Whether the database took the last write (checked again if that was over a second ago). */
	boolean writable() {
		return Status.UP.equals(health().getStatus());
	}

	private Health probe() {
		try {
			int updated = jdbc.update("UPDATE database_heartbeat SET checked_at = CURRENT_TIMESTAMP WHERE id = 1");
			if (updated != 1) {
				return down("the heartbeat row is missing", null);
			}
			if (System.nanoTime() - lastFailure < RECENT_FAILURE_NANOS) {
				return down("writes failed in the last " + RECENT_FAILURE_SECONDS + " s", null);
			}
			if (down) {
				down = false;
				log.info("The database takes writes again");
			}
			return Health.up().build();
		}
		catch (RuntimeException ex) {
			return down(DatabaseFailures.isUnavailable(ex) ? "unreachable or read-only" : "write failed", ex);
		}
	}

	private Health down(String reason, @Nullable RuntimeException failure) {
		if (!down) {
			down = true;
			log.warn("The database cannot be written ({}): {}", reason, failure == null ? "" : DatabaseFailures.rootMessage(failure));
		}
		return Health.down().withDetail("reason", reason).build();
	}
}
