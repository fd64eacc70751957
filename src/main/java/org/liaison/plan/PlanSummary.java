package org.liaison.plan;

import org.liaison.shared.LifecycleMove;
import org.liaison.shared.Versioned;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;

/** A plan as a reader may see it, without its tree. */
public record PlanSummary(UUID id, NationCode partner, String ref, String type, String title,
		@Nullable PartialDate periodFrom, @Nullable PartialDate periodTo, PlanStatus status, @Nullable String agreement,
		@Nullable String predecessor, @Nullable String publicSummary, Releasability releasability, boolean illustrative,
		Instant updatedAt, long version) implements Versioned {

	public PlanData toData() {
		return new PlanData(ref, type, title, periodFrom, periodTo, status, agreement, predecessor, publicSummary,
				releasability, illustrative);
	}

	public List<PlanMove> moves() {
		return LifecycleMove.from(PlanMove.class, status);
	}

}
