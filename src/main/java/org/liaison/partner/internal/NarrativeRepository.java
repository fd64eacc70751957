package org.liaison.partner.internal;

import java.util.Optional;
import java.util.UUID;

import org.liaison.shared.NationCode;
import org.springframework.data.repository.ListCrudRepository;

public interface NarrativeRepository extends ListCrudRepository<Narrative, UUID> {

	Optional<Narrative> findByPartnerAndRef(NationCode partner, String ref);

}
