package org.liaison.directory.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface OrganisationRepository extends ListCrudRepository<Organisation, UUID> {

	Optional<Organisation> findByRef(String ref);

}
