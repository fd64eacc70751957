package org.liaison.dialogue.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.dialogue.ActionData;
import org.liaison.dialogue.ActionMove;
import org.liaison.dialogue.ActionStatus;
import org.liaison.dialogue.MeetingData;
import org.liaison.dialogue.MeetingParticipant;
import org.liaison.dialogue.ReviewedNode;
import org.liaison.dialogue.internal.MeetingRows.Action;
import org.liaison.dialogue.internal.MeetingRows.Decision;
import org.liaison.dialogue.internal.MeetingRows.Node;
import org.liaison.dialogue.internal.MeetingRows.Participant;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartOf;
import org.liaison.shared.PartialDate;
import org.liaison.shared.PartnerRecord;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.shared.Releasability;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.Texts;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A meeting of a joint body, with who took part, what it decided, the follow-up actions
 * it set and the plan nodes it reviewed. It belongs to its body's partner and refers to
 * the body by id. Its actions move only from {@code OPEN} to {@code DONE} or
 * {@code DROPPED}, never back and never on a day before the meeting; each action keeps
 * its id while the meeting is revised.
 */
@Table("dialogue_meeting")
public class Meeting extends PartnerRecord<Meeting> {

	@PartOf
	private final UUID body;

	private String ref;

	private PartialDate date;

	private @Nullable String place;

	private @Nullable String agenda;

	@MappedCollection(idColumn = "meeting", keyColumn = "position")
	private List<Participant> participants;

	@MappedCollection(idColumn = "meeting", keyColumn = "position")
	private List<Decision> decisions;

	@MappedCollection(idColumn = "meeting", keyColumn = "position")
	private List<Action> actions = new ArrayList<>();

	@MappedCollection(idColumn = "meeting", keyColumn = "position")
	private List<Node> reviewedNodes;

	private Releasability releasability;

	private boolean illustrative;

	private Instant updatedAt;

	Meeting(UUID id, UUID body, NationCode partner) {
		super(id, partner);
		this.body = body;
	}

	/**
	 * A new meeting of the body.
	 * @param bodyShortName the body's short name (or name), from which a ref is made when
	 * none is given
	 */
	public static Meeting record(UUID body, NationCode partner, String bodyShortName, MeetingData data, Instant at) {
		InvalidInputException.throwIfAny(data.problems());
		Meeting meeting = new Meeting(UUID.randomUUID(), body, partner);
		meeting.apply(bodyShortName, data, at);
		return meeting;
	}

	public void revise(String bodyShortName, MeetingData data, Instant at) {
		InvalidInputException.throwIfAny(data.problems());
		apply(bodyShortName, data, at);
	}

	private void apply(String bodyShortName, MeetingData data, Instant at) {
		this.ref = data.refOrDefault(bodyShortName);
		this.date = data.date();
		this.place = Texts.clean(data.place());
		this.agenda = Texts.clean(data.agenda());
		this.participants = new ArrayList<>(participants(data));
		this.decisions = new ArrayList<>(decisions(data));
		List<Action> given = new ArrayList<>();
		for (int i = 0; i < data.actions().size(); i++) {
			UUID actionId = i < actions.size() ? actions.get(i).actionId() : UUID.randomUUID();
			given.add(action(actionId, data.actions().get(i)));
		}
		this.actions = given;
		this.reviewedNodes = new ArrayList<>(nodes(data));
		this.releasability = data.releasability();
		this.illustrative = data.illustrative();
		this.updatedAt = at;
	}

	private static List<Participant> participants(MeetingData data) {
		return data.participants().stream().map(p -> new Participant(p.name().strip(), p.nation())).toList();
	}

	private static List<Decision> decisions(MeetingData data) {
		return data.decisions().stream().map(d -> new Decision(d.strip())).toList();
	}

	private static List<Node> nodes(MeetingData data) {
		return data.reviewedNodes().stream().map(n -> new Node(n.planRef().strip(), n.nodeCode().strip())).toList();
	}

	private static Action action(UUID actionId, ActionData data) {
		return new Action(actionId, data.text().strip(), Texts.clean(data.owner()), data.dueOn(), data.statusOrOpen(),
				data.completedOn());
	}

	/**
	 * Whether the meeting already says what the data says, once the data is written as
	 * the meeting would write it: an import that finds so writes nothing.
	 */
	public boolean holds(String bodyShortName, MeetingData data) {
		return toData().equals(record(body, partner(), bodyShortName, data, updatedAt).toData());
	}

	/** The meeting as data (its body aside, which the data names by ref). */
	MeetingData toData() {
		return new MeetingData(ref, null, date, place, agenda, participants(),
				decisions.stream().map(Decision::text).toList(),
				actions.stream()
					.map(a -> new ActionData(a.text(), a.owner(), a.dueOn(), a.status(), a.completedOn()))
					.toList(),
				reviewedNodes(), releasability, illustrative);
	}

	// Actions

	/** Adds a follow-up action and returns its id. */
	public UUID addAction(ActionData data, Instant at) {
		checkAction(data, "");
		UUID actionId = UUID.randomUUID();
		actions.add(action(actionId, data));
		this.updatedAt = at;
		return actionId;
	}

	/**
	 * Changes what an action says, who owns it and when it is due; its status moves only
	 * by {@link #move}.
	 */
	public void reviseAction(UUID actionId, ActionData data, Instant at) {
		int index = indexOf(actionId);
		Action current = actions.get(index);
		if (data.status() != null && data.status() != current.status()) {
			throw new RuleViolationException(
					"An action's status changes only by a move (done or drop), not by editing the action");
		}
		checkAction(new ActionData(data.text(), data.owner(), data.dueOn(), current.status(), current.completedOn()),
				"");
		actions.set(index, new Action(actionId, data.text().strip(), Texts.clean(data.owner()), data.dueOn(),
				current.status(), current.completedOn()));
		this.updatedAt = at;
	}

	/**
	 * Moves an open action to done or dropped on the given day.
	 * @throws RuleViolationException when the action is already closed
	 * @throws InvalidInputException when the day is before the meeting
	 */
	public void move(UUID actionId, ActionMove move, LocalDate on, Instant at) {
		int index = indexOf(actionId);
		Action current = actions.get(index);
		if (current.status() != ActionStatus.OPEN) {
			throw new RuleViolationException("The action is " + current.status().name().toLowerCase()
					+ " already; only an open action can be " + (move == ActionMove.DONE ? "done" : "dropped"));
		}
		if (on.isBefore(date.firstDay())) {
			throw InvalidInputException.of("on", "An action cannot be closed before the meeting that set it");
		}
		actions.set(index, new Action(actionId, current.text(), current.owner(), current.dueOn(), move.target(), on));
		this.updatedAt = at;
	}

	private void checkAction(ActionData data, String prefix) {
		List<Problem> problems = new ArrayList<>(data.problems());
		if (data.dueOn() != null && data.dueOn().isBefore(date.firstDay())) {
			problems.add(new Problem(prefix + "dueOn", "An action cannot be due before the meeting that set it"));
		}
		InvalidInputException.throwIfAny(problems);
	}

	private int indexOf(UUID actionId) {
		for (int i = 0; i < actions.size(); i++) {
			if (actions.get(i).actionId().equals(actionId)) {
				return i;
			}
		}
		throw new RecordNotFoundException("action", actionId);
	}

	public UUID body() {
		return body;
	}

	public String ref() {
		return ref;
	}

	public PartialDate date() {
		return date;
	}

	public ActionStatus actionStatus(UUID actionId) {
		return actions.get(indexOf(actionId)).status();
	}

	public List<MeetingParticipant> participants() {
		return participants.stream().map(p -> new MeetingParticipant(p.name(), p.nation())).toList();
	}

	public List<ReviewedNode> reviewedNodes() {
		return reviewedNodes.stream().map(n -> new ReviewedNode(n.planRef(), n.nodeCode())).toList();
	}

}
