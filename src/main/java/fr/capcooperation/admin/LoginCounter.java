package fr.capcooperation.admin;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed logins, counted in the database with single UPDATE statements, so that parallel
 * guesses and several instances share one count. An attempt is counted <em>before</em> its
 * password is checked ({@link #reserve}): once {@value Account#MAX_FAILURES} attempts are in
 * use or failed, no other password of that account is checked until a success, and the fifth
 * failure locks it for 15 minutes. Forty parallel guesses get five passwords checked, not
 * fifteen. Each statement commits at once (its own transaction).
 */
@Component
class LoginCounter {

	/** An account that may try a password now, with what checking it needs. */
	record Candidate(long id, String username, String passwordHash, Role role, boolean passwordChangeRequired) {
	}

	/** Whether an account of that name exists at all (for the audit log only: never said to the visitor). */
	@Transactional(readOnly = true)
	public boolean exists(String typedName) {
		Integer found = jdbc.queryForObject("SELECT COUNT(*) FROM admin_account WHERE username_key = ?", Integer.class,
				Account.key(typedName));
		return found != null && found > 0;
	}

	private final JdbcTemplate jdbc;

	LoginCounter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Counts one attempt on the account named (any case), if it exists, is enabled, is not
	 * locked and has an attempt left; empty otherwise.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Optional<Candidate> reserve(String typedName, Instant now) {
		String key = Account.key(typedName);
		int counted = jdbc.update("UPDATE admin_account SET failed_attempts = failed_attempts + 1 WHERE username_key = ? "
				+ "AND enabled = TRUE AND failed_attempts < ? AND (locked_until IS NULL OR locked_until <= ?)", key,
				Account.MAX_FAILURES, Timestamp.from(now));
		if (counted == 0) {
			return Optional.empty();
		}
		return jdbc.query("SELECT id, username, password_hash, role, password_change_required FROM admin_account WHERE username_key = ?",
				(rs, row) -> new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3), Role.valueOf(rs.getString(4)),
						rs.getBoolean(5)),
				key).stream().findFirst();
	}

	/** The password was right: the count starts again from zero. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(long id) {
		jdbc.update("UPDATE admin_account SET failed_attempts = 0, locked_until = NULL WHERE id = ?", id);
	}

	/** The password was wrong: true if that was the last failure allowed, which locks the account until {@code until}. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean failed(long id, Instant until) {
		return jdbc.update("UPDATE admin_account SET failed_attempts = 0, locked_until = ? WHERE id = ? AND failed_attempts >= ?",
				Timestamp.from(until), id, Account.MAX_FAILURES) == 1;
	}
}
