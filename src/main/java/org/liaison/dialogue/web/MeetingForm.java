package org.liaison.dialogue.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.liaison.dialogue.ActionData;
import org.liaison.dialogue.MeetingData;
import org.liaison.dialogue.MeetingParticipant;
import org.liaison.dialogue.ReviewedNode;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Refs;
import org.liaison.shared.Releasability;
import org.liaison.web.TextLine;

/**
 * The meeting form as a browser submits it. It differs from {@link MeetingData} in the
 * lists, which a person types one item per line: participants as "Name" or "Name | SRB",
 * decisions as text, reviewed plan nodes as "plan-ref NODE-CODE" (such as "parp-2015
 * G-01"). A line that cannot be read gets a problem naming its line, beside its field.
 * Actions are kept apart: the form leaves the meeting's actions as they are.
 */
public record MeetingForm(@Nullable String ref, @Nullable PartialDate date, @Nullable String place,
		@Nullable String agenda, @Nullable String participants, @Nullable String decisions,
		@Nullable String reviewedNodes, @Nullable Releasability releasability, @Nullable Boolean illustrative) {

	static final String NATION_SEPARATOR = "|";

	static MeetingForm blank() {
		return new MeetingForm("", null, "", "", "", "", "", Releasability.PARTNER, false);
	}

	static MeetingForm of(MeetingData data) {
		String participants = data.participants()
			.stream()
			.map(p -> p.nation() == null ? p.name() : p.name() + " " + NATION_SEPARATOR + " " + p.nation().value())
			.collect(Collectors.joining("\n"));
		String nodes = data.reviewedNodes()
			.stream()
			.map(node -> node.planRef() + " " + node.nodeCode())
			.collect(Collectors.joining("\n"));
		return new MeetingForm(data.ref(), data.date(), data.place(), data.agenda(), participants,
				String.join("\n", data.decisions()), nodes, data.releasability(), data.illustrative());
	}

	/**
	 * The data this form stands for, with the given actions (the meeting's own, or none
	 * for a new meeting); a line that cannot be read adds a problem.
	 */
	MeetingData toData(List<ActionData> actions, List<Problem> problems) {
		return new MeetingData(ref, null, date, place, agenda, participants(participants, problems),
				decisions(decisions, problems), actions, nodes(reviewedNodes, problems), releasability,
				Boolean.TRUE.equals(illustrative));
	}

	/** Participants, one a line: "Name" or "Name | SRB"; empty lines are skipped. */
	static List<MeetingParticipant> participants(@Nullable String text, List<Problem> problems) {
		List<MeetingParticipant> result = new ArrayList<>();
		for (TextLine line : TextLine.of(text)) {
			String name = line.before(NATION_SEPARATOR);
			String code = line.after(NATION_SEPARATOR);
			if (name.isEmpty()) {
				problems.add(new Problem("participants",
						"Line " + line.number() + " names no participant; write the name before the bar"));
			}
			else if (name.length() > 200) {
				problems.add(new Problem("participants", "Line " + line.number() + " is longer than 200 characters"));
			}
			else if (code != null && !NationCode.isValid(code)) {
				problems.add(new Problem("participants", "Line " + line.number() + ": '" + code
						+ "' is not a nation code; after the bar write the nation's three letters, as in 'Serbian Ministry of Defence | SRB'"));
			}
			else {
				result.add(new MeetingParticipant(name, code == null ? null : NationCode.of(code)));
			}
		}
		return result;
	}

	/** Decisions, one a line; empty lines are skipped. */
	static List<String> decisions(@Nullable String text, List<Problem> problems) {
		List<String> result = new ArrayList<>();
		for (TextLine line : TextLine.of(text)) {
			if (line.text().length() > 2000) {
				problems.add(new Problem("decisions", "Line " + line.number() + " is longer than 2000 characters"));
			}
			else {
				result.add(line.text());
			}
		}
		return result;
	}

	/**
	 * Reviewed plan nodes, one a line: the plan's ref, a space, the node's code
	 * ("parp-2015 G-01").
	 */
	static List<ReviewedNode> nodes(@Nullable String text, List<Problem> problems) {
		List<ReviewedNode> result = new ArrayList<>();
		for (TextLine line : TextLine.of(text)) {
			String[] parts = line.text().split("\\s+");
			if (parts.length != 2) {
				problems.add(new Problem("reviewedNodes", "Line " + line.number()
						+ ": write the plan's ref and the node's code, separated by a space, as in 'parp-2015 G-01'"));
			}
			else if (!Refs.isValid(parts[0])) {
				problems.add(new Problem("reviewedNodes", "Line " + line.number() + ": '" + parts[0]
						+ "' is not a plan ref (lower-case letters, digits and dashes)"));
			}
			else if (parts[1].length() > 40 || parts[1].contains("|")) {
				problems.add(new Problem("reviewedNodes", "Line " + line.number() + ": '" + parts[1]
						+ "' is not a node code (at most 40 characters, no bars)"));
			}
			else {
				result.add(new ReviewedNode(parts[0], parts[1]));
			}
		}
		return result;
	}

}
