package org.liaison.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An assessment round of a plan. */
public record RoundSummary(UUID id, UUID plan, String cycle, RoundStatus status, @Nullable LocalDate openedOn,
		@Nullable Instant approvedAt, boolean illustrative) {

	public RoundData toData() {
		return new RoundData(cycle, openedOn, status, illustrative);
	}

	public boolean open() {
		return status == RoundStatus.OPEN;
	}

}
