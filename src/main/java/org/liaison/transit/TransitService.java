package org.liaison.transit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
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
import org.liaison.transit.internal.TransitQueries;
import org.liaison.transit.internal.TransitRequest;
import org.liaison.transit.internal.TransitRequestRepository;
import org.liaison.transit.internal.TransitTerms;
import org.liaison.transit.internal.TransitTermsRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transit module's requests: reading them and making them. Reads take the reader's
 * {@link Audience}; a request the reader may not see (anyone but NATO staff, the
 * requesting Ally and the host partner) is reported as not found. What happens to a
 * request once made is {@link TransitDecisions}'; the notice period a request must
 * respect is {@link TransitTermsService}'s, and the dossier's part is
 * {@link TransitDossier}'s.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TransitService {

	static final String TRANSIT_TYPE = "TRANSIT";

	private static final String KIND = "transit request";

	private final TransitQueries queries;

	private final TransitRequestRepository requests;

	private final TransitTermsRepository terms;

	private final AgreementService agreements;

	private final PartnerService partners;

	private final Clock clock;

	// Reads

	/**
	 * The requests the reader may see: those waiting for a decision first, then by
	 * nearest entry.
	 */
	public PageOf<TransitRequestSummary> requests(Audience audience, PageOf.Request page) {
		return queries.requests(audience, page, today());
	}

	public TransitRequestSummary request(UUID id, Audience audience) {
		return queries.request(id, audience).orElseThrow(() -> new RecordNotFoundException(KIND, id));
	}

	/**
	 * The agreements the reader may make requests under: transit agreements, agreed or in
	 * force, with their notice period set.
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

	// Requests

	/**
	 * Records a request made today. An Ally requests for its own nation (which it may
	 * leave out); NATO staff name the Ally and may accept a late request as urgent, with
	 * a reason.
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
		InvalidInputException.throwIfAny(problems);
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
		return request(request.id(), Audience.alliance());
	}

	// Rules that requests, decisions and the dossier share

	/**
	 * The Ally a submission is for: the acting Ally's own nation, or the one NATO staff
	 * name.
	 */
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

	void checkAlly(NationCode nation, List<Problem> problems) {
		Optional<NationSummary> known = partners.nations().stream().filter(n -> n.code().equals(nation)).findFirst();
		if (known.isEmpty() || !known.get().ally()) {
			problems.add(new Problem("requestingNation", "'" + nation + "' is not an Ally"));
		}
	}

	static boolean open(AgreementSummary agreement) {
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

	/**
	 * The request a change is about, if the actor may see it and it is still at the
	 * version the change was based on.
	 */
	TransitRequest load(UUID id, long version, Audience audience) {
		if (queries.request(id, audience).isEmpty()) {
			throw new RecordNotFoundException(KIND, id);
		}
		return requests.atVersion(id, version, KIND);
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(ZoneOffset.UTC));
	}

	private Instant now() {
		return clock.instant();
	}

}
