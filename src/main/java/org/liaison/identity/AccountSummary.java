package org.liaison.identity;

import org.liaison.shared.Versioned;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.NationCode;

/**
 * An account as an administrator sees it. It has no password field on purpose: neither a
 * password nor its hash ever leaves the identity module. {@code lockedUntil} says until
 * when signing in to it is paused after too many failed attempts, and is absent when it
 * is not.
 */
public record AccountSummary(String username, Role role, @Nullable NationCode nation, @Nullable String organisation,
		boolean enabled, Instant createdAt, long version, @Nullable Instant lockedUntil) implements Versioned {

}
