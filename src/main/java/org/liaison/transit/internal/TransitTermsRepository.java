package org.liaison.transit.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface TransitTermsRepository extends ListCrudRepository<TransitTerms, UUID> {

	Optional<TransitTerms> findByAgreement(UUID agreement);

}
