package fr.capcooperation.database;

import java.io.IOException;
import java.sql.SQLException;

import com.zaxxer.hikari.SQLExceptionOverride;

/**
 * Hikari evicts a connection on errors that it knows to be fatal (SQLState class 08 and a few
 * others), not on H2's: after a failed write (a full disk), the embedded database closes itself
 * and every pooled connection answers "database closed" for ever, even once space is back.
 * Evicting them lets the next connection reopen the file, which H2 recovers to its last
 * complete commit: the application heals without a restart. The connection whose write failed
 * goes at once too: reused with the transaction H2 could not end, its next statement made H2
 * 2.4.240 spin for ever in {@code MVStore.registerVersionUsage}, a request thread lost.
 */
public class EmbeddedConnectionEviction implements SQLExceptionOverride {

	/** H2's storage failure (H2 is a run-time dependency only, so it is named, not imported). */
	private static final String MVSTORE_FAILURE = "org.h2.mvstore.MVStoreException";

	// no @Override: the interface's nested enum, in scope here, is also called Override
	public SQLExceptionOverride.Override adjudicate(SQLException failure) {
		boolean lost = DatabaseFailures.causes(failure)
			.anyMatch(cause -> cause instanceof SQLException sql && DatabaseFailures.isEmbeddedDatabaseLost(sql)
					|| cause instanceof IOException || cause.getClass().getName().equals(MVSTORE_FAILURE));
		return lost ? SQLExceptionOverride.Override.MUST_EVICT : SQLExceptionOverride.Override.CONTINUE_EVICT;
	}
}
