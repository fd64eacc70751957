package org.liaison.partner;

import java.util.Objects;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.partner.internal.Accessions;
import org.liaison.partner.internal.PartnerQueries;
import org.liaison.partner.internal.ReferenceDataStore;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.NationCode;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.shared.RecordWritten;
import org.liaison.shared.StaleRecordException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The nations and frameworks of the reference lists, which administrators keep: a new
 * framework, a nation's French name or the date of its accession needs no migration.
 * Codes never change once given, since records of every module name them.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReferenceDataService {

	private final ApplicationEventPublisher events;

	private final PartnerQueries queries;

	private final ReferenceDataStore store;

	private final Accessions accessions;

	public NationSummary nation(NationCode code) {
		return queries.nation(code).orElseThrow(() -> new RecordNotFoundException("nation", code));
	}

	public FrameworkSummary framework(String code) {
		return queries.framework(code).orElseThrow(() -> new RecordNotFoundException("framework", code));
	}

	@Transactional
	public NationSummary addNation(NationData data) {
		InvalidInputException.throwIfAny(data.problems());
		NationCode code = NationCode.of(data.code());
		if (queries.nation(code).isPresent()) {
			throw InvalidInputException.of("code", "The nation '" + code + "' is in the list already");
		}
		store.addNation(data);
		NationSummary added = nation(code);
		events.publishEvent(RecordWritten.referenceItem("Nation", String.valueOf(added.code()), null, added));
		return added;
	}

	@Transactional
	public NationSummary reviseNation(NationCode code, long version, NationData data) {
		NationSummary before = nation(code);
		InvalidInputException.throwIfAny(data.problems());
		if (!code.value().equals(data.code())) {
			throw InvalidInputException.of("code", "A nation's code never changes: it is " + code);
		}
		if (!store.reviseNation(code.value(), version, data)) {
			throw new StaleRecordException("nation", code);
		}
		NationSummary after = nation(code);
		events.publishEvent(RecordWritten.referenceItem("Nation", String.valueOf(after.code()), before, after));
		if (!Objects.equals(before.natoMemberSince(), after.natoMemberSince())) {
			accessions.recordFor(after);
		}
		return after;
	}

	@Transactional
	public FrameworkSummary addFramework(FrameworkData data) {
		if (queries.framework(data.code()).isPresent()) {
			throw InvalidInputException.of("code", "The code '" + data.code() + "' is taken");
		}
		store.addFramework(data);
		FrameworkSummary added = framework(data.code());
		events.publishEvent(RecordWritten.referenceItem("Framework", String.valueOf(added.code()), null, added));
		return added;
	}

	@Transactional
	public FrameworkSummary reviseFramework(String code, long version, FrameworkData data) {
		FrameworkSummary before = framework(code);
		if (!code.equals(data.code())) {
			throw InvalidInputException.of("code", "A framework's code never changes: it is " + code);
		}
		if (!store.reviseFramework(code, version, data)) {
			throw new StaleRecordException("framework", code);
		}
		FrameworkSummary after = framework(code);
		events.publishEvent(RecordWritten.referenceItem("Framework", String.valueOf(after.code()), before, after));
		return after;
	}

}
