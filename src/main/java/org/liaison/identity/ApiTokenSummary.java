package org.liaison.identity;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A personal API token as its holder lists it. It has neither the token nor its hash: the
 * token is shown only when it is issued ({@link ApiTokenIssued}). {@code lastUsedAt} is
 * exact to a few minutes, since it is written at most that often.
 */
public record ApiTokenSummary(UUID id, String name, Instant createdAt, @Nullable Instant lastUsedAt) {

}
