package org.liaison.plan;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.PartialDate;
import org.liaison.shared.RecordData;
import org.liaison.shared.Refs;
import org.liaison.shared.Releasability;

/**
 * What a person or an import gives to record or revise a plan. Revising keeps the status,
 * which only the lifecycle moves change.
 *
 * @param ref natural key within the partner; when empty, made from the title
 * @param type the code of a plan type (IPAP, ITPP, PARP, ...)
 * @param agreement the ref of the partner's agreement the plan implements, if any
 * @param predecessor the ref of the plan this one follows, for comparison
 * @param illustrative whether the plan is a demo, never shown as fact
 */
public record PlanData(
		@Pattern(regexp = "|" + Refs.PATTERN,
				message = "uses lower-case letters, digits and dashes") @Nullable String ref,
		@NotBlank @Size(max = 20) String type, @NotBlank @Size(max = 300) String title,
		@Nullable PartialDate periodFrom, @Nullable PartialDate periodTo, @Nullable PlanStatus status,
		@Pattern(regexp = "|" + Refs.PATTERN, message = "is an agreement's ref") @Nullable String agreement,
		@Pattern(regexp = "|" + Refs.PATTERN, message = "is a plan's ref") @Nullable String predecessor,
		@Size(max = 4000) @Nullable String publicSummary, @Nullable Releasability releasability,
		@Nullable Boolean illustrative) implements RecordData {

	public PlanData {
		status = status == null ? PlanStatus.DRAFT : status;
		releasability = releasability == null ? Releasability.PARTNER : releasability;
		illustrative = Boolean.TRUE.equals(illustrative);
	}

	public String refOrDefault() {
		return Refs.orFrom(ref, title);
	}

	@Override
	public List<Problem> problems() {
		List<Problem> problems = new ArrayList<>();
		if (PartialDate.outOfOrder(periodFrom, periodTo)) {
			problems.add(new Problem("periodTo",
					"The end of the period (" + periodTo + ") cannot be before its start (" + periodFrom + ")"));
		}
		if (predecessor != null && !predecessor.isBlank() && predecessor.strip().equals(refOrDefault())) {
			problems.add(new Problem("predecessor", "A plan cannot be its own predecessor"));
		}
		return problems;
	}

}
