package org.liaison.identity.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.liaison.identity.Role;
import org.liaison.shared.NationCode;
import org.liaison.shared.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person's account. A partner coordinator's account is bound to its nation for good,
 * and an activity provider's to its organisation: the nation or organisation is what
 * scopes everything that account reads and keeps. An account is never deleted, only
 * disabled, so that what it did stays attributed to it.
 */
@Table("identity_account")
public class Account {

	public static final String USERNAME_RULE = "A username has 3 to 64 lower-case letters, digits, dots, dashes or underscores";

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");

	@Id
	private final UUID id;

	private final String username;

	private String passwordHash;

	private final Role role;

	private final @Nullable NationCode nation;

	private final @Nullable String organisation;

	private boolean enabled;

	private final Instant createdAt;

	/**
	 * How many times the password was set since the account was made: a browser session
	 * signed in under an earlier one ends.
	 */
	private int passwordGeneration;

	@Version
	private @Nullable Long version;

	Account(UUID id, String username, String passwordHash, Role role, @Nullable NationCode nation,
			@Nullable String organisation, boolean enabled, Instant createdAt, int passwordGeneration,
			@Nullable Long version) {
		this.id = id;
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
		this.nation = nation;
		this.organisation = organisation;
		this.enabled = enabled;
		this.createdAt = createdAt;
		this.passwordGeneration = passwordGeneration;
		this.version = version;
	}

	public static boolean isValidUsername(@Nullable String username) {
		return username != null && USERNAME.matcher(username).matches();
	}

	public static Account create(String username, String passwordHash, Role role, @Nullable NationCode nation,
			@Nullable String organisation) {
		if (!isValidUsername(username)) {
			throw new IllegalArgumentException(USERNAME_RULE);
		}
		if (role.needsNation() && nation == null) {
			throw new IllegalArgumentException("A " + role + " account belongs to a nation");
		}
		if (!role.takesNation() && nation != null) {
			throw new IllegalArgumentException("A " + role + " account belongs to no nation");
		}
		boolean hasOrganisation = organisation != null && !organisation.isBlank();
		if (role.needsOrganisation() && !hasOrganisation) {
			throw new IllegalArgumentException("A " + role + " account works for an organisation");
		}
		if (!role.takesOrganisation() && hasOrganisation) {
			throw new IllegalArgumentException("A " + role + " account works for no organisation of the directory");
		}
		requireHash(passwordHash);
		return new Account(UUID.randomUUID(), username, passwordHash, role, nation,
				organisation == null || organisation.isBlank() ? null : organisation.strip(), true,
				// The databases keep microseconds; the account answered on creation reads
				// as it will when read again.
				Instant.now().truncatedTo(ChronoUnit.MICROS), 0, null);
	}

	/** Stops the account from signing in; its records keep naming it. */
	public void disable() {
		if (!enabled) {
			throw new RuleViolationException("The account '" + username + "' is disabled already");
		}
		enabled = false;
	}

	public void enable() {
		if (enabled) {
			throw new RuleViolationException("The account '" + username + "' is enabled already");
		}
		enabled = true;
	}

	/**
	 * Replaces the password by the hash of a new one; the password itself never reaches
	 * the account.
	 */
	public void changePassword(String passwordHash) {
		requireHash(passwordHash);
		this.passwordHash = passwordHash;
		passwordGeneration++;
	}

	private static void requireHash(@Nullable String passwordHash) {
		// An encoder's output starts with its marker ("$2a$" for bcrypt, "{id}" when
		// delegating):
		// anything else would be a password stored as typed.
		if (passwordHash == null || !(passwordHash.startsWith("$") || passwordHash.startsWith("{"))) {
			throw new IllegalArgumentException("An account keeps only the hash of its password");
		}
	}

	public String username() {
		return username;
	}

	public String passwordHash() {
		return passwordHash;
	}

	public Role role() {
		return role;
	}

	public @Nullable NationCode nation() {
		return nation;
	}

	/**
	 * The organisation of the directory the account works for, by reference: an activity
	 * provider's training centre.
	 */
	public @Nullable String organisation() {
		return organisation;
	}

	public boolean enabled() {
		return enabled;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public int passwordGeneration() {
		return passwordGeneration;
	}

	public @Nullable Long version() {
		return version;
	}

}
