package org.liaison.directory.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.OrganisationData;
import org.liaison.directory.OrganisationKind;
import org.liaison.shared.Texts;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.NationCode;
import org.liaison.shared.Releasability;
import org.liaison.shared.VersionedAggregate;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An organisation of the directory. It belongs to no single partnership: the same embassy
 * or agency may hold roles in several, so its visibility is read against its own nation.
 */
@Table("directory_organisation")
public class Organisation extends VersionedAggregate<Organisation> {

	private String ref;

	private String name;

	private @Nullable String shortName;

	private OrganisationKind kind;

	private @Nullable NationCode nation;

	private @Nullable String city;

	private @Nullable String description;

	private Releasability releasability;

	private Instant updatedAt;

	@MappedCollection(idColumn = "organisation")
	private Set<FormerNameRow> formerNames = new HashSet<>();

	Organisation(UUID id) {
		super(id);
	}

	public static Organisation create(OrganisationData data, Instant at) {
		Organisation organisation = new Organisation(UUID.randomUUID());
		organisation.revise(data, at);
		return organisation;
	}

	public void revise(OrganisationData data, Instant at) {
		InvalidInputException.throwIfAny(data.problems());
		this.ref = data.refOrDefault();
		this.name = data.name().strip();
		this.shortName = Texts.clean(data.shortName());
		this.kind = data.kind();
		this.nation = data.nation();
		this.city = Texts.clean(data.city());
		this.description = Texts.clean(data.description());
		this.releasability = data.releasability();
		this.formerNames = data.formerNames().stream().map(FormerNameRow::of).collect(Collectors.toSet());
		this.updatedAt = at;
	}

	/**
	 * Whether the organisation already says what the data says, once the data is written
	 * as the organisation would write it: an import that finds so writes nothing.
	 */
	public boolean holds(OrganisationData data) {
		return toData().equals(create(data, updatedAt).toData());
	}

	OrganisationData toData() {
		return new OrganisationData(ref, name, shortName, kind, nation, city, description, releasability,
				formerNames.stream().map(FormerNameRow::toName).toList());
	}

	/**
	 * How far what is said of this organisation may travel in a partnership's records: a
	 * role that names it can be no more visible than the organisation is to that
	 * partner's readers.
	 */
	Releasability releasabilityFor(NationCode partner) {
		return switch (releasability) {
			case PUBLIC -> Releasability.PUBLIC;
			case PARTNER -> partner.equals(nation) ? Releasability.PARTNER : Releasability.NATO;
			case NATO -> Releasability.NATO;
		};
	}

	public String ref() {
		return ref;
	}

	public String name() {
		return name;
	}

	public OrganisationKind kind() {
		return kind;
	}

	public @Nullable NationCode nation() {
		return nation;
	}

	public Releasability releasability() {
		return releasability;
	}

}
