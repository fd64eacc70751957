package org.liaison.agreement;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.liaison.agreement.internal.Agreement;
import org.liaison.agreement.internal.AgreementQueries;
import org.liaison.agreement.internal.AgreementRepository;
import org.liaison.agreement.internal.AgreementTypeStore;
import org.liaison.partner.NationSummary;
import org.liaison.partner.PartnerService;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.PartialDate;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.shared.ReferenceChecks;
import org.liaison.shared.ReferenceList;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agreement module's API: agreements, their lifecycle, and the reference list of
 * agreement types. Reads take the reader's {@link Audience}; an agreement the reader may
 * not see is reported as not found. Writes that name a version refuse to overwrite a
 * newer one, and every change registers an event with the agreement's current milestones.
 */
@Service
@Transactional(readOnly = true)
public class AgreementService {

	private final AgreementQueries queries;

	private final AgreementRepository agreements;

	private final ReferenceList<AgreementTypeData, AgreementTypeSummary> types;

	private final PartnerService partners;

	private final Clock clock;

	AgreementService(ApplicationEventPublisher events, AgreementQueries queries, AgreementRepository agreements,
			AgreementTypeStore types, PartnerService partners, Clock clock) {
		this.queries = queries;
		this.agreements = agreements;
		this.types = ReferenceList.of(events, types, "agreement type", "AgreementType", AgreementService::typeProblems)
			.calling("type");
		this.partners = partners;
		this.clock = clock;
	}

	// Reads

	/** A partner's agreements, earliest first. */
	public PageOf<AgreementSummary> agreements(NationCode partner, Audience audience, PageOf.Request page) {
		return queries.agreements(partner, audience, page);
	}

	/**
	 * All of a partner's agreements the reader may see, for exports and the public page.
	 */
	public List<AgreementSummary> allAgreements(NationCode partner, Audience audience) {
		return queries.allAgreements(partner, audience);
	}

	public AgreementSummary agreement(UUID id, Audience audience) {
		return queries.agreement(id, audience).orElseThrow(() -> new RecordNotFoundException("agreement", id));
	}

	/**
	 * The agreements of these ids that the reader may see, in one query; the others are
	 * left out.
	 */
	public List<AgreementSummary> agreements(Collection<UUID> ids, Audience audience) {
		return queries.agreements(ids, audience);
	}

	// Writes

	@Transactional
	public AgreementSummary add(NationCode partner, AgreementData data) {
		partners.requirePartner(partner);
		checkReferences(data);
		agreements.requireFreeRef(partner, data.refOrDefault(), null);
		Agreement agreement = agreements.save(Agreement.record(partner, data, now()));
		return agreement(agreement.id(), Audience.alliance());
	}

	@Transactional
	public AgreementSummary revise(UUID id, long version, AgreementData data) {
		Agreement agreement = agreements.atVersion(id, version, "agreement");
		checkReferences(data);
		agreements.requireFreeRef(agreement.partner(), data.refOrDefault(), id);
		agreement.revise(data, now());
		agreements.save(agreement);
		return agreement(id, Audience.alliance());
	}

	@Transactional
	public void delete(UUID id, long version) {
		Agreement agreement = agreements.atVersion(id, version, "agreement");
		agreement.remove();
		agreements.delete(agreement);
	}

	/**
	 * Moves an agreement along its lifecycle, on the date the move happened, with what
	 * the timeline says of it (when empty, the text the record has for that step, or a
	 * sentence made from the title).
	 */
	@Transactional
	public AgreementSummary move(UUID id, long version, AgreementMove move, @Nullable PartialDate on,
			@Nullable String text) {
		Agreement agreement = agreements.atVersion(id, version, "agreement");
		agreement.move(move, on, text, now());
		agreements.save(agreement);
		return agreement(id, Audience.alliance());
	}

	// Agreement types (reference data, public)

	public List<AgreementTypeSummary> types() {
		return types.all();
	}

	public AgreementTypeSummary type(String code) {
		return types.one(code);
	}

	@Transactional
	public AgreementTypeSummary addType(AgreementTypeData data) {
		return types.add(data);
	}

	/** A new name, English or French, for a type; its code never changes. */
	@Transactional
	public AgreementTypeSummary reviseType(String code, long version, AgreementTypeData data) {
		return types.revise(code, version, data);
	}

	// The same checks as the annotations, for callers that do not validate (an import, a
	// page), all at once.
	private static List<Problem> typeProblems(AgreementTypeData data) {
		List<Problem> problems = new ArrayList<>();
		ReferenceChecks.code(data.code(), AgreementTypeData.CODE_PATTERN,
				"A type's code uses upper-case letters, digits and underscores, starting with a letter (2 to 30 characters)",
				problems);
		ReferenceChecks.names(data.name(), data.nameFr(), 200, "A type", problems);
		return problems;
	}

	/** The type and the parties' nations must be in the reference lists. */
	void checkReferences(AgreementData data) {
		List<Problem> problems = new ArrayList<>();
		if (types.find(data.type()).isEmpty()) {
			problems.add(new Problem("type", "'" + data.type() + "' is not a known type of agreement"));
		}
		if (data.parties().stream().anyMatch(party -> party.nation() != null)) {
			Set<NationCode> known = partners.nations().stream().map(NationSummary::code).collect(Collectors.toSet());
			for (int i = 0; i < data.parties().size(); i++) {
				NationCode nation = data.parties().get(i).nation();
				if (nation != null && !known.contains(nation)) {
					problems.add(
							new Problem("parties[" + i + "].nation", "'" + nation + "' is not in the list of nations"));
				}
			}
		}
		InvalidInputException.throwIfAny(problems);
	}

	private Instant now() {
		return clock.instant();
	}

}
