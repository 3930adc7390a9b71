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

	/** Moves on whenever what the account may do changes; sessions signed in under an older value end. */
	private long accessVersion;

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

	/** A new password: every session signed in with the old one ends. */
	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
		accessVersion++;
	}

	/** The same password hashed with today's encoder, at sign-in: sessions are not affected. */
	void rehash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public Role getRole() {
		return role;
	}

	void setRole(Role role) {
		if (role != this.role) {
			this.role = role;
			accessVersion++;
		}
	}

	public boolean isEnabled() {
		return enabled;
	}

	void setEnabled(boolean enabled) {
		if (enabled != this.enabled) {
			this.enabled = enabled;
			accessVersion++;
		}
	}

	public long getAccessVersion() {
		return accessVersion;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	boolean isActiveAdmin() {
		return enabled && role == Role.ADMIN;
	}

}
