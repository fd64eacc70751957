package org.liaison.partner.internal;

import java.util.Optional;
import java.util.UUID;

import org.liaison.shared.NationCode;
import org.springframework.data.repository.ListCrudRepository;

public interface PartnerProfileRepository extends ListCrudRepository<PartnerProfile, UUID> {

	Optional<PartnerProfile> findByNation(NationCode nation);

}
