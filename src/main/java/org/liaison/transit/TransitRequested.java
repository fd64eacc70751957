package org.liaison.transit;

import java.time.LocalDate;
import java.util.UUID;

import org.liaison.shared.NationCode;

/**
 * An Ally asked to move through a partner's territory.
 */
public record TransitRequested(UUID id, String reference, NationCode hostPartner, NationCode requestingNation,
		LocalDate entryDate, boolean urgent) {
}
