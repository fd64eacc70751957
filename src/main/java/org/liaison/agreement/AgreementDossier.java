package org.liaison.agreement;

import java.time.Instant;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.agreement.internal.Agreement;
import org.liaison.agreement.internal.AgreementRepository;
import org.liaison.partner.PartnerService;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agreement module's part of a partnership dossier: the agreements a reader may take
 * out, and the import that makes the record say what a dossier says. An import upserts by
 * natural key and keeps the dossier's time of last change; a record that already holds
 * the same data is not written at all, so importing twice changes nothing.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AgreementDossier {

	private final AgreementService agreements;

	private final AgreementRepository repository;

	private final PartnerService partners;

	public List<AgreementSummary> export(NationCode partner, Audience audience) {
		return agreements.allAgreements(partner, audience);
	}

	/**
	 * @return whether anything was written
	 */
	@Transactional
	public boolean importAgreement(NationCode partner, AgreementData data, Instant updatedAt) {
		partners.requirePartner(partner);
		Agreement agreement = repository.findByPartnerAndRef(partner, data.refOrDefault()).orElse(null);
		if (agreement != null && agreement.holds(data)) {
			return false;
		}
		agreements.checkReferences(data);
		if (agreement == null) {
			agreement = Agreement.record(partner, data, updatedAt);
		}
		else {
			agreement.restate(data, updatedAt);
		}
		repository.save(agreement);
		return true;
	}

}
