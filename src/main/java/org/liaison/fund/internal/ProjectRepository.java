package org.liaison.fund.internal;

import java.util.Optional;
import java.util.UUID;

import org.liaison.shared.PartnerRecordRepository;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;

public interface ProjectRepository extends PartnerRecordRepository<Project> {

	/**
	 * The project with its row locked for the rest of the transaction: the writers of its
	 * ledger and outputs take this lock first, so that the rules they check against the
	 * ledger still hold when they write, whatever other writers do at the same time.
	 */
	@Lock(LockMode.PESSIMISTIC_WRITE)
	Optional<Project> findForUpdateById(UUID id);

}
