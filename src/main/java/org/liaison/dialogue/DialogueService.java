package org.liaison.dialogue;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.dialogue.internal.DialogueQueries;
import org.liaison.dialogue.internal.JointBody;
import org.liaison.dialogue.internal.JointBodyRepository;
import org.liaison.dialogue.internal.MeetingRepository;
import org.liaison.dialogue.internal.Statement;
import org.liaison.dialogue.internal.StatementRepository;
import org.liaison.partner.PartnerService;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.shared.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dialogue module's API: joint bodies and statements. Reads take the reader's
 * {@link Audience}; a record the reader may not see is reported as not found. Writes that
 * name a version refuse to overwrite a newer one. Every write of a body registers its
 * milestones; the dossier's part is {@link DialogueDossier}'s.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DialogueService {

	private final DialogueQueries queries;

	private final JointBodyRepository bodies;

	private final StatementRepository statements;

	private final MeetingRepository meetings;

	private final StatementKindService kinds;

	private final BodyKindService bodyKinds;

	private final PartnerService partners;

	private final Clock clock;

	// Joint bodies

	/**
	 * The partner's bodies in the order they were established, those with no date last.
	 */
	public List<BodySummary> bodies(NationCode partner, Audience audience) {
		return queries.bodies(partner, audience);
	}

	public BodySummary body(UUID id, Audience audience) {
		return queries.body(id, audience).orElseThrow(() -> new RecordNotFoundException("joint body", id));
	}

	@Transactional
	public BodySummary addBody(NationCode partner, BodyData data) {
		bodyKinds.requireKnown(data);
		partners.requirePartner(partner);
		bodies.requireFreeRef(partner, data.refOrDefault(), null);
		JointBody body = bodies.save(JointBody.record(partner, data, now()));
		return body(body.id(), Audience.alliance());
	}

	@Transactional
	public BodySummary reviseBody(UUID id, long version, BodyData data) {
		bodyKinds.requireKnown(data);
		JointBody body = bodies.atVersion(id, version, "joint body");
		bodies.requireFreeRef(body.partner(), data.refOrDefault(), id);
		body.revise(data, now());
		bodies.save(body);
		return body(id, Audience.alliance());
	}

	@Transactional
	public void deleteBody(UUID id, long version) {
		JointBody body = bodies.atVersion(id, version, "joint body");
		if (meetings.existsByBody(id)) {
			throw new RuleViolationException("The joint body has meetings on record; delete them first");
		}
		body.remove();
		bodies.delete(body);
	}

	// Statements

	/** One page of the partner's statements, the newest first. */
	public PageOf<StatementSummary> statements(NationCode partner, Audience audience, PageOf.Request page) {
		return queries.statements(partner, audience, page);
	}

	/**
	 * Every statement of the partner the reader may see, the newest first, for exports.
	 */
	public List<StatementSummary> allStatements(NationCode partner, Audience audience) {
		return queries.allStatements(partner, audience);
	}

	public StatementSummary statement(UUID id, Audience audience) {
		return queries.statement(id, audience).orElseThrow(() -> new RecordNotFoundException("statement", id));
	}

	@Transactional
	public StatementSummary addStatement(NationCode partner, StatementData data) {
		partners.requirePartner(partner);
		statements.requireFreeRef(partner, data.refOrDefault(), null);
		Statement statement = statements.save(Statement.record(partner, data, kinds.kindOf(data), now()));
		return statement(statement.id(), Audience.alliance());
	}

	@Transactional
	public StatementSummary reviseStatement(UUID id, long version, StatementData data) {
		Statement statement = statements.atVersion(id, version, "statement");
		statements.requireFreeRef(statement.partner(), data.refOrDefault(), id);
		statement.revise(data, kinds.kindOf(data), now());
		statements.save(statement);
		return statement(id, Audience.alliance());
	}

	@Transactional
	public void deleteStatement(UUID id, long version) {
		Statement statement = statements.atVersion(id, version, "statement");
		statements.delete(statement);
	}

	private Instant now() {
		return clock.instant();
	}

}
