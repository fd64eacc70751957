package org.liaison.transit;

import java.time.Clock;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.agreement.AgreementService;
import org.liaison.agreement.AgreementSummary;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.shared.StaleRecordException;
import org.liaison.transit.internal.TransitQueries;
import org.liaison.transit.internal.TransitTerms;
import org.liaison.transit.internal.TransitTermsRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notice period each transit agreement sets, kept beside the agreement by this
 * module: requests under the agreement must be made that many days before their entry.
 * Setting it is NATO staff's.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TransitTermsService {

	private final TransitQueries queries;

	private final TransitTermsRepository terms;

	private final AgreementService agreements;

	private final Clock clock;

	/** The terms of an agreement the reader may see. */
	public TransitTermsSummary terms(UUID agreementId, Audience audience) {
		agreements.agreement(agreementId, audience);
		return queries.terms(agreementId)
			.orElseThrow(() -> new RecordNotFoundException("notice period of agreement", agreementId));
	}

	/**
	 * Sets the notice period of a transit agreement. Changing one already set names the
	 * version it was based on, so that a stale change never overwrites a newer one.
	 */
	@Transactional
	public TransitTermsSummary setTerms(UUID agreementId, @Nullable Long version, int noticeDays) {
		AgreementSummary agreement = agreements.agreement(agreementId, Audience.alliance());
		requireTransit(agreement, "agreement");
		TransitTerms current = terms.findByAgreement(agreementId).orElse(null);
		if (current == null) {
			terms.save(TransitTerms.of(agreementId, noticeDays, false, clock.instant()));
		}
		else {
			// The first notice period has no version to name; every later change does.
			if (version == null || version != current.version()) {
				throw new StaleRecordException("notice period of agreement", agreementId);
			}
			current.set(noticeDays, current.illustrative(), clock.instant());
			terms.save(current);
		}
		return queries.terms(agreementId).orElseThrow();
	}

	private static void requireTransit(AgreementSummary agreement, String field) {
		if (!TransitService.TRANSIT_TYPE.equals(agreement.type())) {
			throw InvalidInputException.of(field, "'" + agreement.title() + "' is not a transit agreement");
		}
	}

}
