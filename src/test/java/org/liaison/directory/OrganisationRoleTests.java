package org.liaison.directory;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.liaison.directory.internal.Organisation;
import org.liaison.directory.internal.OrganisationRole;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.MilestoneEvent.MilestoneFacts;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganisationRoleTests {

	private static final NationCode SERBIA = NationCode.of("SRB");

	private static final Instant NOW = Instant.parse("2015-06-01T10:00:00Z");

	private static Organisation organisation(String name, OrganisationKind kind) {
		return organisation(name, kind, null, Releasability.PUBLIC);
	}

	private static Organisation organisation(String name, OrganisationKind kind, String nation,
			Releasability releasability) {
		return Organisation.create(new OrganisationData(null, name, null, kind,
				nation == null ? null : NationCode.of(nation), null, null, releasability), NOW);
	}

	// The kinds as the directory's migration seeds them: what each needs and what its
	// start says are attributes of the kind.
	private static final Map<String, RoleKindSummary> KINDS = Map
		.of("LIAISON_OFFICE", kind("LIAISON_OFFICE", null, false, "established", "{organisation} is established."),
				"CONTACT_POINT_EMBASSY",
				kind("CONTACT_POINT_EMBASSY", OrganisationKind.EMBASSY, true, "appointed",
						"{organisation} becomes the NATO Contact Point Embassy."),
				"PARTNERSHIP_TRAINING_CENTRE",
				kind("PARTNERSHIP_TRAINING_CENTRE", OrganisationKind.TRAINING_CENTRE, false, "recognised",
						"{organisation} is recognised as a Partnership Training and Education Centre."),
				"EXECUTING_AGENT",
				kind("EXECUTING_AGENT", null, false, "started",
						"{organisation} becomes an executing agent of the partnership."),
				"TRAINING_PROVIDER",
				kind("TRAINING_PROVIDER", null, false, "started",
						"{organisation} begins to offer training to the partner."),
				"OTHER", kind("OTHER", null, false, "started", "{organisation} takes up its role in the partnership."));

	private static RoleKindSummary kind(String code, OrganisationKind required, boolean oneAtATime, String word,
			String text) {
		return new RoleKindSummary(code, code, code, required, oneAtATime, word, text, 0);
	}

	private static OrganisationRole record(Organisation organisation, RoleData data) {
		return OrganisationRole.record(SERBIA, organisation, data, KINDS.get(data.kind()), NOW);
	}

	private static RoleData role(String kind, String from, String until) {
		return new RoleData(null, "some-organisation", kind, PartialDate.parseOrNull(from),
				PartialDate.parseOrNull(until), null, null, Releasability.PUBLIC);
	}

	private static MilestoneFacts facts(Organisation organisation, RoleData data) {
		return record(organisation, data).facts(organisation, KINDS.get(data.kind()));
	}

	@Test
	void aRoleCannotEndBeforeItBegan() {
		assertThat(role("LIAISON_OFFICE", "2006-12", "2006-11").problems()).singleElement()
			.satisfies(problem -> assertThat(problem.field()).isEqualTo("until"));
		assertThat(role("LIAISON_OFFICE", "2006-12", "2006").problems()).isEmpty();
		assertThat(role("LIAISON_OFFICE", null, "2006").problems()).isEmpty();
	}

	@Test
	void theAggregateRefusesDataWithProblems() {
		assertThatThrownBy(() -> record(organisation("Office", OrganisationKind.LIAISON_OFFICE),
				role("LIAISON_OFFICE", "2010", "2009")))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("cannot end before it began");
	}

	@Test
	void aContactPointEmbassyServesATermOfAnyLengthFromAnyMonth() {
		assertThat(role("CONTACT_POINT_EMBASSY", "2015", "2016").problems()).isEmpty();
		assertThat(role("CONTACT_POINT_EMBASSY", "2007", "2010").problems()).isEmpty();
		assertThat(role("CONTACT_POINT_EMBASSY", "2019-07", "2020-06").problems()).isEmpty();
		assertThat(role("CONTACT_POINT_EMBASSY", "2015", "2015").problems()).isEmpty();
		assertThat(role("CONTACT_POINT_EMBASSY", "2015", null).problems()).isEmpty();
		assertThat(role("CONTACT_POINT_EMBASSY", "2016", "2015").problems()).singleElement()
			.satisfies(problem -> assertThat(problem.field()).isEqualTo("until"));
	}

	@Test
	void contactPointTermsOverlapWhenTheyShareADay() {
		Organisation embassy = organisation("Embassy of the Slovak Republic", OrganisationKind.EMBASSY);
		OrganisationRole term = record(embassy, role("CONTACT_POINT_EMBASSY", "2015", "2016"));

		assertThat(term.overlaps(role("CONTACT_POINT_EMBASSY", "2016", "2017"))).isTrue();
		assertThat(term.overlaps(role("CONTACT_POINT_EMBASSY", "2017", "2018"))).isFalse();
		assertThat(term.overlaps(role("CONTACT_POINT_EMBASSY", "2013", "2014"))).isFalse();
		// A term known by its start alone is still running, so it meets every later one.
		assertThat(term.overlaps(role("CONTACT_POINT_EMBASSY", "2014", null))).isTrue();
		assertThat(term.overlaps(role("CONTACT_POINT_EMBASSY", "2017", null))).isFalse();
		OrganisationRole running = record(embassy, role("CONTACT_POINT_EMBASSY", "2017", null));
		assertThat(running.overlaps(role("CONTACT_POINT_EMBASSY", "2023-03", "2026-02"))).isTrue();
		// A term known by its end alone served at least then.
		assertThat(term.overlaps(role("CONTACT_POINT_EMBASSY", null, "2016"))).isTrue();
		assertThat(term.overlaps(role("CONTACT_POINT_EMBASSY", null, "2014"))).isFalse();
		assertThat(term.overlaps(role("CONTACT_POINT_EMBASSY", null, null))).isFalse();
	}

	@Test
	void aLiaisonOfficeIsEstablished() {
		Organisation office = organisation("NATO Military Liaison Office Belgrade", OrganisationKind.LIAISON_OFFICE);

		MilestoneFacts facts = facts(office, role("LIAISON_OFFICE", "2006-12", null));

		assertThat(facts.sourceType()).isEqualTo("organisation-role");
		assertThat(facts.partner()).isEqualTo(SERBIA);
		assertThat(facts.sourceVersion()).isZero();
		assertThat(facts.entries()).singleElement().satisfies(entry -> {
			assertThat(entry.kind()).isEqualTo("established");
			assertThat(entry.date()).isEqualTo(PartialDate.ofMonth(2006, 12));
			assertThat(entry.text()).isEqualTo("NATO Military Liaison Office Belgrade is established.");
		});
	}

	@Test
	void aTrainingCentreIsRecognised() {
		Organisation centre = organisation("CBRN Training Centre Krusevac", OrganisationKind.TRAINING_CENTRE);

		assertThat(facts(centre, role("PARTNERSHIP_TRAINING_CENTRE", "2013-06", null)).entries()).singleElement()
			.satisfies(entry -> {
				assertThat(entry.kind()).isEqualTo("recognised");
				assertThat(entry.text()).isEqualTo(
						"CBRN Training Centre Krusevac is recognised as a Partnership Training and Education Centre.");
			});
	}

	@Test
	void anEmbassyIsAppointed() {
		Organisation embassy = organisation("Embassy of the Slovak Republic", OrganisationKind.EMBASSY);

		assertThat(facts(embassy, role("CONTACT_POINT_EMBASSY", "2015", "2016")).entries()).singleElement()
			.satisfies(entry -> {
				assertThat(entry.kind()).isEqualTo("appointed");
				assertThat(entry.text())
					.isEqualTo("Embassy of the Slovak Republic becomes the NATO Contact Point Embassy.");
			});
	}

	@Test
	void otherRolesStart() {
		Organisation agency = organisation("NATO Support and Procurement Agency", OrganisationKind.EXECUTING_AGENT);

		for (String kind : new String[] { "EXECUTING_AGENT", "TRAINING_PROVIDER", "OTHER" }) {
			assertThat(facts(agency, role(kind, "2009", null)).entries()).singleElement().satisfies(entry -> {
				assertThat(entry.kind()).isEqualTo("started");
				assertThat(entry.text()).startsWith("NATO Support and Procurement Agency ").endsWith(".");
			});
		}
	}

	@Test
	void theWordsGivenWinAndARoleWithoutStartHasNoMilestone() {
		Organisation office = organisation("NATO Military Liaison Office Belgrade", OrganisationKind.LIAISON_OFFICE);
		RoleData worded = new RoleData(null, "mlo", "LIAISON_OFFICE", PartialDate.ofMonth(2006, 12), null, null,
				"  NATO opens a Military Liaison Office in Belgrade.  ", Releasability.PUBLIC);

		assertThat(facts(office, worded).entries()).singleElement()
			.satisfies(
					entry -> assertThat(entry.text()).isEqualTo("NATO opens a Military Liaison Office in Belgrade."));
		assertThat(facts(office, role("LIAISON_OFFICE", null, null)).entries()).isEmpty();
	}

	@Test
	void aMilestoneIsNoMoreVisibleThanItsOrganisation() {
		Organisation hidden = organisation("Embassy", OrganisationKind.EMBASSY, "SVK", Releasability.PARTNER);
		Organisation own = organisation("Ministry of Defence", OrganisationKind.MINISTRY, "SRB", Releasability.PARTNER);

		assertThat(facts(hidden, role("OTHER", "2015", null)).releasability()).isEqualTo(Releasability.NATO);
		assertThat(facts(own, role("OTHER", "2015", null)).releasability()).isEqualTo(Releasability.PARTNER);
		assertThat(facts(organisation("Office", OrganisationKind.LIAISON_OFFICE), role("OTHER", "2015", null))
			.releasability()).isEqualTo(Releasability.PUBLIC);
	}

	@Test
	void aRemovedRoleLeavesNoMilestoneAtTheNextVersion() {
		OrganisationRole role = record(organisation("Office", OrganisationKind.LIAISON_OFFICE),
				role("LIAISON_OFFICE", "2006-12", null));

		MilestoneFacts removed = role.removedFacts();

		assertThat(removed.entries()).isEmpty();
		assertThat(removed.sourceVersion()).isEqualTo(1);
		assertThat(removed.sourceId()).isEqualTo(role.id());
	}

	@Test
	void aRefIsMadeThatKeepsTheStart() {
		assertThat(new RoleData(null, "embassy-of-the-slovak-republic-in-belgrade-serbia-and-more",
				"CONTACT_POINT_EMBASSY", PartialDate.ofYear(2015), null, null, null, Releasability.PUBLIC)
			.refOrDefault()).endsWith("-2015")
			.startsWith("contact-point-embassy-embassy-of")
			.hasSizeLessThanOrEqualTo(60);
		assertThat(role("LIAISON_OFFICE", null, null).refOrDefault()).isEqualTo("liaison-office-some-organisation");
	}

}
