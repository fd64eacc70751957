package org.liaison.directory.internal;

import java.util.List;
import java.util.UUID;

import org.liaison.shared.NationCode;
import org.liaison.shared.PartnerRecordRepository;

public interface OrganisationRoleRepository extends PartnerRecordRepository<OrganisationRole> {

	List<OrganisationRole> findByPartnerAndKind(NationCode partner, String kind);

	List<OrganisationRole> findByOrganisationId(UUID organisationId);

}
