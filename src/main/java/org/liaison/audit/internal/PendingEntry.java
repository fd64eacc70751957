package org.liaison.audit.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.audit.FieldChange;
import org.liaison.shared.NationCode;
import org.liaison.shared.Releasability;

/** A change noted in a transaction, to be chained and written when it commits. */
record PendingEntry(Instant at, Actor actor, String kind, @Nullable String id, @Nullable String ref,
		@Nullable String owner, @Nullable NationCode partner, @Nullable Releasability releasability, String action,
		List<FieldChange> changes) {
}
