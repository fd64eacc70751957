package org.liaison.agreement;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.liaison.agreement.internal.Agreement;
import org.liaison.agreement.internal.AgreementQueries;
import org.liaison.agreement.internal.AgreementRepository;
import org.liaison.agreement.internal.AgreementTypeRepository;
import org.liaison.partner.NationSummary;
import org.liaison.partner.PartnerService;
import org.liaison.shared.LifecycleMove;
import org.liaison.shared.LifecycleMove.Transition;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.MilestoneEvent;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.PartialDate;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.shared.StaleRecordException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agreement module's API: agreements, their lifecycle, and the reference list of agreement
 * types. Reads take the reader's {@link Audience}; an agreement the reader may not see is
 * reported as not found. Writes that name a version refuse to overwrite a newer one, and every
 * write publishes an event with the agreement's current milestones.
 */
@Service
@Transactional(readOnly = true)
public class AgreementService {

	private final AgreementQueries queries;

	private final AgreementRepository agreements;

	private final AgreementTypeRepository types;

	private final PartnerService partners;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AgreementService(AgreementQueries queries, AgreementRepository agreements, AgreementTypeRepository types,
			PartnerService partners, ApplicationEventPublisher events, Clock clock) {
		this.queries = queries;
		this.agreements = agreements;
		this.types = types;
		this.partners = partners;
		this.events = events;
		this.clock = clock;
	}

	// Reads

	/** A partner's agreements, earliest first. */
	public PageOf<AgreementSummary> agreements(NationCode partner, Audience audience, PageOf.Request page) {
		return queries.agreements(partner, audience, page);
	}

	/** All of a partner's agreements the reader may see, for exports and the public page. */
	public List<AgreementSummary> allAgreements(NationCode partner, Audience audience) {
		return queries.allAgreements(partner, audience);
	}

	public AgreementSummary agreement(UUID id, Audience audience) {
		return queries.agreement(id, audience).orElseThrow(() -> new RecordNotFoundException("agreement", id));
	}

	/** The agreements of these ids that the reader may see, in one query; the others are left out. */
	public List<AgreementSummary> agreements(Collection<UUID> ids, Audience audience) {
		return queries.agreements(ids, audience);
	}

	// Writes

	@Transactional
	public AgreementSummary add(NationCode partner, AgreementData data) {
		partners.requirePartner(partner);
		checkReferences(data);
		if (agreements.findByPartnerAndRef(partner, data.refOrDefault()).isPresent()) {
			throw refTaken(data);
		}
		Agreement agreement = agreements.save(Agreement.record(partner, data, now()));
		events.publishEvent(new AgreementRecorded(agreement.facts()));
		return agreement(agreement.id(), Audience.alliance());
	}

	@Transactional
	public AgreementSummary revise(UUID id, long version, AgreementData data) {
		Agreement agreement = load(id, version);
		checkReferences(data);
		agreements.findByPartnerAndRef(agreement.partner(), data.refOrDefault())
			.filter(other -> !other.id().equals(id))
			.ifPresent(other -> {
				throw refTaken(data);
			});
		agreement.revise(data, now());
		agreement = agreements.save(agreement);
		events.publishEvent(new AgreementRevised(agreement.facts()));
		return agreement(id, Audience.alliance());
	}

	@Transactional
	public void delete(UUID id, long version) {
		Agreement agreement = load(id, version);
		agreements.delete(agreement);
		events.publishEvent(new AgreementRevised(agreement.removedFacts()));
	}

	/** Moves an agreement along its lifecycle, on the date the move happened. */
	@Transactional
	public AgreementSummary move(UUID id, long version, Move move, @Nullable PartialDate on) {
		Agreement agreement = load(id, version);
		moveOn(agreement, move, on);
		agreement = agreements.save(agreement);
		MilestoneEvent.MilestoneFacts facts = agreement.facts();
		events.publishEvent(switch (move) {
			case SUBMIT -> new AgreementSubmitted(facts);
			case AGREE -> new AgreementAgreed(facts);
			case ENTER_INTO_FORCE -> new AgreementEnteredIntoForce(facts);
			case SUPERSEDE, EXPIRE, TERMINATE -> new AgreementEnded(facts, agreement.status());
		});
		return agreement(id, Audience.alliance());
	}

	private void moveOn(Agreement agreement, Move move, @Nullable PartialDate on) {
		Instant at = now();
		switch (move) {
			case SUBMIT -> agreement.submit(on, at);
			case AGREE -> agreement.agree(on, at);
			case ENTER_INTO_FORCE -> agreement.enterIntoForce(on, at);
			case SUPERSEDE -> agreement.supersede(on, at);
			case EXPIRE -> agreement.expire(on, at);
			case TERMINATE -> agreement.terminate(on, at);
		}
	}

	// Dossier import: upsert by natural key, keeping the dossier's time of last change. A record
	// that already holds the same data is not written at all, so importing twice changes nothing.

	/** @return whether anything was written */
	@Transactional
	public boolean importAgreement(NationCode partner, AgreementData data, Instant updatedAt) {
		partners.requirePartner(partner);
		Agreement agreement = agreements.findByPartnerAndRef(partner, data.refOrDefault()).orElse(null);
		if (agreement != null && agreement.sameAs(data)) {
			return false;
		}
		checkReferences(data);
		boolean isNew = agreement == null;
		if (isNew) {
			agreement = Agreement.record(partner, data, updatedAt);
		}
		else {
			agreement.restate(data, updatedAt);
		}
		agreement = agreements.save(agreement);
		events.publishEvent(isNew ? new AgreementRecorded(agreement.facts()) : new AgreementRevised(agreement.facts()));
		return true;
	}

	// Agreement types (reference data, public)

	public List<AgreementTypeSummary> types() {
		return queries.types();
	}

	public AgreementTypeSummary type(String code) {
		return queries.type(code).orElseThrow(() -> new RecordNotFoundException("agreement type", code));
	}

	@Transactional
	public AgreementTypeSummary addType(AgreementTypeData data) {
		if (data.code() == null || !data.code().matches(AgreementTypeData.CODE_PATTERN)) {
			throw InvalidInputException.of("code",
					"A type's code uses upper-case letters, digits and underscores, starting with a letter (2 to 30 characters)");
		}
		if (data.name() == null || data.name().isBlank()) {
			throw InvalidInputException.of("name", "A type needs a name");
		}
		if (types.existsById(data.code())) {
			throw InvalidInputException.of("code", "The code '" + data.code() + "' is taken");
		}
		types.insert(data.code(), data.name().strip());
		return type(data.code());
	}

	private Agreement load(UUID id, long version) {
		Agreement agreement = agreements.findById(id).orElseThrow(() -> new RecordNotFoundException("agreement", id));
		if (agreement.version() != version) {
			throw new StaleRecordException("agreement", id);
		}
		return agreement;
	}

	/** The type and the parties' nations must be in the reference lists. */
	private void checkReferences(AgreementData data) {
		List<Problem> problems = new ArrayList<>();
		if (queries.type(data.type()).isEmpty()) {
			problems.add(new Problem("type", "'" + data.type() + "' is not a known type of agreement"));
		}
		if (data.parties().stream().anyMatch(party -> party.nation() != null)) {
			Set<NationCode> known = partners.nations().stream().map(NationSummary::code).collect(Collectors.toSet());
			for (int i = 0; i < data.parties().size(); i++) {
				NationCode nation = data.parties().get(i).nation();
				if (nation != null && !known.contains(nation)) {
					problems.add(new Problem("parties[" + i + "].nation", "'" + nation + "' is not in the list of nations"));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static InvalidInputException refTaken(AgreementData data) {
		return InvalidInputException.of("ref", "The reference '" + data.refOrDefault() + "' is taken");
	}

	private Instant now() {
		return clock.instant();
	}

	/**
	 * The moves of the lifecycle: from which statuses each may be made and where it leads. An
	 * agreement may end without having entered into force, but is never agreed unsubmitted.
	 */
	public enum Move implements LifecycleMove<AgreementStatus> {

		SUBMIT("submit", "be submitted", "was submitted", AgreementStatus.SUBMITTED, AgreementStatus.DRAFT),
		AGREE("agree", "be agreed", "was agreed", AgreementStatus.AGREED, AgreementStatus.SUBMITTED),
		ENTER_INTO_FORCE("enter-into-force", "enter into force", "entered into force", AgreementStatus.IN_FORCE,
				AgreementStatus.AGREED),
		SUPERSEDE("supersede", "be superseded", "was superseded", AgreementStatus.SUPERSEDED, AgreementStatus.AGREED,
				AgreementStatus.IN_FORCE),
		EXPIRE("expire", "expire", "expired", AgreementStatus.EXPIRED, AgreementStatus.AGREED,
				AgreementStatus.IN_FORCE),
		TERMINATE("terminate", "be terminated", "was terminated", AgreementStatus.TERMINATED, AgreementStatus.AGREED,
				AgreementStatus.IN_FORCE);

		private final Transition<AgreementStatus> transition;

		Move(String slug, String verb, String pastTense, AgreementStatus to, AgreementStatus... from) {
			this.transition = Transition.of(slug, verb, pastTense, to, from);
		}

		@Override
		public Transition<AgreementStatus> transition() {
			return transition;
		}

		public static Optional<Move> fromSlug(String slug) {
			return LifecycleMove.fromSlug(Move.class, slug);
		}

	}

}
