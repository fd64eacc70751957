package org.liaison.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.NationCode;

/**
 * What administrators search the trail by; an empty field does not filter.
 *
 * @param from the first instant included
 * @param to the first instant no longer included
 */
public record AuditQuery(@Nullable String actor, @Nullable NationCode partner, @Nullable String recordKind,
		@Nullable Instant from, @Nullable Instant to) {

	public static final AuditQuery EVERYTHING = new AuditQuery(null, null, null, null, null);

}
