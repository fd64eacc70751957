package org.liaison.fund;

import org.liaison.shared.LifecycleMove;
import org.liaison.shared.Versioned;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.liaison.shared.Money;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;

/**
 * A trust-fund project as a reader may see it, with its lead nations, phases and the
 * history of its lifecycle moves.
 */
public record ProjectSummary(UUID id, NationCode partner, String ref, String title, @Nullable String objective,
		List<NationCode> leadNations, boolean leadNationsIllustrative, @Nullable String executingAgent, String sector,
		Currency currency, @Nullable PartialDate plannedStart, @Nullable PartialDate plannedEnd,
		@Nullable PartialDate actualStart, @Nullable PartialDate actualEnd, List<PhaseData> phases,
		ProjectStatus status, List<StatusChange> changes, boolean illustrative, @Nullable String launchText,
		@Nullable String completionText, Releasability releasability, Instant updatedAt,
		long version) implements Versioned {

	public ProjectSummary {
		leadNations = List.copyOf(leadNations);
		phases = List.copyOf(phases);
		changes = List.copyOf(changes);
	}

	public ProjectData toData() {
		return new ProjectData(ref, title, objective, leadNations, leadNationsIllustrative, executingAgent, sector,
				currency, plannedStart, plannedEnd, actualStart, actualEnd, phases, status, illustrative, launchText,
				completionText, releasability);
	}

	/** The sum of the phase budgets, in the project's currency. */
	@JsonProperty("budget")
	public Money budget() {
		return Amounts.money(phases.stream().map(PhaseData::budget).reduce(BigDecimal.ZERO, BigDecimal::add), currency);
	}

	public @Nullable PartialDate start() {
		return actualStart != null ? actualStart : plannedStart;
	}

	public @Nullable PartialDate end() {
		return actualEnd != null ? actualEnd : plannedEnd;
	}

	public List<ProjectMove> moves() {
		return LifecycleMove.from(ProjectMove.class, status);
	}

}
