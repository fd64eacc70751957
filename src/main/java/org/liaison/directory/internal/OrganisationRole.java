package org.liaison.directory.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.OfficeEstablished;
import org.liaison.directory.OrganisationRoleRecorded;
import org.liaison.directory.OrganisationRoleRevised;
import org.liaison.directory.RoleData;
import org.liaison.directory.RoleKind;
import org.liaison.shared.Texts;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.MilestoneEvent.Entry;
import org.liaison.shared.MilestoneEvent.MilestoneFacts;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartnerRecord;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An organisation's role in one partnership over time. It cannot end before it began, and
 * one embassy at a time is a partner's contact point: terms of any length, from any
 * month, as the Allies agree them (one, two or three years are all on record), but never
 * two at once.
 */
@Table("directory_role")
public class OrganisationRole extends PartnerRecord<OrganisationRole> {

	public static final String SOURCE_TYPE = "organisation-role";

	private String ref;

	private UUID organisationId;

	private RoleKind kind;

	// "from" is a reserved word in SQL.
	@Column("valid_from")
	private @Nullable PartialDate from;

	@Column("valid_until")
	private @Nullable PartialDate until;

	private @Nullable String tasks;

	private @Nullable String milestoneText;

	private Releasability releasability;

	private Instant updatedAt;

	OrganisationRole(UUID id, NationCode partner) {
		super(id, partner);
	}

	public static OrganisationRole record(NationCode partner, Organisation organisation, RoleData data, Instant at) {
		InvalidInputException.throwIfAny(data.problems());
		OrganisationRole role = new OrganisationRole(UUID.randomUUID(), partner);
		role.apply(organisation, data, at);
		role.registerEvent(recorded -> recorded.from != null ? new OfficeEstablished(recorded.facts(organisation))
				: new OrganisationRoleRecorded(recorded.facts(organisation)));
		return role;
	}

	public void revise(Organisation organisation, RoleData data, Instant at) {
		InvalidInputException.throwIfAny(data.problems());
		apply(organisation, data, at);
		registerEvent(revised -> new OrganisationRoleRevised(revised.facts(organisation)));
	}

	private void apply(Organisation organisation, RoleData data, Instant at) {
		this.ref = data.refOrDefault();
		this.organisationId = organisation.id();
		this.kind = data.kind();
		this.from = data.from();
		this.until = data.until();
		this.tasks = Texts.clean(data.tasks());
		this.milestoneText = Texts.clean(data.milestoneText());
		this.releasability = data.releasability();
		this.updatedAt = at;
	}

	/** Before the role is deleted: its milestone goes with it. */
	public void remove() {
		registerEvent(removed -> new OrganisationRoleRevised(removed.removedFacts()));
	}

	/**
	 * Whether the role already says what the data says, once the data is written as the
	 * role would write it: an import that finds so writes nothing.
	 */
	public boolean holds(Organisation organisation, RoleData data) {
		return organisationId.equals(organisation.id())
				&& toData(organisation).equals(record(partner(), organisation, data, updatedAt).toData(organisation));
	}

	/** The role as data, naming its organisation (the one it refers to) by ref. */
	RoleData toData(Organisation organisation) {
		return new RoleData(ref, organisation.ref(), kind, from, until, tasks, milestoneText, releasability);
	}

	/**
	 * Whether this role's contact point term and the one the data describes share a day.
	 * A term known only by its start is still running; one known only by its end is
	 * placed at its end, the one time it is known to have served; one with neither cannot
	 * be placed and overlaps nothing.
	 */
	public boolean overlaps(RoleData data) {
		Term mine = Term.of(kind, from, until);
		Term theirs = Term.of(data.kind(), data.from(), data.until());
		return mine != null && theirs != null && !mine.last().isBefore(theirs.first())
				&& !theirs.last().isBefore(mine.first());
	}

	/**
	 * The role's start as a milestone, in the words given or else a plain sentence. The
	 * milestone names the organisation, so it is no more visible than the organisation is
	 * to the partner.
	 */
	public MilestoneFacts facts(Organisation organisation) {
		Releasability visibility = narrower(releasability, organisation.releasabilityFor(partner()));
		List<Entry> entries = from == null ? List.of() : List.of(new Entry(milestoneKind(kind), from,
				milestoneText != null ? milestoneText : defaultText(kind, organisation.name())));
		return new MilestoneFacts(SOURCE_TYPE, id(), version(), partner(), visibility, entries);
	}

	public MilestoneFacts removedFacts() {
		return MilestoneFacts.removed(SOURCE_TYPE, id(), version() + 1, partner());
	}

	static String milestoneKind(RoleKind kind) {
		return switch (kind) {
			case LIAISON_OFFICE -> "established";
			case PARTNERSHIP_TRAINING_CENTRE -> "recognised";
			case CONTACT_POINT_EMBASSY -> "appointed";
			case EXECUTING_AGENT, TRAINING_PROVIDER, OTHER -> "started";
		};
	}

	static String defaultText(RoleKind kind, String organisationName) {
		return switch (kind) {
			case LIAISON_OFFICE -> organisationName + " is established.";
			case PARTNERSHIP_TRAINING_CENTRE ->
				organisationName + " is recognised as a Partnership Training and Education Centre.";
			case CONTACT_POINT_EMBASSY -> organisationName + " becomes the NATO Contact Point Embassy.";
			case EXECUTING_AGENT -> organisationName + " becomes an executing agent of the partnership.";
			case TRAINING_PROVIDER -> organisationName + " begins to offer training to the partner.";
			case OTHER -> organisationName + " takes up its role in the partnership.";
		};
	}

	private static Releasability narrower(Releasability a, Releasability b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

	public String ref() {
		return ref;
	}

	public UUID organisationId() {
		return organisationId;
	}

	public RoleKind kind() {
		return kind;
	}

	public @Nullable PartialDate from() {
		return from;
	}

	public @Nullable PartialDate until() {
		return until;
	}

	/** The days a contact point embassy serves. */
	private record Term(LocalDate first, LocalDate last) {

		static @Nullable Term of(RoleKind kind, @Nullable PartialDate from, @Nullable PartialDate until) {
			if (kind != RoleKind.CONTACT_POINT_EMBASSY || (from == null && until == null)) {
				return null;
			}
			LocalDate first = from != null ? from.firstDay() : until.firstDay();
			LocalDate last = until != null ? until.lastDay() : LocalDate.MAX;
			return new Term(first, last);
		}

	}

}
