package org.liaison.fund.internal;

import java.util.Optional;
import java.util.UUID;

import org.liaison.shared.NationCode;
import org.springframework.data.repository.ListCrudRepository;

public interface ProjectRepository extends ListCrudRepository<Project, UUID> {

	Optional<Project> findByPartnerAndRef(NationCode partner, String ref);

}
