package org.liaison.science;

import java.time.Instant;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.partner.PartnerService;
import org.liaison.science.internal.Grant;
import org.liaison.science.internal.GrantRepository;
import org.liaison.science.internal.Nations;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The science module's part of a partnership dossier: the grants a reader may take out
 * with their reports, and the import that makes the record say what a dossier says. An
 * import upserts by natural key and keeps the dossier's time of last change; a grant that
 * already holds the same data and reports is not written at all, so importing twice
 * changes nothing.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ScienceDossier {

	private final ScienceService science;

	private final GrantRepository grants;

	private final PartnerService partners;

	/** A partner's grants the reader may see, as the dossier carries them. */
	public List<GrantExport> export(NationCode partner, Audience audience) {
		return science.allGrants(partner, audience)
			.stream()
			.map(grant -> new GrantExport(grant.toData(), grant.reports().stream().map(ReportSummary::toData).toList(),
					grant.updatedAt()))
			.toList();
	}

	/**
	 * @return whether anything was written
	 */
	@Transactional
	public boolean importGrant(NationCode partner, GrantData data, List<ReportData> reports, Instant updatedAt) {
		partners.requirePartner(partner);
		Nations nations = science.nations();
		Grant grant = grants.findByPartnerAndRef(partner, data.refOrDefault()).orElse(null);
		if (grant != null && grant.holds(data, nations, reports)) {
			return false;
		}
		science.checkPriorities(data);
		if (grant == null) {
			grant = Grant.record(partner, data, nations, updatedAt);
		}
		grant.restate(data, reports, nations, science.today(), updatedAt);
		grants.save(grant);
		return true;
	}

}
