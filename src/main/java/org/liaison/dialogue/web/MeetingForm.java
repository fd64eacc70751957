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
		String[] lines = lines(text);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			int separator = line.lastIndexOf(NATION_SEPARATOR);
			String name = separator < 0 ? line : line.substring(0, separator).strip();
			String code = separator < 0 ? "" : line.substring(separator + 1).strip();
			if (name.isEmpty()) {
				problems.add(new Problem("participants",
						"Line " + (i + 1) + " names no participant; write the name before the bar"));
			}
			else if (name.length() > 200) {
				problems.add(new Problem("participants", "Line " + (i + 1) + " is longer than 200 characters"));
			}
			else if (separator >= 0 && !NationCode.isValid(code)) {
				problems.add(new Problem("participants", "Line " + (i + 1) + ": '" + code
						+ "' is not a nation code; after the bar write the nation's three letters, as in 'Serbian Ministry of Defence | SRB'"));
			}
			else {
				result.add(new MeetingParticipant(name, code.isEmpty() ? null : NationCode.of(code)));
			}
		}
		return result;
	}

	/** Decisions, one a line; empty lines are skipped. */
	static List<String> decisions(@Nullable String text, List<Problem> problems) {
		List<String> result = new ArrayList<>();
		String[] lines = lines(text);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			if (line.length() > 2000) {
				problems.add(new Problem("decisions", "Line " + (i + 1) + " is longer than 2000 characters"));
			}
			else {
				result.add(line);
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
		String[] lines = lines(text);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			String[] parts = line.split("\\s+");
			if (parts.length != 2) {
				problems.add(new Problem("reviewedNodes", "Line " + (i + 1)
						+ ": write the plan's ref and the node's code, separated by a space, as in 'parp-2015 G-01'"));
			}
			else if (!Refs.isValid(parts[0])) {
				problems.add(new Problem("reviewedNodes", "Line " + (i + 1) + ": '" + parts[0]
						+ "' is not a plan ref (lower-case letters, digits and dashes)"));
			}
			else if (parts[1].length() > 40 || parts[1].contains("|")) {
				problems.add(new Problem("reviewedNodes", "Line " + (i + 1) + ": '" + parts[1]
						+ "' is not a node code (at most 40 characters, no bars)"));
			}
			else {
				result.add(new ReviewedNode(parts[0], parts[1]));
			}
		}
		return result;
	}

	private static String[] lines(@Nullable String text) {
		return text == null || text.isBlank() ? new String[0] : text.split("\\R");
	}

}
