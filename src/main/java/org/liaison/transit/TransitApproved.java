package org.liaison.transit;

import java.util.UUID;

import org.liaison.shared.NationCode;

/**
 * NATO approved a transit request.
 */
public record TransitApproved(UUID id, String reference, NationCode hostPartner, NationCode requestingNation) {
}
