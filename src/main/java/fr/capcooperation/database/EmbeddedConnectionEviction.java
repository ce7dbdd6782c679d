package fr.capcooperation.database;

import java.sql.SQLException;

import com.zaxxer.hikari.SQLExceptionOverride;

/**
 * Hikari evicts a connection on errors that it knows to be fatal (SQLState class 08 and a few
 * others), not on H2's: after a failed write (a full disk), the embedded database closes itself
 * and every pooled connection answers "database closed" for ever, even once space is back.
 * Evicting them lets the next connection reopen the file, which H2 recovers to its last
 * complete commit: the application heals without a restart.
 */
public class EmbeddedConnectionEviction implements SQLExceptionOverride {

	@java.lang.Override // the interface's nested enum is also called Override
	public SQLExceptionOverride.Override adjudicate(SQLException failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof SQLException sql && DatabaseFailures.isEmbeddedDatabaseLost(sql)) {
				return SQLExceptionOverride.Override.MUST_EVICT;
			}
		}
		return SQLExceptionOverride.Override.CONTINUE_EVICT;
	}
}
