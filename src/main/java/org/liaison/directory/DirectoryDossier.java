package org.liaison.directory;

import java.time.Instant;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.directory.internal.Organisation;
import org.liaison.directory.internal.OrganisationRepository;
import org.liaison.directory.internal.OrganisationRole;
import org.liaison.directory.internal.OrganisationRoleRepository;
import org.liaison.partner.PartnerService;
import org.liaison.shared.NationCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's part of a partnership dossier: the import that makes the organisations
 * and roles say what a dossier says (the reads a dossier takes out are
 * {@link DirectoryService}'s own). An import upserts by natural key (an organisation by
 * its ref, a role by its partner and ref) and keeps the dossier's time of last change; a
 * record that already holds the same data is not written at all, so importing twice
 * changes nothing. The rules that tie a record to others are the directory's own, checked
 * here as on every other write.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DirectoryDossier {

	private final DirectoryService directory;

	private final OrganisationRepository organisations;

	private final OrganisationRoleRepository roles;

	private final RoleKindService kinds;

	private final PartnerService partners;

	/**
	 * @return whether anything was written
	 */
	@Transactional
	public boolean importOrganisation(OrganisationData data, Instant updatedAt) {
		Organisation organisation = organisations.findByRef(data.refOrDefault()).orElse(null);
		if (organisation != null && organisation.holds(data)) {
			return false;
		}
		directory.checkOrganisation(organisation == null ? null : organisation.id(), data);
		if (organisation == null) {
			organisations.save(Organisation.create(data, updatedAt));
		}
		else {
			organisation.revise(data, updatedAt);
			directory.rolesFollow(organisations.save(organisation));
		}
		return true;
	}

	/**
	 * @return whether anything was written
	 */
	@Transactional
	public boolean importRole(NationCode partner, RoleData data, Instant updatedAt) {
		partners.requirePartner(partner);
		OrganisationRole role = roles.findByPartnerAndRef(partner, data.refOrDefault()).orElse(null);
		Organisation organisation = directory.checkRole(partner, role == null ? null : role.id(), data);
		RoleKindSummary kind = kinds.kind(data.kind().strip());
		if (role != null && role.holds(organisation, data, kind)) {
			return false;
		}
		if (role == null) {
			role = OrganisationRole.record(partner, organisation, data, kind, updatedAt);
		}
		else {
			role.revise(organisation, data, kind, updatedAt);
		}
		roles.save(role);
		return true;
	}

}
