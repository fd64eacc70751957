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
import org.liaison.directory.RoleKindSummary;
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
 * of a kind held one at a time (a partner's contact point embassy) terms are of any
 * length, from any month, as the Allies agree them (one, two or three years are all on
 * record), but never two at once; the service checks that against the partner's other
 * roles of the kind.
 */
@Table("directory_role")
public class OrganisationRole extends PartnerRecord<OrganisationRole> {

	public static final String SOURCE_TYPE = "organisation-role";

	private String ref;

	private UUID organisationId;

	private String kind;

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

	/**
	 * @param of the kind the data names, whose milestone the role's start gives
	 */
	public static OrganisationRole record(NationCode partner, Organisation organisation, RoleData data,
			RoleKindSummary of, Instant at) {
		InvalidInputException.throwIfAny(data.problems());
		OrganisationRole role = new OrganisationRole(UUID.randomUUID(), partner);
		role.apply(organisation, data, at);
		role.registerEvent(recorded -> recorded.from != null ? new OfficeEstablished(recorded.facts(organisation, of))
				: new OrganisationRoleRecorded(recorded.facts(organisation, of)));
		return role;
	}

	public void revise(Organisation organisation, RoleData data, RoleKindSummary of, Instant at) {
		InvalidInputException.throwIfAny(data.problems());
		apply(organisation, data, at);
		registerEvent(revised -> new OrganisationRoleRevised(revised.facts(organisation, of)));
	}

	private void apply(Organisation organisation, RoleData data, Instant at) {
		this.ref = data.refOrDefault();
		this.organisationId = organisation.id();
		this.kind = data.kind().strip();
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
	public boolean holds(Organisation organisation, RoleData data, RoleKindSummary of) {
		return organisationId.equals(organisation.id()) && toData(organisation)
			.equals(record(partner(), organisation, data, of, updatedAt).toData(organisation));
	}

	/** The role as data, naming its organisation (the one it refers to) by ref. */
	RoleData toData(Organisation organisation) {
		return new RoleData(ref, organisation.ref(), kind, from, until, tasks, milestoneText, releasability);
	}

	/**
	 * Whether this role's term and the one the data describes share a day, for a kind a
	 * partner has one of at a time (its contact point embassy). A term known only by its
	 * start is still running; one known only by its end is placed at its end, the one
	 * time it is known to have served; one with neither cannot be placed and overlaps
	 * nothing.
	 */
	public boolean overlaps(RoleData data) {
		Term mine = Term.of(from, until);
		Term theirs = Term.of(data.from(), data.until());
		return mine != null && theirs != null && !mine.last().isBefore(theirs.first())
				&& !theirs.last().isBefore(mine.first());
	}

	/**
	 * The role's start as a milestone, in the words given or else a plain sentence. The
	 * milestone names the organisation, so it is no more visible than the organisation is
	 * to the partner.
	 */
	public MilestoneFacts facts(Organisation organisation, RoleKindSummary of) {
		Releasability visibility = narrower(releasability, organisation.releasabilityFor(partner()));
		List<Entry> entries = from == null ? List.of() : List.of(new Entry(of.milestoneKind(), from,
				milestoneText != null ? milestoneText : of.milestoneSentence(organisation.name())));
		return new MilestoneFacts(SOURCE_TYPE, id(), version(), partner(), visibility, entries);
	}

	public MilestoneFacts removedFacts() {
		return MilestoneFacts.removed(SOURCE_TYPE, id(), version() + 1, partner());
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

	public String kind() {
		return kind;
	}

	public @Nullable PartialDate from() {
		return from;
	}

	public @Nullable PartialDate until() {
		return until;
	}

	/** The days a role of a kind held one at a time serves. */
	private record Term(LocalDate first, LocalDate last) {

		static @Nullable Term of(@Nullable PartialDate from, @Nullable PartialDate until) {
			if (from == null && until == null) {
				return null;
			}
			LocalDate first = from != null ? from.firstDay() : until.firstDay();
			LocalDate last = until != null ? until.lastDay() : LocalDate.MAX;
			return new Term(first, last);
		}

	}

}
