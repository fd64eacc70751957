package org.liaison.fund;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;
import org.liaison.shared.RecordData;
import org.liaison.shared.Refs;
import org.liaison.shared.Releasability;

/**
 * What a person or an import gives to record or revise a trust-fund project. A project
 * recorded long after the fact carries the status it reached and the dates of that
 * history; revising keeps the status, which only the lifecycle moves change.
 *
 * @param ref natural key within the host partner; when empty, made from the title
 * @param leadNations the Allies or partners leading the project, as far as sources name
 * them
 * @param leadNationsIllustrative whether the lead nations are demo details rather than
 * recorded fact
 * @param executingAgent the ref of the executing agent's organisation in the directory,
 * if any
 * @param sector the OECD DAC 5-digit purpose code, such as 15240 (SALW control)
 * @param currency the currency the project keeps its accounts and phase budgets in
 * @param illustrative whether the whole project is a demo, never shown as fact
 * @param launchText what the timeline says when it was launched; when empty, a sentence
 * is made
 * @param completionText what the timeline says when it was completed; when empty, a
 * sentence is made
 */
public record ProjectData(
		@Pattern(regexp = "|" + Refs.PATTERN,
				message = "uses lower-case letters, digits and dashes") @Nullable String ref,
		@NotBlank @Size(max = 300) String title, @Size(max = 20000) @Nullable String objective,
		@Size(max = 20) @Nullable List<NationCode> leadNations, @Nullable Boolean leadNationsIllustrative,
		@Pattern(regexp = "|" + Refs.PATTERN, message = "is an organisation's ref") @Nullable String executingAgent,
		@NotNull @Pattern(regexp = "\\d{5}", message = "is a 5-digit DAC purpose code, such as 15240") String sector,
		@NotNull Currency currency, @Nullable PartialDate plannedStart, @Nullable PartialDate plannedEnd,
		@Nullable PartialDate actualStart, @Nullable PartialDate actualEnd,
		@Valid @Size(max = 50) @Nullable List<PhaseData> phases, @NotNull ProjectStatus status,
		@Nullable Boolean illustrative, @Size(max = 1000) @Nullable String launchText,
		@Size(max = 1000) @Nullable String completionText, @NotNull Releasability releasability) implements RecordData {

	public ProjectData {
		leadNations = leadNations == null ? List.of() : List.copyOf(leadNations);
		phases = phases == null ? List.of() : List.copyOf(phases);
		leadNationsIllustrative = Boolean.TRUE.equals(leadNationsIllustrative);
		illustrative = Boolean.TRUE.equals(illustrative);
	}

	public String refOrDefault() {
		return Refs.orFrom(ref, title);
	}

	/**
	 * Problems no single field shows: a lead nation named twice, the dates the status
	 * needs or may not have yet, and dates out of order. Sources do not always name lead
	 * nations or say when a completed project ended: neither is required.
	 */
	@Override
	public List<Problem> problems() {
		List<Problem> problems = new ArrayList<>();
		if (new HashSet<>(leadNations).size() != leadNations.size()) {
			problems.add(new Problem("leadNations", "A lead nation is named twice"));
		}
		if (status != null) {
			// A finished project recorded long after may not know when it started (the
			// seed
			// gives only the year a project was completed).
			if (status.launched() && !status.finished() && actualStart == null) {
				problems.add(new Problem("actualStart", "A project that is " + status + " needs its actual start"));
			}
			if (!status.launched() && actualStart != null) {
				problems.add(new Problem("actualStart", "A project that is " + status
						+ " has not started; record its start with the lifecycle action 'launch'"));
			}
			if (!status.finished() && actualEnd != null) {
				problems.add(new Problem("actualEnd", "A project that is " + status
						+ " has not ended; record its end with the lifecycle action 'complete'"));
			}
		}
		order(problems, plannedStart, plannedEnd, "plannedEnd", "planned end", "planned start");
		order(problems, actualStart, actualEnd, "actualEnd", "actual end", "actual start");
		for (int i = 0; i < phases.size(); i++) {
			PhaseData phase = phases.get(i);
			if (phase != null) {
				order(problems, phase.start(), phase.end(), "phases[" + i + "].end", "end of the phase",
						"start of the phase");
			}
		}
		return problems;
	}

	private static void order(List<Problem> problems, @Nullable PartialDate earlier, @Nullable PartialDate later,
			String field, String laterLabel, String earlierLabel) {
		if (PartialDate.outOfOrder(earlier, later)) {
			problems.add(new Problem(field, "The " + laterLabel + " (" + later + ") cannot be before the "
					+ earlierLabel + " (" + earlier + ")"));
		}
	}

}
