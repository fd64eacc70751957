package org.liaison.shared;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * An aggregate known by an id that never changes and guarded by its version against lost
 * updates.
 *
 * <p>
 * Its constructor takes only what never changes. A subclass writes the rest of a new
 * aggregate from the data it is given, in one place; Spring Data writes the rest of a
 * stored one field by field, so that no constructor repeats the list of columns.
 *
 * @param <A> the aggregate itself
 */
public abstract class VersionedAggregate<A extends VersionedAggregate<A>> extends EventfulAggregate<A>
		implements Versioned {

	@Id
	private final UUID id;

	@Version
	private @Nullable Long version;

	protected VersionedAggregate(UUID id) {
		this.id = id;
	}

	public UUID id() {
		return id;
	}

	/** The version last written; 0 for an aggregate not written yet. */
	@Override
	public long version() {
		return version == null ? 0 : version;
	}

}
