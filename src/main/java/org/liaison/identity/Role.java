package org.liaison.identity;

import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;

/**
 * What an account does in the partnerships, and so what it may read and change.
 */
public enum Role {

	ADMIN, NATO_STAFF, ALLY, PARTNER, AGENT, PROVIDER;

	/** Whether an account of this role belongs to one nation (a partner's coordinators do). */
	public boolean needsNation() {
		return this == PARTNER;
	}

	public Audience audience(NationCode nation) {
		return switch (this) {
			case ADMIN, NATO_STAFF -> Audience.alliance();
			case ALLY -> Audience.ally(nation);
			case PARTNER -> Audience.partner(nation);
			case AGENT, PROVIDER -> Audience.publicOnly(true);
		};
	}

}
