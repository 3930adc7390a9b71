package org.detaineetracker.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

@Entity
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String username;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private boolean enabled = true;

	private int failedSignIns;

	private Instant lockedUntil;

	private Instant createdAt = Instant.now();

	protected Account() {
	}

	Account(String username, String passwordHash, Role role) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
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

	void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public Role getRole() {
		return role;
	}

	void setRole(Role role) {
		this.role = role;
	}

	public boolean isEnabled() {
		return enabled;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public boolean isLocked(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	public Instant getLockedUntil() {
		return lockedUntil;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	/** Counts a failed sign-in; after {@code limit} in a row the account is locked until {@code until}. */
	void signInFailed(int limit, Instant until) {
		failedSignIns++;
		if (failedSignIns >= limit) {
			lockedUntil = until;
			failedSignIns = 0;
		}
	}

	void signedIn() {
		failedSignIns = 0;
		lockedUntil = null;
	}

	void unlock() {
		signedIn();
	}

	boolean isActiveAdmin() {
		return enabled && role == Role.ADMIN;
	}

}
