package org.liaison.transit;

import org.liaison.shared.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.NationCode;

/**
 * A transit request as a reader who may see it sees it: NATO staff, the requesting Ally
 * or the host partner.
 *
 * @param hostPartner the partner through whose territory the movement passes (the
 * agreement's partner)
 */
public record TransitRequestSummary(UUID id, UUID agreementId, NationCode hostPartner, String reference,
		NationCode requestingNation, String requestingUnit, String purpose, int personnel, int vehicles,
		@Nullable String vehicleDescription, List<CargoLine> cargo, String entryPoint, String exitPoint, String route,
		LocalDate entryDate, LocalDate exitDate, String contactName, @Nullable String contactPhone,
		@Nullable String contactEmail, TransitStatus status, @Nullable String decisionReason, boolean urgent,
		@Nullable String urgencyReason, LocalDate submittedOn, boolean illustrative, Instant updatedAt,
		long version) implements Versioned {

	public TransitRequestSummary {
		cargo = List.copyOf(cargo);
	}

	public TransitRequestData toData() {
		return new TransitRequestData(agreementId, null, reference, requestingNation, requestingUnit, purpose,
				personnel, vehicles, vehicleDescription, cargo, entryPoint, exitPoint, route, entryDate, exitDate,
				contactName, contactPhone, contactEmail, urgent, urgencyReason, submittedOn, decisionReason,
				illustrative);
	}

	public boolean awaitingDecision() {
		return status.awaitingDecision();
	}

	public boolean dangerousGoods() {
		return cargo.stream().anyMatch(CargoLine::dangerous);
	}

}
