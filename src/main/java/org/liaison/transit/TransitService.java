package org.liaison.transit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.liaison.agreement.AgreementService;
import org.liaison.agreement.AgreementStatus;
import org.liaison.agreement.AgreementSummary;
import org.liaison.partner.NationSummary;
import org.liaison.partner.PartnerService;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.StaleRecordException;
import org.liaison.transit.internal.TransitQueries;
import org.liaison.transit.internal.TransitRequest;
import org.liaison.transit.internal.TransitRequestRepository;
import org.liaison.transit.internal.TransitTerms;
import org.liaison.transit.internal.TransitTermsRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transit module's API: transit requests, their decisions, and the notice period each
 * transit agreement sets. Reads take the reader's {@link Audience}; a request the reader may not
 * see (anyone but NATO staff, the requesting Ally and the host partner) is reported as not found.
 * The decisions are NATO staff's, and the security configuration lets no one else reach them; the
 * Ally's own actions (submit, withdraw) take the acting audience, and an Ally acts on its own
 * nation's requests only.
 */
@Service
@Transactional(readOnly = true)
public class TransitService {

	static final String TRANSIT_TYPE = "TRANSIT";

	private static final String KIND = "transit request";

	private final TransitQueries queries;

	private final TransitRequestRepository requests;

	private final TransitTermsRepository terms;

	private final AgreementService agreements;

	private final PartnerService partners;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TransitService(TransitQueries queries, TransitRequestRepository requests, TransitTermsRepository terms,
			AgreementService agreements, PartnerService partners, ApplicationEventPublisher events, Clock clock) {
		this.queries = queries;
		this.requests = requests;
		this.terms = terms;
		this.agreements = agreements;
		this.partners = partners;
		this.events = events;
		this.clock = clock;
	}

	// Reads

	/** The requests the reader may see: those waiting for a decision first, then by nearest entry. */
	public PageOf<TransitRequestSummary> requests(Audience audience, PageOf.Request page) {
		return queries.requests(audience, page, today());
	}

	public TransitRequestSummary request(UUID id, Audience audience) {
		return queries.request(id, audience).orElseThrow(() -> new RecordNotFoundException(KIND, id));
	}

	/** The terms of an agreement the reader may see. */
	public TransitTermsSummary terms(UUID agreementId, Audience audience) {
		agreements.agreement(agreementId, audience);
		return queries.terms(agreementId)
			.orElseThrow(() -> new RecordNotFoundException("notice period of agreement", agreementId));
	}

	/**
	 * The agreements the reader may make requests under: transit agreements, agreed or in force,
	 * with their notice period set.
	 */
	public List<AgreementSummary> transitAgreements(Audience audience) {
		List<UUID> withTerms = queries.allTerms().stream().map(TransitTermsSummary::agreementId).toList();
		List<AgreementSummary> result = new ArrayList<>(agreements.agreements(withTerms, audience)
			.stream()
			.filter(agreement -> TRANSIT_TYPE.equals(agreement.type()) && open(agreement))
			.toList());
		result.sort((a, b) -> (a.partner() + a.title()).compareTo(b.partner() + b.title()));
		return result;
	}

	// Terms (NATO staff)

	/**
	 * Sets the notice period of a transit agreement. Changing one already set names the version it
	 * was based on, so that a stale change never overwrites a newer one.
	 */
	@Transactional
	public TransitTermsSummary setTerms(UUID agreementId, @Nullable Long version, int noticeDays) {
		AgreementSummary agreement = agreements.agreement(agreementId, Audience.alliance());
		requireTransit(agreement, "agreement");
		TransitTerms current = terms.findByAgreement(agreementId).orElse(null);
		if (current == null) {
			terms.save(TransitTerms.of(agreementId, noticeDays, false, now()));
		}
		else {
			if (version == null || version != current.version()) {
				throw new StaleRecordException("notice period of agreement", agreementId);
			}
			current.set(noticeDays, current.illustrative(), now());
			terms.save(current);
		}
		return queries.terms(agreementId).orElseThrow();
	}

	// Requests

	/**
	 * Records a request made today. An Ally requests for its own nation (which it may leave out);
	 * NATO staff name the Ally and may accept a late request as urgent, with a reason.
	 */
	@Transactional
	public TransitRequestSummary submit(TransitRequestData data, Audience actor) {
		NationCode requester = requester(data, actor);
		if (data.urgent() && !actor.isNatoStaff()) {
			throw new RuleViolationException("Only NATO staff may accept a request as urgent");
		}
		if (Boolean.TRUE.equals(data.illustrative()) && !actor.isNatoStaff()) {
			throw new RuleViolationException("Only NATO staff may mark a request as illustrative example data");
		}
		List<Problem> problems = new ArrayList<>();
		AgreementSummary agreement = null;
		if (data.agreementId() == null) {
			problems.add(new Problem("agreementId", "Choose the transit agreement the request is made under"));
		}
		else {
			try {
				agreement = agreements.agreement(data.agreementId(), actor);
			}
			catch (RecordNotFoundException ex) {
				problems.add(new Problem("agreementId", "No agreement '" + data.agreementId() + "' was found"));
			}
		}
		if (agreement != null && !TRANSIT_TYPE.equals(agreement.type())) {
			problems.add(new Problem("agreementId", "'" + agreement.title() + "' is not a transit agreement"));
		}
		if (requester != null) {
			checkAlly(requester, problems);
		}
		problems.addAll(data.problems());
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		AgreementSummary chosen = agreement;
		if (!open(chosen)) {
			throw new RuleViolationException("Requests are made under an agreement that is agreed or in force; '"
					+ chosen.title() + "' is " + chosen.status());
		}
		TransitTerms agreed = terms.findByAgreement(chosen.id())
			.orElseThrow(() -> new RuleViolationException("The agreement '" + chosen.title()
					+ "' has no notice period yet; NATO staff set it before requests are made under it"));
		TransitRequest request = TransitRequest.submit(chosen.id(), chosen.partner(),
				nextReference(chosen.partner(), data.entryDate()), requester, data, agreed.noticeDays(), today(),
				now());
		request = requests.save(request);
		events.publishEvent(new TransitRequested(request.id(), request.reference(), request.hostPartner(),
				request.requestingNation(), request.entryDate(), request.urgent()));
		return request(request.id(), Audience.alliance());
	}

	@Transactional
	public TransitRequestSummary review(UUID id, long version) {
		TransitRequest request = load(id, version, Audience.alliance());
		request.review(now());
		return save(request);
	}

	@Transactional
	public TransitRequestSummary approve(UUID id, long version, @Nullable String reason) {
		TransitRequest request = load(id, version, Audience.alliance());
		request.approve(reason, now());
		TransitRequestSummary saved = save(request);
		events.publishEvent(new TransitApproved(id, saved.reference(), saved.hostPartner(), saved.requestingNation()));
		return saved;
	}

	@Transactional
	public TransitRequestSummary reject(UUID id, long version, @Nullable String reason) {
		TransitRequest request = load(id, version, Audience.alliance());
		request.reject(reason, now());
		TransitRequestSummary saved = save(request);
		events.publishEvent(new TransitRejected(id, saved.reference(), saved.hostPartner(), saved.requestingNation(),
				saved.decisionReason() == null ? "" : saved.decisionReason()));
		return saved;
	}

	/** The requesting Ally (or NATO staff) withdraws a request that is still open. */
	@Transactional
	public TransitRequestSummary withdraw(UUID id, long version, Audience actor) {
		if (!actor.isNatoStaff() && actor.kind() != Audience.Kind.ALLY) {
			throw new RuleViolationException("Only the requesting Ally or NATO staff may withdraw a transit request");
		}
		// Another Ally's request is not found: the actor may not even see it.
		TransitRequest request = load(id, version, actor);
		request.withdraw(now());
		return save(request);
	}

	@Transactional
	public TransitRequestSummary complete(UUID id, long version) {
		TransitRequest request = load(id, version, Audience.alliance());
		request.complete(today(), now());
		return save(request);
	}

	@Transactional
	public TransitRequestSummary markUrgent(UUID id, long version, @Nullable String reason) {
		TransitRequest request = load(id, version, Audience.alliance());
		request.markUrgent(reason, now());
		return save(request);
	}

	/** Runs an action as the page or API names it. */
	@Transactional
	public TransitRequestSummary act(UUID id, long version, TransitAction action, @Nullable String reason,
			Audience actor) {
		return switch (action) {
			case REVIEW -> review(id, version);
			case APPROVE -> approve(id, version, reason);
			case REJECT -> reject(id, version, reason);
			case WITHDRAW -> withdraw(id, version, actor);
			case COMPLETE -> complete(id, version);
			case URGENT -> markUrgent(id, version, reason);
		};
	}

	// Dossier: upsert by natural key (the request's reference; the agreement by its ref within the
	// host partner), keeping the dossier's time of last change. Same data writes nothing.

	/** @return whether anything was written */
	@Transactional
	public boolean importRequest(NationCode host, TransitRequestData data, String status, Instant updatedAt) {
		List<Problem> problems = new ArrayList<>();
		UUID agreement = agreementByRef(host, data, problems);
		if (data.reference() == null || data.reference().isBlank()) {
			problems.add(new Problem("reference", "A transit request in a dossier needs its reference"));
		}
		if (data.requestingNation() == null) {
			problems.add(new Problem("requestingNation", "Name the Ally that requests"));
		}
		else {
			checkAlly(data.requestingNation(), problems);
		}
		TransitStatus state = null;
		try {
			state = TransitStatus.valueOf(status);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			problems.add(new Problem("status", "'" + status + "' is not a status of a transit request"));
		}
		problems.addAll(data.problems());
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		String reference = data.reference().strip();
		TransitRequest request = requests.findByReference(reference).orElse(null);
		if (request != null && !request.hostPartner().equals(host)) {
			throw InvalidInputException.of("reference",
					"The reference '" + reference + "' belongs to a request hosted by another partner");
		}
		if (request != null && request.sameAs(agreement, data.requestingNation(), data, state)) {
			return false;
		}
		if (request == null) {
			request = TransitRequest.restore(agreement, host, reference, data.requestingNation(), data, state,
					updatedAt);
		}
		else {
			request.restate(data.requestingNation(), data, state, updatedAt);
		}
		requests.save(request);
		return true;
	}

	/** A host partner's requests the reader may see, as a dossier carries them. */
	public List<TransitExport> exportRequests(NationCode host, Audience audience) {
		// Named only when the reader may see the agreement: a ref is information too.
		Map<UUID, String> refs = agreements.allAgreements(host, audience)
			.stream()
			.collect(Collectors.toMap(AgreementSummary::id, AgreementSummary::ref));
		return queries.allRequests(host, audience).stream().map(request -> {
			TransitRequestData data = request.toData();
			return new TransitExport(new TransitRequestData(null, refs.get(request.agreementId()), data.reference(),
					data.requestingNation(), data.requestingUnit(), data.purpose(), data.personnel(), data.vehicles(),
					data.vehicleDescription(), data.cargo(), data.entryPoint(), data.exitPoint(), data.route(),
					data.entryDate(), data.exitDate(), data.contactName(), data.contactPhone(), data.contactEmail(),
					data.urgent(), data.urgencyReason(), data.submittedOn(), data.decisionReason(),
					data.illustrative()), request.status(), request.updatedAt());
		}).toList();
	}

	/** @return whether anything was written */
	@Transactional
	public boolean importTerms(NationCode host, TransitTermsData data, Instant updatedAt) {
		List<Problem> problems = new ArrayList<>();
		AgreementSummary agreement = agreements.allAgreements(host, Audience.alliance())
			.stream()
			.filter(a -> a.ref().equals(data.agreementRef()))
			.findFirst()
			.orElse(null);
		if (agreement == null) {
			problems.add(new Problem("agreementRef", "No agreement '" + data.agreementRef() + "' of " + host + " was found"));
		}
		else if (!TRANSIT_TYPE.equals(agreement.type())) {
			problems.add(new Problem("agreementRef", "'" + data.agreementRef() + "' is not a transit agreement"));
		}
		if (data.noticeDays() == null) {
			problems.add(new Problem("noticeDays", "Give the notice period in days"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		TransitTerms current = terms.findByAgreement(agreement.id()).orElse(null);
		if (current != null && current.sameAs(data.noticeDays(), data.illustrative())) {
			return false;
		}
		if (current == null) {
			current = TransitTerms.of(agreement.id(), data.noticeDays(), data.illustrative(), updatedAt);
		}
		else {
			current.set(data.noticeDays(), data.illustrative(), updatedAt);
		}
		terms.save(current);
		return true;
	}

	/** The notice periods of a host partner's agreements the reader may see, by agreement ref. */
	public List<TransitTermsExport> exportTerms(NationCode host, Audience audience) {
		Map<UUID, AgreementSummary> visible = agreements.allAgreements(host, audience)
			.stream()
			.collect(Collectors.toMap(AgreementSummary::id, Function.identity()));
		return queries.allTerms()
			.stream()
			.filter(term -> visible.containsKey(term.agreementId()))
			.map(term -> new TransitTermsExport(new TransitTermsData(visible.get(term.agreementId()).ref(),
					term.noticeDays(), term.illustrative()), term.updatedAt()))
			.toList();
	}

	// Helpers

	/** The Ally a submission is for: the acting Ally's own nation, or the one NATO staff name. */
	private @Nullable NationCode requester(TransitRequestData data, Audience actor) {
		if (actor.isNatoStaff()) {
			if (data.requestingNation() == null) {
				throw InvalidInputException.of("requestingNation", "Name the Ally that requests");
			}
			return data.requestingNation();
		}
		if (actor.kind() == Audience.Kind.ALLY) {
			NationCode own = actor.nation();
			if (own == null) {
				throw new RuleViolationException("Your account names no nation, so it cannot request a transit");
			}
			if (data.requestingNation() != null && !data.requestingNation().equals(own)) {
				throw new RuleViolationException("An Ally requests transits for its own nation only: you represent "
						+ own + ", not " + data.requestingNation());
			}
			return own;
		}
		throw new RuleViolationException("Only an Ally or NATO staff may request a transit");
	}

	private void checkAlly(NationCode nation, List<Problem> problems) {
		Optional<NationSummary> known = partners.nations().stream().filter(n -> n.code().equals(nation)).findFirst();
		if (known.isEmpty() || !known.get().ally()) {
			problems.add(new Problem("requestingNation", "'" + nation + "' is not an Ally"));
		}
	}

	private @Nullable UUID agreementByRef(NationCode host, TransitRequestData data, List<Problem> problems) {
		partners.requirePartner(host);
		Optional<AgreementSummary> agreement = agreements.allAgreements(host, Audience.alliance())
			.stream()
			.filter(a -> data.agreementId() != null ? a.id().equals(data.agreementId())
					: a.ref().equals(data.agreementRef()))
			.findFirst();
		if (agreement.isEmpty()) {
			problems.add(new Problem("agreementRef", "No agreement '"
					+ (data.agreementId() != null ? data.agreementId() : data.agreementRef()) + "' of " + host + " was found"));
			return null;
		}
		if (!TRANSIT_TYPE.equals(agreement.get().type())) {
			problems.add(new Problem("agreementRef", "'" + agreement.get().ref() + "' is not a transit agreement"));
		}
		return agreement.get().id();
	}

	private static void requireTransit(AgreementSummary agreement, String field) {
		if (!TRANSIT_TYPE.equals(agreement.type())) {
			throw InvalidInputException.of(field, "'" + agreement.title() + "' is not a transit agreement");
		}
	}

	private static boolean open(AgreementSummary agreement) {
		return agreement.status() == AgreementStatus.AGREED || agreement.status() == AgreementStatus.IN_FORCE;
	}

	/** The next free reference of a host partner and year: TR-SRB-2015-0001, 0002, ... */
	private String nextReference(NationCode host, LocalDate entryDate) {
		String prefix = "TR-" + host.value() + "-" + entryDate.getYear() + "-";
		int last = requests.referencesLike(prefix + "%")
			.stream()
			.map(reference -> reference.substring(prefix.length()))
			.filter(number -> number.matches("\\d{4}"))
			.mapToInt(Integer::parseInt)
			.max()
			.orElse(0);
		return prefix + "%04d".formatted(last + 1);
	}

	private TransitRequest load(UUID id, long version, Audience audience) {
		if (queries.request(id, audience).isEmpty()) {
			throw new RecordNotFoundException(KIND, id);
		}
		TransitRequest request = requests.findById(id).orElseThrow(() -> new RecordNotFoundException(KIND, id));
		if (request.version() != version) {
			throw new StaleRecordException(KIND, id);
		}
		return request;
	}

	private TransitRequestSummary save(TransitRequest request) {
		request = requests.save(request);
		return request(request.id(), Audience.alliance());
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ZoneOffset.UTC));
	}

	private Instant now() {
		return clock.instant();
	}

}
