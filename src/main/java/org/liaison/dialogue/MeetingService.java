package org.liaison.dialogue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.dialogue.internal.JointBody;
import org.liaison.dialogue.internal.JointBodyRepository;
import org.liaison.dialogue.internal.Meeting;
import org.liaison.dialogue.internal.MeetingQueries;
import org.liaison.dialogue.internal.MeetingRepository;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dialogue module's API for meetings of joint bodies and their follow-up actions.
 * Reads take the reader's {@link Audience}; a meeting the reader may not see (or whose
 * body the reader may not see) is reported as not found. Every change of a meeting or of
 * one of its actions names the meeting's version and is refused when it is stale. An
 * action is overdue when it is open after its due day, as the application's {@link Clock}
 * tells the day.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MeetingService {

	private final MeetingQueries queries;

	private final MeetingRepository meetings;

	private final JointBodyRepository bodies;

	private final DialogueService dialogue;

	private final Clock clock;

	// Reads

	/**
	 * One page of the body's meetings, the newest first; the body must be one the reader
	 * sees.
	 */
	public PageOf<MeetingSummary> meetings(UUID bodyId, Audience audience, PageOf.Request page) {
		dialogue.body(bodyId, audience);
		return queries.meetings(bodyId, audience, page, today());
	}

	/**
	 * Every meeting of the partner the reader may see, newest first, in one read: for a
	 * page that shows the meetings of all its bodies.
	 */
	public List<MeetingSummary> allMeetings(NationCode partner, Audience audience) {
		return queries.allMeetings(partner, audience, today());
	}

	public MeetingSummary meeting(UUID id, Audience audience) {
		return queries.meeting(id, audience, today()).orElseThrow(() -> new RecordNotFoundException("meeting", id));
	}

	/** The id of the meeting that set the action, if the reader may see that meeting. */
	public UUID meetingOfAction(UUID actionId, Audience audience) {
		return queries.meetingOfAction(actionId, audience)
			.orElseThrow(() -> new RecordNotFoundException("action", actionId));
	}

	/**
	 * The partner's follow-up actions the reader may see, those due first; only the
	 * overdue ones when asked.
	 */
	public List<PartnerAction> actions(NationCode partner, Audience audience, boolean overdueOnly) {
		return queries.actions(partner, audience, overdueOnly, today());
	}

	/**
	 * The partner's actions still open after their due day, the longest overdue first.
	 */
	public List<PartnerAction> overdueActions(NationCode partner, Audience audience) {
		return actions(partner, audience, true);
	}

	// Writes

	/**
	 * Records a meeting of the body, which must be one the writer sees; its partner is
	 * the body's.
	 */
	@Transactional
	public MeetingSummary addMeeting(UUID bodyId, MeetingData data, Audience audience) {
		dialogue.body(bodyId, audience);
		JointBody body = bodies.findById(bodyId).orElseThrow(() -> new RecordNotFoundException("joint body", bodyId));
		requireBodyRef(body, data);
		String ref = data.refOrDefault(body.shortNameOrName());
		meetings.requireFreeRef(body.partner(), ref, null);
		Meeting meeting = meetings.save(Meeting.record(body.id(), body.partner(), body.shortNameOrName(), data, now()));
		return meeting(meeting.id(), Audience.alliance());
	}

	/**
	 * Revises the meeting; its actions are matched to the stored ones by position and
	 * keep their ids.
	 */
	@Transactional
	public MeetingSummary reviseMeeting(UUID id, long version, MeetingData data) {
		Meeting meeting = meetings.atVersion(id, version, "meeting");
		JointBody body = bodies.findById(meeting.body()).orElseThrow();
		requireBodyRef(body, data);
		meetings.requireFreeRef(meeting.partner(), data.refOrDefault(body.shortNameOrName()), id);
		meeting.revise(body.shortNameOrName(), data, now());
		meetings.save(meeting);
		return meeting(id, Audience.alliance());
	}

	@Transactional
	public void deleteMeeting(UUID id, long version) {
		meetings.delete(meetings.atVersion(id, version, "meeting"));
	}

	/**
	 * Adds an open follow-up action to the meeting; it is the last of the meeting's
	 * actions.
	 * @param version the meeting's version, or {@code null} to add whatever the meeting's
	 * version (adding overwrites nothing)
	 */
	@Transactional
	public MeetingSummary addAction(UUID meetingId, @Nullable Long version, ActionData data) {
		Meeting meeting = version == null
				? meetings.findById(meetingId).orElseThrow(() -> new RecordNotFoundException("meeting", meetingId))
				: meetings.atVersion(meetingId, version, "meeting");
		meeting.addAction(new ActionData(data.text(), data.owner(), data.dueOn(), ActionStatus.OPEN, null), now());
		meetings.save(meeting);
		return meeting(meetingId, Audience.alliance());
	}

	/**
	 * Changes an action's text, owner and due day; its status changes only by
	 * {@link #moveAction}.
	 */
	@Transactional
	public MeetingSummary reviseAction(UUID meetingId, long version, UUID actionId, ActionData data) {
		Meeting meeting = meetings.atVersion(meetingId, version, "meeting");
		meeting.reviseAction(actionId, data, now());
		meetings.save(meeting);
		return meeting(meetingId, Audience.alliance());
	}

	/**
	 * Moves an open action to done or dropped.
	 * @param on the day it was done or dropped; when {@code null}, today
	 * @throws org.liaison.shared.RuleViolationException when the action is not open
	 */
	@Transactional
	public MeetingSummary moveAction(UUID meetingId, long version, UUID actionId, ActionMove move,
			@Nullable LocalDate on) {
		Meeting meeting = meetings.atVersion(meetingId, version, "meeting");
		meeting.move(actionId, move, on == null ? today() : on, now());
		meetings.save(meeting);
		return meeting(meetingId, Audience.alliance());
	}

	// Helpers

	private static void requireBodyRef(JointBody body, MeetingData data) {
		if (data.bodyRef() != null && !data.bodyRef().isBlank() && !data.bodyRef().strip().equals(body.ref())) {
			throw InvalidInputException.of("bodyRef",
					"The meeting is of the body '" + body.ref() + "', not '" + data.bodyRef().strip() + "'");
		}
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	private Instant now() {
		return clock.instant();
	}

}
