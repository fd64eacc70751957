package org.liaison.transit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.agreement.AgreementService;
import org.liaison.agreement.AgreementSummary;
import org.liaison.partner.PartnerService;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.NationCode;
import org.liaison.transit.internal.TransitQueries;
import org.liaison.transit.internal.TransitRequest;
import org.liaison.transit.internal.TransitRequestRepository;
import org.liaison.transit.internal.TransitTerms;
import org.liaison.transit.internal.TransitTermsRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transit module's part of a partnership dossier: a host partner's notice periods and
 * requests that a reader may take out, and the import that makes the record say what a
 * dossier says. An import upserts by natural key (the request's reference; the agreement
 * by its ref within the host partner) and keeps the dossier's time of last change; it
 * records history that already happened, so neither the notice rule nor the lifecycle is
 * replayed. A record that already holds the same data is not written at all, so importing
 * twice changes nothing.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TransitDossier {

	private final TransitService transits;

	private final TransitQueries queries;

	private final TransitRequestRepository requests;

	private final TransitTermsRepository terms;

	private final AgreementService agreements;

	private final PartnerService partners;

	/**
	 * @return whether anything was written
	 */
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
			transits.checkAlly(data.requestingNation(), problems);
		}
		TransitStatus state = null;
		try {
			state = TransitStatus.valueOf(status);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			problems.add(new Problem("status", "'" + status + "' is not a status of a transit request"));
		}
		problems.addAll(data.problems());
		InvalidInputException.throwIfAny(problems);
		String reference = data.reference().strip();
		TransitRequest request = requests.findByReference(reference).orElse(null);
		if (request != null && !request.hostPartner().equals(host)) {
			throw InvalidInputException.of("reference",
					"The reference '" + reference + "' belongs to a request hosted by another partner");
		}
		if (request != null && request.holds(agreement, data, state)) {
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
			return new TransitExport(
					new TransitRequestData(null, refs.get(request.agreementId()), data.reference(),
							data.requestingNation(), data.requestingUnit(), data.purpose(), data.personnel(),
							data.vehicles(), data.vehicleDescription(), data.cargo(), data.entryPoint(),
							data.exitPoint(), data.route(), data.entryDate(), data.exitDate(), data.contactName(),
							data.contactPhone(), data.contactEmail(), data.urgent(), data.urgencyReason(),
							data.submittedOn(), data.decisionReason(), data.illustrative()),
					request.status(), request.updatedAt());
		}).toList();
	}

	/**
	 * @return whether anything was written
	 */
	@Transactional
	public boolean importTerms(NationCode host, TransitTermsData data, Instant updatedAt) {
		List<Problem> problems = new ArrayList<>();
		AgreementSummary agreement = agreements.allAgreements(host, Audience.alliance())
			.stream()
			.filter(a -> a.ref().equals(data.agreementRef()))
			.findFirst()
			.orElse(null);
		if (agreement == null) {
			problems.add(new Problem("agreementRef",
					"No agreement '" + data.agreementRef() + "' of " + host + " was found"));
		}
		else if (!TransitService.TRANSIT_TYPE.equals(agreement.type())) {
			problems.add(new Problem("agreementRef", "'" + data.agreementRef() + "' is not a transit agreement"));
		}
		if (data.noticeDays() == null) {
			problems.add(new Problem("noticeDays", "Give the notice period in days"));
		}
		InvalidInputException.throwIfAny(problems);
		TransitTerms current = terms.findByAgreement(agreement.id()).orElse(null);
		if (current != null && current.holds(data)) {
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

	/**
	 * The notice periods of a host partner's agreements the reader may see, by agreement
	 * ref.
	 */
	public List<TransitTermsExport> exportTerms(NationCode host, Audience audience) {
		Map<UUID, AgreementSummary> visible = agreements.allAgreements(host, audience)
			.stream()
			.collect(Collectors.toMap(AgreementSummary::id, Function.identity()));
		// The host's own terms only: every partner's would be read to keep a few.
		return queries.terms(visible.keySet())
			.stream()
			.map(term -> new TransitTermsExport(
					new TransitTermsData(visible.get(term.agreementId()).ref(), term.noticeDays(), term.illustrative()),
					term.updatedAt()))
			.toList();
	}

	private @Nullable UUID agreementByRef(NationCode host, TransitRequestData data, List<Problem> problems) {
		partners.requirePartner(host);
		Optional<AgreementSummary> agreement = agreements.allAgreements(host, Audience.alliance())
			.stream()
			.filter(a -> data.agreementId() != null ? a.id().equals(data.agreementId())
					: a.ref().equals(data.agreementRef()))
			.findFirst();
		if (agreement.isEmpty()) {
			problems.add(new Problem("agreementRef",
					"No agreement '" + (data.agreementId() != null ? data.agreementId() : data.agreementRef()) + "' of "
							+ host + " was found"));
			return null;
		}
		if (!TransitService.TRANSIT_TYPE.equals(agreement.get().type())) {
			problems.add(new Problem("agreementRef", "'" + agreement.get().ref() + "' is not a transit agreement"));
		}
		return agreement.get().id();
	}

}
