package org.liaison.identity;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;

/**
 * What an account does in the partnerships, and so what it may read and change.
 */
public enum Role {

	ADMIN, NATO_STAFF, ALLY, PARTNER, AGENT, PROVIDER;

	/**
	 * Whether an account of this role belongs to one nation (a partner's coordinators
	 * do).
	 */
	public boolean needsNation() {
		return this == PARTNER;
	}

	/**
	 * Whether an account of this role works for one organisation of the directory (an
	 * activity provider does).
	 */
	public boolean needsOrganisation() {
		return this == PROVIDER;
	}

	/**
	 * Whether an account of this role may belong to a nation: an Ally representative's
	 * Ally, a partner coordinator's partner.
	 */
	public boolean takesNation() {
		return this == ALLY || this == PARTNER;
	}

	/**
	 * Whether an account of this role may work for an organisation of the directory: an
	 * executing agent's or a provider's.
	 */
	public boolean takesOrganisation() {
		return this == AGENT || this == PROVIDER;
	}

	public Audience audience(@Nullable NationCode nation, @Nullable String organisation) {
		return switch (this) {
			case ADMIN, NATO_STAFF -> Audience.alliance();
			case ALLY -> Audience.ally(nation);
			case PARTNER -> Audience.partner(nation);
			case AGENT -> organisation == null ? Audience.publicOnly(true) : Audience.executingAgent(organisation);
			case PROVIDER -> organisation == null ? Audience.publicOnly(true) : Audience.provider(organisation);
		};
	}

}
