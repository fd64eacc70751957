package org.liaison.dialogue;

import java.time.Instant;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.dialogue.internal.JointBody;
import org.liaison.dialogue.internal.JointBodyRepository;
import org.liaison.dialogue.internal.Meeting;
import org.liaison.dialogue.internal.MeetingQueries;
import org.liaison.dialogue.internal.MeetingRepository;
import org.liaison.dialogue.internal.Statement;
import org.liaison.dialogue.internal.StatementRepository;
import org.liaison.partner.PartnerService;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.NationCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dialogue module's part of a partnership dossier: the joint bodies, statements and
 * meetings a reader may take out, and the import that makes the record say what a dossier
 * says. An import upserts by partner and ref and keeps the dossier's time of last change;
 * a record that already holds the same data is not written at all, so importing twice
 * changes nothing. A meeting names its body by ref, so bodies are imported before
 * meetings.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DialogueDossier {

	private final DialogueService dialogue;

	private final MeetingService meetingService;

	private final MeetingQueries meetingQueries;

	private final JointBodyRepository bodies;

	private final StatementRepository statements;

	private final MeetingRepository meetings;

	private final StatementKindService kinds;

	private final BodyKindService bodyKinds;

	private final PartnerService partners;

	public List<BodySummary> bodies(NationCode partner, Audience audience) {
		return dialogue.bodies(partner, audience);
	}

	public List<StatementSummary> statements(NationCode partner, Audience audience) {
		return dialogue.allStatements(partner, audience);
	}

	/**
	 * @return whether anything was written
	 */
	@Transactional
	public boolean importBody(NationCode partner, BodyData data, Instant updatedAt) {
		bodyKinds.requireKnown(data);
		return bodies.importInto(bodies.findByPartnerAndRef(partner, data.refOrDefault()), body -> body.holds(data),
				() -> {
					partners.requirePartner(partner);
					return JointBody.record(partner, data, updatedAt);
				}, body -> body.revise(data, updatedAt));
	}

	/**
	 * @return whether anything was written
	 */
	@Transactional
	public boolean importStatement(NationCode partner, StatementData data, Instant updatedAt) {
		StatementKindSummary kind = kinds.kindOf(data);
		return statements.importInto(statements.findByPartnerAndRef(partner, data.refOrDefault()),
				statement -> statement.holds(data, kind), () -> {
					partners.requirePartner(partner);
					return Statement.record(partner, data, kind, updatedAt);
				}, statement -> statement.revise(data, kind, updatedAt));
	}

	/**
	 * @param data names its body by {@link MeetingData#bodyRef()}, a body of the same
	 * partner
	 * @return whether anything was written
	 */
	@Transactional
	public boolean importMeeting(NationCode partner, MeetingData data, Instant updatedAt) {
		if (data.bodyRef() == null || data.bodyRef().isBlank()) {
			throw InvalidInputException.of("bodyRef", "Name the joint body the meeting is of by its ref");
		}
		JointBody body = bodies.findByPartnerAndRef(partner, data.bodyRef().strip())
			.orElseThrow(() -> InvalidInputException.of("bodyRef",
					"There is no joint body '" + data.bodyRef() + "' of " + partner));
		String ref = data.refOrDefault(body.shortNameOrName());
		Meeting meeting = meetings.findByPartnerAndRef(partner, ref).orElse(null);
		if (meeting != null && !meeting.body().equals(body.id())) {
			throw InvalidInputException.of("ref",
					"The meeting '" + ref + "' is of another joint body; a meeting does not move between bodies");
		}
		if (meeting != null && meeting.holds(body.shortNameOrName(), data)) {
			return false;
		}
		if (meeting == null) {
			meeting = Meeting.record(body.id(), partner, body.shortNameOrName(), data, updatedAt);
		}
		else {
			meeting.revise(body.shortNameOrName(), data, updatedAt);
		}
		meetings.save(meeting);
		return true;
	}

	/**
	 * Every meeting of the partner the reader may see, the newest first, its body named
	 * by ref.
	 */
	public List<MeetingExport> meetings(NationCode partner, Audience audience) {
		return meetingQueries.allMeetings(partner, audience, meetingService.today())
			.stream()
			.map(meeting -> new MeetingExport(meeting.toData(), meeting.updatedAt()))
			.toList();
	}

}
