package fr.capcooperation.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * A back-office account. The password is only ever stored as a BCrypt hash; the name is unique
 * without regard to case ({@code username_key}); failed logins are counted by {@link LoginCounter},
 * in the database, atomically.
 */
@Entity
@Table(name = "admin_account")
public class Account {

	static final int MAX_FAILURES = 5;
	static final Duration LOCK = Duration.ofMinutes(15);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String username;

	@Column(name = "username_key", nullable = false)
	private String usernameKey;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	private boolean enabled;

	@Column(name = "failed_attempts")
	private int failedAttempts;

	@Column(name = "locked_until")
	private @Nullable Instant lockedUntil;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "password_change_required", nullable = false)
	private boolean passwordChangeRequired;

	protected Account() {
	}

	/** A new account; {@code passwordGiven} when someone else than its owner chose the password. */
	Account(String username, String passwordHash, Role role, boolean passwordGiven, Instant now) {
		this.username = username;
		this.usernameKey = key(username);
		this.passwordHash = passwordHash;
		this.role = role;
		this.enabled = true;
		this.passwordChangeRequired = passwordGiven;
		this.createdAt = now;
	}

	public Long getId() {
		return id;
	}

	public String getUsername() {
		return username;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	public Role getRole() {
		return role;
	}

	public boolean isEnabled() {
		return enabled;
	}

	@Nullable Instant getLockedUntil() {
		return lockedUntil;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	/** The name as logins look it up: lower case, without surrounding blanks. */
	static String key(String username) {
		return username.strip().toLowerCase(Locale.ROOT);
	}

	/** Whether the password was given by someone else and must be changed at the next login. */
	public boolean isPasswordChangeRequired() {
		return passwordChangeRequired;
	}

	/** Whether too many failed logins lock the account at that instant. */
	public boolean isLocked(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	/** A new password; {@code given} when someone else chose it (its owner must then replace it). */
	void setPassword(String passwordHash, boolean given) {
		this.passwordHash = passwordHash;
		this.passwordChangeRequired = given;
	}

	void unlock() {
		failedAttempts = 0;
		lockedUntil = null;
	}
}
