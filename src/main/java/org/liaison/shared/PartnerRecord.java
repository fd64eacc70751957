package org.liaison.shared;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * A record of one partnership: it belongs to one partner for good, is known by an id that
 * never changes, and carries the version that guards it against lost updates. What it
 * records, and the rules of its lifecycle, are the subclass's own.
 *
 * @param <A> the record itself
 */
public abstract class PartnerRecord<A extends PartnerRecord<A>> extends EventfulAggregate<A> implements Versioned {

	@Id
	private final UUID id;

	private final NationCode partner;

	@Version
	private @Nullable Long version;

	protected PartnerRecord(UUID id, NationCode partner, @Nullable Long version) {
		this.id = id;
		this.partner = partner;
		this.version = version;
	}

	public UUID id() {
		return id;
	}

	public NationCode partner() {
		return partner;
	}

	/** The version last written; 0 for a record not written yet. */
	@Override
	public long version() {
		return version == null ? 0 : version;
	}

}
