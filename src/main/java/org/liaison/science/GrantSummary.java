package org.liaison.science;

import org.liaison.shared.LifecycleMove;
import org.liaison.shared.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.Money;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;

/**
 * An SPS grant as a reader may see it, with its key priorities and its submitted reports.
 */
public record GrantSummary(UUID id, NationCode partner, String ref, String title, @Nullable String description,
		GrantMechanism mechanism, List<PrioritySummary> priorities, @Nullable GrantDirector natoDirector,
		@Nullable GrantDirector partnerDirector, @Nullable Money budget, @Nullable Money natoShare,
		@Nullable Money partnerShare, GrantStatus status, @Nullable PartialDate reviewOn,
		@Nullable PartialDate decidedOn, @Nullable String decisionReason, @Nullable PartialDate start,
		@Nullable PartialDate end, boolean illustrative, List<ReportSummary> reports, Releasability releasability,
		Instant updatedAt, long version) implements Versioned {

	public GrantSummary {
		priorities = List.copyOf(priorities);
		reports = List.copyOf(reports);
	}

	public GrantData toData() {
		return new GrantData(ref, title, description, mechanism,
				priorities.stream().map(PrioritySummary::code).toList(), natoDirector, partnerDirector, budget,
				natoShare, partnerShare, status, reviewOn, decidedOn, decisionReason, start, end, illustrative,
				releasability);
	}

	/** The lifecycle moves its status allows next. */
	public List<GrantMove> moves() {
		return LifecycleMove.from(GrantMove.class, status);
	}

	/** Its report schedule as of the given day. */
	public List<ReportDue> schedule(LocalDate today) {
		return ReportSchedule.schedule(status, start, end, reports, today);
	}

	/** Reports due before today that were not submitted. */
	public List<ReportDue> overdue(LocalDate today) {
		return schedule(today).stream().filter(due -> due.status() == ReportDue.Status.OVERDUE).toList();
	}

	/** The next report not yet submitted, overdue or not. */
	public @Nullable ReportDue nextDue(LocalDate today) {
		return schedule(today).stream()
			.filter(due -> due.status() != ReportDue.Status.SUBMITTED)
			.findFirst()
			.orElse(null);
	}

}
