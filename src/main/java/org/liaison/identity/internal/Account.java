package org.liaison.identity.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.identity.Role;
import org.liaison.shared.NationCode;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person's account. A partner coordinator's account is bound to its nation for good, and an
 * activity provider's to its organisation: the nation or organisation is what scopes everything
 * that account reads and keeps.
 */
@Table("identity_account")
public class Account {

	@Id
	private final UUID id;

	private final String username;

	private String passwordHash;

	private final Role role;

	private final @Nullable NationCode nation;

	private final @Nullable String organisation;

	private boolean enabled;

	private final Instant createdAt;

	@Version
	private @Nullable Long version;

	Account(UUID id, String username, String passwordHash, Role role, @Nullable NationCode nation,
			@Nullable String organisation, boolean enabled, Instant createdAt, @Nullable Long version) {
		this.id = id;
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
		this.nation = nation;
		this.organisation = organisation;
		this.enabled = enabled;
		this.createdAt = createdAt;
		this.version = version;
	}

	public static Account create(String username, String passwordHash, Role role, @Nullable NationCode nation,
			@Nullable String organisation) {
		if (username == null || !username.matches("[a-z0-9._-]{3,64}")) {
			throw new IllegalArgumentException(
					"A username has 3 to 64 lower-case letters, digits, dots, dashes or underscores");
		}
		if (role.needsNation() && nation == null) {
			throw new IllegalArgumentException("A " + role + " account belongs to a nation");
		}
		if (role.needsOrganisation() && (organisation == null || organisation.isBlank())) {
			throw new IllegalArgumentException("A " + role + " account works for an organisation");
		}
		return new Account(UUID.randomUUID(), username, passwordHash, role, nation,
				organisation == null || organisation.isBlank() ? null : organisation.strip(), true, Instant.now(), null);
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

	/** The organisation of the directory the account works for, by reference: an activity provider's training centre. */
	public @Nullable String organisation() {
		return organisation;
	}

	public boolean enabled() {
		return enabled;
	}

}
