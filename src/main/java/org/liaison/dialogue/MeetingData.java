package org.liaison.dialogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.PartialDate;
import org.liaison.shared.RecordData;
import org.liaison.shared.Refs;
import org.liaison.shared.Releasability;

/**
 * What a person or an import gives to record or revise a meeting of a joint body.
 *
 * @param ref the meeting's natural key within its partner; when empty, one is made from
 * the date and the body's short name (or name), such as {@code 2015-02-10-drg}
 * @param bodyRef the body's ref: what an import names the body by. Through the API and
 * the pages the body is given by its id; a ref given there must be that body's
 * @param date when it met, usually a day
 * @param participants organisations and nations that took part, in the record's order
 * @param decisions what it decided, one item each
 * @param actions its follow-up actions; on revision they are matched to the stored ones
 * by position, so that each keeps its id
 * @param reviewedNodes the plan nodes it reviewed, by plan ref and node code
 * @param illustrative whether the record is made up to illustrate (demo data), not a fact
 */
public record MeetingData(
		@Pattern(regexp = "|" + Refs.PATTERN,
				message = "uses lower-case letters, digits and dashes") @Nullable String ref,
		@Nullable String bodyRef, @NotNull PartialDate date, @Size(max = 200) @Nullable String place,
		@Size(max = 20000) @Nullable String agenda, @Valid List<MeetingParticipant> participants,
		List<@NotBlank @Size(max = 2000) String> decisions, @Valid List<ActionData> actions,
		@Valid List<ReviewedNode> reviewedNodes, @NotNull Releasability releasability,
		boolean illustrative) implements RecordData {

	public MeetingData {
		participants = participants == null ? List.of() : List.copyOf(participants);
		decisions = decisions == null ? List.of() : List.copyOf(decisions);
		actions = actions == null ? List.of() : List.copyOf(actions);
		reviewedNodes = reviewedNodes == null ? List.of() : List.copyOf(reviewedNodes);
	}

	/**
	 * The ref to store: the one given, or one made from the date and the body's short
	 * name.
	 */
	public String refOrDefault(String bodyShortName) {
		return Refs.orFrom(ref, date == null ? bodyShortName : date.iso() + " " + bodyShortName);
	}

	/** Problems that no single field shows; the meeting refuses data that has any. */
	@Override
	public List<Problem> problems() {
		List<Problem> problems = new ArrayList<>();
		Set<ReviewedNode> nodes = new HashSet<>();
		for (int i = 0; i < reviewedNodes.size(); i++) {
			if (!nodes.add(reviewedNodes.get(i))) {
				problems.add(new Problem("reviewedNodes[" + i + "]", "The node " + reviewedNodes.get(i).planRef() + " "
						+ reviewedNodes.get(i).nodeCode() + " is listed twice"));
			}
		}
		for (int i = 0; i < actions.size(); i++) {
			ActionData action = actions.get(i);
			for (Problem problem : action.problems()) {
				problems.add(new Problem("actions[" + i + "]." + problem.field(), problem.message()));
			}
			if (date != null && action.dueOn() != null && action.dueOn().isBefore(date.firstDay())) {
				problems.add(new Problem("actions[" + i + "].dueOn",
						"An action cannot be due before the meeting that set it"));
			}
		}
		return problems;
	}

}
