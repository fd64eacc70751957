package org.liaison.plan;

import org.liaison.shared.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.Releasability;

/**
 * An assessment as a reader may see it.
 *
 * @param seq the order in which the plan's assessments were recorded
 * @param locked whether its round is approved: it is then never edited nor deleted
 */
public record AssessmentSummary(UUID id, UUID plan, UUID node, String nodeCode, int seq, LocalDate on, Rating rating,
		@Nullable String narrative, @Nullable String assessor, AssessmentSource source, @Nullable String cycle,
		@Nullable UUID round, Releasability releasability, boolean illustrative, boolean locked, Instant recordedAt,
		long version) implements Versioned {

	public AssessmentData toData() {
		return new AssessmentData(nodeCode, on, rating, narrative, assessor, source, cycle, round, releasability,
				illustrative);
	}

}
