package org.liaison.agreement.internal;

import java.util.Optional;
import java.util.UUID;

import org.liaison.shared.NationCode;
import org.springframework.data.repository.ListCrudRepository;

public interface AgreementRepository extends ListCrudRepository<Agreement, UUID> {

	Optional<Agreement> findByPartnerAndRef(NationCode partner, String ref);

}
