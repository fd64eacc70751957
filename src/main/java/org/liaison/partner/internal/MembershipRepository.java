package org.liaison.partner.internal;

import java.util.List;
import java.util.UUID;

import org.liaison.shared.NationCode;
import org.springframework.data.repository.ListCrudRepository;

public interface MembershipRepository extends ListCrudRepository<Membership, UUID> {

	List<Membership> findByPartner(NationCode partner);

	java.util.Optional<Membership> findByPartnerAndRef(NationCode partner, String ref);

}
