package org.liaison.plan;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.RecordData;

/** An assessment round of a plan, such as "PARP assessment 2015". */
public record RoundData(@NotBlank @Size(max = 100) String cycle, @Nullable LocalDate openedOn,
		@Nullable RoundStatus status, @Nullable Boolean illustrative) implements RecordData {

	public RoundData {
		status = status == null ? RoundStatus.OPEN : status;
		illustrative = Boolean.TRUE.equals(illustrative);
	}

}
