package org.liaison.science.internal;

import java.util.Optional;
import java.util.UUID;

import org.liaison.shared.NationCode;
import org.springframework.data.repository.ListCrudRepository;

public interface GrantRepository extends ListCrudRepository<Grant, UUID> {

	Optional<Grant> findByPartnerAndRef(NationCode partner, String ref);

}
