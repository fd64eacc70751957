package org.liaison.audit.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.liaison.shared.NationCode;
import org.liaison.shared.Releasability;

/**
 * A change noted in a transaction, to be chained and written when it commits. Its changes
 * are kept as the JSON they are stored in, made when the change is noted: a transaction
 * that writes tens of thousands of records (an import) then holds one string an entry
 * rather than objects for every field.
 */
record PendingEntry(Instant at, Actor actor, String kind, @Nullable String id, @Nullable String ref,
		@Nullable String owner, @Nullable NationCode partner, @Nullable Releasability releasability, String action,
		String changes) {
}
