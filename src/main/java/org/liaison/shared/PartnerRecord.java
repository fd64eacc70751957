package org.liaison.shared;

import java.util.UUID;

/**
 * A record of one partnership: it belongs to one partner for good. What it records, and
 * the rules of its lifecycle, are the subclass's own.
 *
 * @param <A> the record itself
 */
public abstract class PartnerRecord<A extends PartnerRecord<A>> extends VersionedAggregate<A> {

	private final NationCode partner;

	protected PartnerRecord(UUID id, NationCode partner) {
		super(id);
		this.partner = partner;
	}

	public NationCode partner() {
		return partner;
	}

}
