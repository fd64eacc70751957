package org.liaison.agreement;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Refs;
import org.liaison.shared.Releasability;
import org.liaison.shared.RecordData;

/**
 * What a person or an import gives to record or revise an agreement. Staff often record
 * agreements made long ago, so the data carries the status reached and its dates
 * directly; revising keeps the status, which only the lifecycle moves change.
 *
 * @param ref the agreement's natural key within its partner; when empty, made from the
 * title
 * @param type the code of an agreement type, such as {@code IPAP}
 * @param submittedText what the timeline says when it was submitted; when empty, "{title}
 * submitted."
 * @param agreedText what the timeline says when it was agreed; when empty, "{title}
 * agreed.". Dossiers written before each step had a text of its own call it
 * {@code milestoneText}.
 * @param inForceText what the timeline says when it entered into force; when empty,
 * "{title} enters into force."
 * @param endedText what the timeline says when it was superseded, expired or was
 * terminated; when empty, "{title} superseded." (or expired, terminated)
 * @param parties the parties in the order the agreement names them
 */
public record AgreementData(
		@Pattern(regexp = "|" + Refs.PATTERN,
				message = "uses lower-case letters, digits and dashes") @Nullable String ref,
		@NotBlank @Size(max = 30) String type, @NotBlank @Size(max = 300) String title,
		@Size(max = 20000) @Nullable String description, @NotNull AgreementStatus status,
		@Nullable PartialDate submittedOn, @Nullable PartialDate agreedOn, @Nullable PartialDate inForceOn,
		@Nullable PartialDate endedOn, @Size(max = 1000) @Nullable String submittedText,
		@JsonAlias("milestoneText") @Size(max = 1000) @Nullable String agreedText,
		@Size(max = 1000) @Nullable String inForceText, @Size(max = 1000) @Nullable String endedText,
		@Valid @Size(max = 50) @Nullable List<AgreementParty> parties,
		@NotNull Releasability releasability) implements RecordData {

	public AgreementData {
		parties = parties == null ? List.of() : List.copyOf(parties);
	}

	/** The ref to store: the one given, or one made from the title. */
	public String refOrDefault() {
		return Refs.orFrom(ref, title);
	}

	/**
	 * Problems that no single field shows: the dates the status needs, dates of stages
	 * the status has not reached, and dates out of lifecycle order. The agreement refuses
	 * data that has any.
	 */
	@Override
	public List<Problem> problems() {
		List<Problem> problems = new ArrayList<>();
		if (status == null) {
			return problems;
		}
		switch (status) {
			case DRAFT -> {
			}
			case SUBMITTED ->
				require(problems, submittedOn, "submittedOn", "A submitted agreement needs the date it was submitted");
			case AGREED -> require(problems, agreedOn, "agreedOn", "An agreed agreement needs the date it was agreed");
			case IN_FORCE ->
				require(problems, inForceOn, "inForceOn", "An agreement in force needs the date it entered into force");
			case SUPERSEDED, EXPIRED, TERMINATED ->
				require(problems, endedOn, "endedOn", "An agreement that is " + status + " needs the date it ended");
		}
		List<Stage> stages = stages();
		for (Stage stage : stages) {
			if (stage.date() != null && !status.reached(stage.status())) {
				problems.add(new Problem(stage.field(), "An agreement that is " + status + " has no date "
						+ stage.label() + "; record it with the lifecycle actions"));
			}
		}
		for (int later = 1; later < stages.size(); later++) {
			Stage current = stages.get(later);
			if (current.date() == null) {
				continue;
			}
			for (int earlier = later - 1; earlier >= 0; earlier--) {
				Stage previous = stages.get(earlier);
				if (previous.date() != null && current.date().lastDay().isBefore(previous.date().firstDay())) {
					problems.add(new Problem(current.field(), "The date " + current.label() + " (" + current.date()
							+ ") cannot be before the date " + previous.label() + " (" + previous.date() + ")"));
					break;
				}
			}
		}
		return problems;
	}

	private List<Stage> stages() {
		List<Stage> stages = new ArrayList<>();
		stages.add(new Stage(AgreementStatus.SUBMITTED, submittedOn, "submittedOn", "it was submitted"));
		stages.add(new Stage(AgreementStatus.AGREED, agreedOn, "agreedOn", "it was agreed"));
		stages.add(new Stage(AgreementStatus.IN_FORCE, inForceOn, "inForceOn", "it entered into force"));
		stages.add(new Stage(AgreementStatus.SUPERSEDED, endedOn, "endedOn", "it ended"));
		return stages;
	}

	private static void require(List<Problem> problems, @Nullable PartialDate date, String field, String message) {
		if (date == null) {
			problems.add(new Problem(field, message));
		}
	}

	private record Stage(AgreementStatus status, @Nullable PartialDate date, String field, String label) {
	}

}
