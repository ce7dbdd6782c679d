package fr.capcooperation.database;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;

/**
 * Tells failures of the database as a service (unreachable, read-only, out of disk space,
 * closed after a failed write) from failures of a query: the first are the operator's to fix
 * and the visitor's to retry later (503), the second are bugs (500). Also tells an update that
 * lost to a concurrent one too many times (409).
 */
final class DatabaseFailures {

	/** H2's error codes (also its SQLStates) for a database that is closed, read-only or cannot reach its file. */
	private static final Set<Integer> H2_UNAVAILABLE = Set.of(90098, 90097, 90028, 90031, 90030, 90020, 90121);

	private static final String HIKARI_CLOSED = "Connection is closed";

	private static final int MAX_DEPTH = 25;

	private DatabaseFailures() {
	}

	/** The failure and its causes, outermost first. */
	static Stream<Throwable> causes(Throwable failure) {
		return Stream.iterate(failure, Objects::nonNull, cause -> cause.getCause() == cause ? null : cause.getCause())
			.limit(MAX_DEPTH);
	}

	/** Whether this failure, or one of its causes, says the database cannot be reached or cannot write. */
	static boolean isUnavailable(Throwable failure) {
		return causes(failure).anyMatch(cause -> cause instanceof DataAccessResourceFailureException
				|| cause instanceof CannotCreateTransactionException || cause instanceof TransientDataAccessResourceException
				|| cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
				|| cause instanceof SQLException sql && isUnavailable(sql))
				// a storage failure under a database call: H2 could not write its file (disk full, say)
				|| isDatabaseFailure(failure) && causes(failure).anyMatch(IOException.class::isInstance);
	}

	/** Whether this failure is an update that lost to concurrent ones (optimistic lock exhausted, lock not acquired). */
	static boolean isConcurrentUpdate(Throwable failure) {
		return causes(failure).anyMatch(ConcurrencyFailureException.class::isInstance);
	}

	/** Whether H2 reports its database closed or cut off from its file: its connections are of no more use. */
	static boolean isEmbeddedDatabaseLost(SQLException failure) {
		return H2_UNAVAILABLE.contains(failure.getErrorCode()) && String.valueOf(failure.getErrorCode()).equals(failure.getSQLState());
	}

	/** Whether this failure came from the database or the transaction around it, whatever its cause. */
	static boolean isDatabaseFailure(Throwable failure) {
		return causes(failure).anyMatch(cause -> cause instanceof SQLException || cause instanceof DataAccessException
				|| cause instanceof TransactionException);
	}

	/** The innermost cause's type and message, for a log line. */
	static String rootMessage(Throwable failure) {
		Throwable root = NestedExceptionUtils.getMostSpecificCause(failure);
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

	private static boolean isUnavailable(SQLException failure) {
		String state = failure.getSQLState();
		if (isEmbeddedDatabaseLost(failure)) {
			return true;
		}
		if (state == null) {
			// Hikari closes a connection it evicted as broken; later calls on it (the rollback) say so
			return HIKARI_CLOSED.equals(failure.getMessage());
		}
		return state.startsWith("08") // connection exception
				|| state.equals("25006") // read-only transaction (default_transaction_read_only, a standby)
				|| state.startsWith("53") // insufficient resources: disk full, out of memory, too many connections
				|| state.startsWith("57P") // the server shut down or is starting
				|| state.equals("57014") // statement cancelled by a timeout
				|| state.startsWith("58"); // system error (I/O)
	}
}
