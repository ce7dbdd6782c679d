package fr.capcooperation.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The connection pool with a breaker: once a connection could not be had (the database is
 * down: the pool waited its whole timeout), requests fail at once for a second instead of each
 * waiting that timeout, and then one request (or the health check) tries again while the others
 * keep failing at once; its success closes the breaker. With the database down, request
 * threads are not held waiting, so the pages that need no database stay as fast as ever even
 * under a flood of pages that do. For an H2 file, no connection is given while its disk is
 * nearly full ({@link EmbeddedDiskSpace}).
 */
final class FailFastConnections extends DelegatingDataSource {

	static final long OPEN_NANOS = TimeUnit.SECONDS.toNanos(1);

	/** When the breaker opened (System.nanoTime), or 0 while it is closed. */
	private volatile long openedAt;

	private final AtomicBoolean trying = new AtomicBoolean();

	private final Optional<EmbeddedDiskSpace> disk;

	FailFastConnections(DataSource pool, Optional<EmbeddedDiskSpace> disk) {
		super(pool);
		this.disk = disk;
	}

	@Override
	public Connection getConnection() throws SQLException {
		return attempt(() -> obtainTargetDataSource().getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return attempt(() -> obtainTargetDataSource().getConnection(username, password));
	}

	private interface Attempt {

		Connection connect() throws SQLException;
	}

	private Connection attempt(Attempt attempt) throws SQLException {
		if (disk.isPresent() && disk.get().low()) {
			throw new SQLTransientConnectionException("Less than " + disk.get().reserve() / (1024 * 1024)
					+ " MB free on the embedded database's disk (" + disk.get().usable() / (1024 * 1024)
					+ " MB): not used until space is freed", "53100");
		}
		long opened = openedAt;
		boolean trial = false;
		if (opened != 0) {
			if (System.nanoTime() - opened < OPEN_NANOS || !trying.compareAndSet(false, true)) {
				throw new SQLTransientConnectionException(
						"The database could not be reached a moment ago: failing at once until it is tried again", "08001");
			}
			trial = true;
		}
		try {
			Connection connection = attempt.connect();
			openedAt = 0;
			return connection;
		}
		catch (SQLTransientConnectionException | SQLNonTransientConnectionException ex) {
			openedAt = System.nanoTime() | 1; // never 0
			throw ex;
		}
		finally {
			if (trial) {
				trying.set(false);
			}
		}
	}
}
