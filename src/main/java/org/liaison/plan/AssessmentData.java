package org.liaison.plan;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.RecordData;
import org.liaison.shared.Releasability;

/**
 * A dated judgement of a node. A partner's user always records a SELF assessment
 * releasable to its partnership; a NATO assessment is releasable to NATO and Allies only.
 *
 * @param node the code of the node judged (used by the dossier; the API names the node in
 * its URL)
 * @param round the round it is recorded in; when empty, the plan's open round if there is
 * one
 * @param cycle the cycle label, such as "PARP assessment 2015"; when empty, the round's
 */
public record AssessmentData(@Size(max = 40) @Nullable String node, @NotNull LocalDate on, @NotNull Rating rating,
		@Size(max = 8000) @Nullable String narrative, @Size(max = 200) @Nullable String assessor,
		@Nullable AssessmentSource source, @Size(max = 100) @Nullable String cycle, @Nullable UUID round,
		@Nullable Releasability releasability, @Nullable Boolean illustrative) implements RecordData {

	public AssessmentData {
		source = source == null ? AssessmentSource.NATO : source;
		releasability = source == AssessmentSource.NATO ? Releasability.NATO
				: releasability == Releasability.PUBLIC ? Releasability.PUBLIC : Releasability.PARTNER;
		illustrative = Boolean.TRUE.equals(illustrative);
	}

	/** The same judgement as the partner's own: SELF, releasable to the partnership. */
	public AssessmentData asSelf() {
		return new AssessmentData(node, on, rating, narrative, assessor, AssessmentSource.SELF, cycle, round,
				Releasability.PARTNER, illustrative);
	}

	public AssessmentData inRound(@Nullable UUID roundId, @Nullable String cycleLabel) {
		return new AssessmentData(node, on, rating, narrative, assessor, source, cycleLabel, roundId, releasability,
				illustrative);
	}

}
