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
 * A person's account. A partner coordinator's account is bound to its nation for good: the
 * nation is what scopes everything that account reads.
 */
@Table("identity_account")
public class Account {

	@Id
	private final UUID id;

	private final String username;

	private String passwordHash;

	private final Role role;

	private final @Nullable NationCode nation;

	private boolean enabled;

	private final Instant createdAt;

	@Version
	private @Nullable Long version;

	Account(UUID id, String username, String passwordHash, Role role, @Nullable NationCode nation, boolean enabled,
			Instant createdAt, @Nullable Long version) {
		this.id = id;
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
		this.nation = nation;
		this.enabled = enabled;
		this.createdAt = createdAt;
		this.version = version;
	}

	public static Account create(String username, String passwordHash, Role role, @Nullable NationCode nation) {
		if (username == null || !username.matches("[a-z0-9._-]{3,64}")) {
			throw new IllegalArgumentException(
					"A username has 3 to 64 lower-case letters, digits, dots, dashes or underscores");
		}
		if (role.needsNation() && nation == null) {
			throw new IllegalArgumentException("A " + role + " account belongs to a nation");
		}
		return new Account(UUID.randomUUID(), username, passwordHash, role, nation, true, Instant.now(), null);
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

	public boolean enabled() {
		return enabled;
	}

}
