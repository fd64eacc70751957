package org.liaison.directory.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.liaison.directory.RoleKind;
import org.liaison.shared.NationCode;
import org.springframework.data.repository.ListCrudRepository;

public interface OrganisationRoleRepository extends ListCrudRepository<OrganisationRole, UUID> {

	Optional<OrganisationRole> findByPartnerAndRef(NationCode partner, String ref);

	List<OrganisationRole> findByPartnerAndKind(NationCode partner, RoleKind kind);

	List<OrganisationRole> findByOrganisationId(UUID organisationId);

}
