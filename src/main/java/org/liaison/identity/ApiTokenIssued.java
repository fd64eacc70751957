package org.liaison.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * A personal API token just issued, with the token itself: the one answer that carries
 * it, since only its hash is kept.
 */
public record ApiTokenIssued(UUID id, String name, String token, Instant createdAt) {

}
