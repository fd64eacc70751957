package org.liaison.activity;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.RecordData;

/**
 * A partner's request for places. {@code planGoal} optionally links a goal of its plan as
 * {@code "planRef nodeCode"}.
 */
public record RequestData(@Min(value = 1, message = "is at least one seat") @Max(100) int seats,
		@Min(1) @Max(5) int priority, @Nullable @Size(max = 200) String planGoal,
		@Nullable @Valid List<NomineeData> nominees, boolean illustrative) implements RecordData {

	public RequestData {
		nominees = nominees == null ? List.of() : List.copyOf(nominees);
		priority = priority == 0 ? 3 : priority;
	}

}
