package org.liaison.plan.internal;

import java.util.Optional;
import java.util.UUID;

import org.liaison.shared.NationCode;
import org.springframework.data.repository.ListCrudRepository;

public interface PlanRepository extends ListCrudRepository<Plan, UUID> {

	Optional<Plan> findByPartnerAndRef(NationCode partner, String ref);

}
