package org.liaison.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.directory.internal.DirectoryQueries;
import org.liaison.directory.internal.Organisation;
import org.liaison.directory.internal.OrganisationRepository;
import org.liaison.directory.internal.OrganisationRole;
import org.liaison.directory.internal.OrganisationRoleRepository;
import org.liaison.partner.PartnerService;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's API: organisations and their roles in each partnership. Reads take the
 * reader's {@link Audience}; a record the reader may not see is reported as not found.
 * Writes that name a version refuse to overwrite a newer one, and every write of a role
 * registers its milestones. The dossier's part is {@link DirectoryDossier}'s.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DirectoryService {

	private final DirectoryQueries queries;

	private final OrganisationRepository organisations;

	private final OrganisationRoleRepository roles;

	private final RoleKindService kinds;

	private final PartnerService partners;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	// Organisations

	public PageOf<OrganisationSummary> organisations(Audience audience, @Nullable String query, PageOf.Request page) {
		return queries.organisations(audience, query, page);
	}

	public List<OrganisationSummary> allOrganisations(Audience audience) {
		return queries.allOrganisations(audience);
	}

	public OrganisationSummary organisation(UUID id, Audience audience) {
		return queries.organisation(id, audience).orElseThrow(() -> new RecordNotFoundException("organisation", id));
	}

	public Optional<OrganisationSummary> organisationByRef(String ref, Audience audience) {
		return queries.organisationByRef(ref, audience);
	}

	@Transactional
	public OrganisationSummary addOrganisation(OrganisationData data) {
		checkOrganisation(null, data);
		Organisation organisation = organisations.save(Organisation.create(data, now()));
		return organisation(organisation.id(), Audience.alliance());
	}

	@Transactional
	public OrganisationSummary reviseOrganisation(UUID id, long version, OrganisationData data) {
		Organisation organisation = organisations.atVersion(id, version, "organisation");
		checkOrganisation(id, data);
		organisation.revise(data, now());
		rolesFollow(organisations.save(organisation));
		return organisation(id, Audience.alliance());
	}

	/**
	 * Refused while roles refer to the organisation: they would lose what they are about.
	 */
	@Transactional
	public void deleteOrganisation(UUID id, long version) {
		Organisation organisation = organisations.atVersion(id, version, "organisation");
		int holding = roles.findByOrganisationId(id).size();
		if (holding > 0) {
			throw new RuleViolationException("%s cannot be deleted while %d %s refer to it; delete those roles first"
				.formatted(organisation.name(), holding, holding == 1 ? "role" : "roles"));
		}
		organisations.delete(organisation);
	}

	// Roles

	public List<RoleSummary> roles(NationCode partner, Audience audience) {
		return queries.roles(partner, audience);
	}

	public RoleSummary role(UUID id, Audience audience) {
		return queries.role(id, audience).orElseThrow(() -> new RecordNotFoundException("role", id));
	}

	@Transactional
	public RoleSummary addRole(NationCode partner, RoleData data) {
		partners.requirePartner(partner);
		Organisation organisation = checkRole(partner, null, data);
		OrganisationRole role = roles
			.save(OrganisationRole.record(partner, organisation, data, kinds.kind(data.kind().strip()), now()));
		return role(role.id(), Audience.alliance());
	}

	@Transactional
	public RoleSummary reviseRole(UUID id, long version, RoleData data) {
		OrganisationRole role = roles.atVersion(id, version, "role");
		Organisation organisation = checkRole(role.partner(), id, data);
		role.revise(organisation, data, kinds.kind(data.kind().strip()), now());
		roles.save(role);
		return role(id, Audience.alliance());
	}

	@Transactional
	public void deleteRole(UUID id, long version) {
		OrganisationRole role = roles.atVersion(id, version, "role");
		role.remove();
		roles.delete(role);
	}

	// Rules that need more than the record itself

	void checkOrganisation(@Nullable UUID self, OrganisationData data) {
		List<Problem> problems = new ArrayList<>(data.problems());
		NationCode nation = data.nation();
		if (nation != null && partners.nations().stream().noneMatch(n -> n.code().equals(nation))) {
			problems.add(new Problem("nation", "'" + nation + "' is not in the list of nations"));
		}
		organisations.findByRef(data.refOrDefault())
			.filter(other -> !other.id().equals(self))
			.ifPresent(
					other -> problems.add(new Problem("ref", "The reference '" + data.refOrDefault() + "' is taken")));
		InvalidInputException.throwIfAny(problems);
	}

	/**
	 * Checks the role against the other records it touches, and gives every problem at
	 * once.
	 * @return the organisation the role names
	 */
	Organisation checkRole(NationCode partner, @Nullable UUID self, RoleData data) {
		List<Problem> problems = new ArrayList<>(data.problems());
		RoleKindSummary kind = kinds.kindOf(data.kind(), problems);
		Organisation organisation = organisations.findByRef(data.organisationRef()).orElse(null);
		if (organisation == null) {
			problems.add(new Problem("organisationRef",
					"No organisation has the reference '" + data.organisationRef() + "'"));
		}
		else if (kind != null && kind.requiredOrganisationKind() != null
				&& organisation.kind() != kind.requiredOrganisationKind()) {
			problems.add(new Problem("organisationRef", wrongKind(kind, organisation)));
		}
		roles.refTaken(partner, data.refOrDefault(), self).ifPresent(problems::add);
		if (kind != null && kind.oneAtATime() && problems.stream().noneMatch(p -> isDate(p.field()))) {
			roles.findByPartnerAndKind(partner, kind.code())
				.stream()
				.filter(other -> !other.id().equals(self) && other.overlaps(data))
				.findFirst()
				.ifPresent(other -> problems.add(new Problem("from", "The term overlaps that of another " + kind.name()
						+ " (" + term(other) + "); a partner has one at a time")));
		}
		if (!problems.isEmpty() || organisation == null) {
			throw new InvalidInputException(problems);
		}
		return organisation;
	}

	private static boolean isDate(String field) {
		return field.equals("from") || field.equals("until");
	}

	/** Such as "A NATO Contact Point Embassy must be an embassy; the Ministry is not". */
	private static String wrongKind(RoleKindSummary kind, Organisation organisation) {
		String needed = kind.requiredOrganisationKind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
		String article = "aeiou".indexOf(needed.charAt(0)) >= 0 ? "an " : "a ";
		return "A " + kind.name() + " must be " + article + needed + "; " + organisation.name() + " is not";
	}

	private String term(OrganisationRole role) {
		String ref = organisations.findById(role.organisationId()).map(Organisation::name).orElse(role.ref());
		return ref + (role.from() == null ? "" : ", from " + role.from().display())
				+ (role.until() == null ? "" : " until " + role.until().display());
	}

	// Events of the roles an organisation's change touches: they are not saved, so the
	// service
	// publishes their revised milestones itself.

	/**
	 * Every role's milestone names its organisation and is no more visible than it, so a
	 * revised organisation republishes the milestones of all its roles, loaded in one
	 * query.
	 */
	void rolesFollow(Organisation organisation) {
		roles.findByOrganisationId(organisation.id())
			.forEach(role -> events
				.publishEvent(new OrganisationRoleRevised(role.facts(organisation, kinds.kind(role.kind())))));
	}

	private Instant now() {
		return clock.instant();
	}

}
