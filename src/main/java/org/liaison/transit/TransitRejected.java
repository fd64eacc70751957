package org.liaison.transit;

import java.util.UUID;

import org.liaison.shared.NationCode;

/**
 * NATO rejected a transit request, for the reason given.
 */
public record TransitRejected(UUID id, String reference, NationCode hostPartner, NationCode requestingNation,
		String reason) {
}
