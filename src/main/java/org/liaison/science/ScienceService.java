package org.liaison.science;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.partner.NationSummary;
import org.liaison.partner.PartnerService;
import org.liaison.science.internal.Grant;
import org.liaison.science.internal.GrantQueries;
import org.liaison.science.internal.GrantRepository;
import org.liaison.science.internal.Nations;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.PartialDate;
import org.liaison.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The science module's API: SPS grants, their lifecycle, their report schedules and the
 * reference list of key priorities. Reads take the reader's {@link Audience}; a grant the
 * reader may not see is reported as not found. Writes that name a version refuse to
 * overwrite a newer one. Approval and completion publish {@link GrantApproved} and
 * {@link GrantCompleted}, which the grant registers as it moves. A grant's part of a
 * dossier is {@link ScienceDossier}'s.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ScienceService {

	private final GrantQueries queries;

	private final GrantRepository grants;

	private final PartnerService partners;

	private final Clock clock;

	// Reads

	/** A partner's grants, newest first. */
	public PageOf<GrantSummary> grants(NationCode partner, Audience audience, PageOf.Request page) {
		return queries.grants(partner, audience, page);
	}

	/** All of a partner's grants the reader may see, for exports. */
	public List<GrantSummary> allGrants(NationCode partner, Audience audience) {
		return queries.allGrants(partner, audience);
	}

	public GrantSummary grant(UUID id, Audience audience) {
		return queries.grant(id, audience).orElseThrow(() -> new RecordNotFoundException("grant", id));
	}

	/** A grant's report due dates, each submitted, due or overdue as of today. */
	public List<ReportDue> schedule(UUID grantId, Audience audience) {
		return grant(grantId, audience).schedule(today());
	}

	/** Grants of every partner the reader may see that have a report overdue. */
	public List<GrantSummary> overdue(Audience audience) {
		LocalDate today = today();
		return queries.startedGrants(audience).stream().filter(grant -> !grant.overdue(today).isEmpty()).toList();
	}

	/** Today, by the application's clock: the day schedules are judged by. */
	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public List<PrioritySummary> priorities() {
		return queries.priorities();
	}

	// Writes

	@Transactional
	public GrantSummary add(NationCode partner, GrantData data) {
		partners.requirePartner(partner);
		checkPriorities(data);
		grants.requireFreeRef(partner, data.refOrDefault(), null);
		Grant grant = grants.save(Grant.record(partner, data, nations(), now()));
		return grant(grant.id(), Audience.alliance());
	}

	@Transactional
	public GrantSummary revise(UUID id, long version, GrantData data) {
		Grant grant = grants.atVersion(id, version, "grant");
		checkPriorities(data);
		grants.requireFreeRef(grant.partner(), data.refOrDefault(), id);
		grant.revise(data, nations(), now());
		grants.save(grant);
		return grant(id, Audience.alliance());
	}

	@Transactional
	public void delete(UUID id, long version) {
		grants.delete(grants.atVersion(id, version, "grant"));
	}

	/**
	 * Moves a grant along its lifecycle. The date is when it happened: the review, the
	 * decision, the start (activation; the recorded start when none is given) or the end
	 * (completion; the recorded end when none is given). Only an approval or a rejection
	 * takes a reason.
	 */
	@Transactional
	public GrantSummary move(UUID id, long version, GrantMove move, @Nullable PartialDate on, @Nullable String reason) {
		Grant grant = grants.atVersion(id, version, "grant");
		grant.move(move, on, reason, now());
		grants.save(grant);
		return grant(id, Audience.alliance());
	}

	/** Records a report for one of the grant's due dates. */
	@Transactional
	public GrantSummary submitReport(UUID id, ReportData data) {
		Grant grant = grants.findById(id).orElseThrow(() -> new RecordNotFoundException("grant", id));
		grant.submitReport(data, today(), now());
		grants.save(grant);
		return grant(id, Audience.alliance());
	}

	Nations nations() {
		Set<NationCode> allies = new HashSet<>();
		Set<NationCode> others = new HashSet<>();
		for (NationSummary nation : partners.nations()) {
			(nation.ally() ? allies : others).add(nation.code());
		}
		return new Nations(allies, others);
	}

	void checkPriorities(GrantData data) {
		Set<String> known = priorities().stream().map(PrioritySummary::code).collect(Collectors.toSet());
		List<Problem> problems = new ArrayList<>();
		for (int i = 0; i < data.priorities().size(); i++) {
			if (!known.contains(data.priorities().get(i))) {
				problems.add(new Problem("priorities[" + i + "]",
						"'" + data.priorities().get(i) + "' is not a known key priority"));
			}
		}
		InvalidInputException.throwIfAny(problems);
	}

	private Instant now() {
		return clock.instant();
	}

}
