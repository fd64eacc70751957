package org.liaison.dialogue.internal;

import java.util.Optional;
import java.util.UUID;

import org.liaison.shared.NationCode;
import org.springframework.data.repository.ListCrudRepository;

public interface JointBodyRepository extends ListCrudRepository<JointBody, UUID> {

	Optional<JointBody> findByPartnerAndRef(NationCode partner, String ref);

}
