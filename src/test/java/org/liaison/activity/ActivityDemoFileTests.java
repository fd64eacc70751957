package org.liaison.activity;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.liaison.directory.DirectoryService;
import org.liaison.directory.OrganisationData;
import org.liaison.partner.PartnerService;
import org.liaison.partner.ProfileData;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.Releasability;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The illustrative sample menu of the Serbia demo (demo/serbia-activities.json) is consistent:
 * it imports through the service's natural-key import methods, a second import changes
 * nothing, no event has more seats approved than it offers, and everything is illustrative.
 */
@SpringBootTest
class ActivityDemoFileTests {

	record Org(String ref, String name, @Nullable String shortName, org.liaison.directory.OrganisationKind kind,
			@Nullable NationCode nation, @Nullable String city, @Nullable String description, Releasability releasability,
			Instant updatedAt) {
	}

	record DemoEvent(String activity, LocalDate start, LocalDate end, String city, NationCode nation, int seats,
			String language, @Nullable LocalDate deadline, boolean milestone, @Nullable String milestoneText,
			boolean illustrative, EventStatus status, @Nullable String cancelReason, Instant updatedAt) {

		EventData data() {
			return new EventData(start, end, city, nation, seats, language, deadline, milestone, milestoneText, illustrative);
		}

	}

	record DemoRequest(NationCode partner, String activity, LocalDate start, String city, NationCode nation, int seats,
			int priority, @Nullable String planGoal, @Nullable List<NomineeData> nominees, boolean illustrative,
			RequestStatus status, @Nullable String reason, @Nullable Integer rating, @Nullable String feedback,
			Instant requestedAt, Instant updatedAt) {
	}

	record DemoActivity(String ref, String title, @Nullable String description, String area, String discipline,
			ActivityType type, String provider, Delivery delivery, int durationDays, boolean clearance,
			List<String> frameworks, List<NationCode> nations, org.liaison.shared.@Nullable Money fee,
			@Nullable LocalDate activeFrom, @Nullable LocalDate activeTo, Releasability releasability, boolean illustrative,
			Instant updatedAt) {

		ActivityData data() {
			return new ActivityData(ref, title, description, area, discipline, type, provider, delivery, durationDays,
					clearance, frameworks, nations, fee, activeFrom, activeTo, releasability, illustrative);
		}

	}

	record DemoFile(String partner, boolean illustrative, List<ReferenceItem> areas, List<ReferenceItem> disciplines,
			List<Org> organisations, List<DemoActivity> activities, List<DemoEvent> events, List<DemoRequest> requests) {
	}

	@Autowired
	ActivityService activities;

	@Autowired
	DirectoryService directory;

	@Autowired
	PartnerService partners;

	@Test
	void theSampleMenuImportsOnceAndKeepsTheSeatRules() throws Exception {
		DemoFile demo;
		try (InputStream in = getClass().getResourceAsStream("/demo/serbia-activities.json")) {
			demo = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build().readValue(in, DemoFile.class);
		}
		NationCode serbia = NationCode.of("SRB");
		if (partners.partners(Audience.alliance(), new PageOf.Request(0, 200)).items().stream().noneMatch(p -> p.nation().equals(serbia))) {
			partners.createPartner(serbia, new ProfileData("Serbia.", null, false, Releasability.PUBLIC));
		}
		assertThat(demo.activities()).hasSizeBetween(45, 60);
		assertThat(demo.events()).hasSizeBetween(100, 140);
		assertThat(demo.activities()).allMatch(DemoActivity::illustrative);
		assertThat(demo.events()).allMatch(DemoEvent::illustrative);
		assertThat(demo.requests()).allMatch(DemoRequest::illustrative);
		assertThat(demo.activities()).anyMatch(a -> a.provider().equals("cbrn-training-centre-krusevac"));
		for (int pass = 0; pass < 2; pass++) {
			boolean changed = false;
			for (Org org : demo.organisations()) {
				directory.importOrganisation(new OrganisationData(org.ref(), org.name(), org.shortName(), org.kind(), org.nation(),
						org.city(), org.description(), org.releasability()), org.updatedAt());
			}
			if (directory.organisationByRef("cbrn-training-centre-krusevac", Audience.alliance()).isEmpty()) {
				directory.importOrganisation(new OrganisationData("cbrn-training-centre-krusevac", "CBRN Training Centre Krusevac",
						null, org.liaison.directory.OrganisationKind.TRAINING_CENTRE, serbia, "Krusevac", null, Releasability.PUBLIC),
						Instant.parse("2015-02-11T09:46:00Z"));
			}
			for (ReferenceItem area : demo.areas()) {
				changed |= activities.putArea(area);
			}
			for (ReferenceItem discipline : demo.disciplines()) {
				changed |= activities.putDiscipline(discipline);
			}
			for (DemoActivity activity : demo.activities()) {
				changed |= activities.importActivity(activity.data(), activity.updatedAt());
			}
			for (DemoEvent event : demo.events()) {
				changed |= activities.importEvent(event.activity(), event.data(), event.status(), event.cancelReason(), event.updatedAt());
			}
			for (DemoRequest r : demo.requests()) {
				changed |= activities.importRequest(r.partner(), r.activity(), r.start(), r.city(), r.nation(),
						new RequestData(r.seats(), r.priority(), r.planGoal(), r.nominees(), r.illustrative()), r.status(),
						r.reason(), r.rating(), r.feedback(), r.requestedAt(), r.updatedAt());
			}
			if (pass == 1) {
				assertThat(changed).as("a second import changes nothing").isFalse();
			}
		}
		ActivityExport export = activities.exportActivities(serbia, Audience.alliance());
		assertThat(export.requests()).hasSize(demo.requests().size());
		for (EventSummary event : export.events()) {
			assertThat(event.approved()).isLessThanOrEqualTo(event.seats());
		}
		assertThat(activities.exportActivities(serbia, Audience.partner(NationCode.of("CHE"))).requests()).isEmpty();
		assertThat(activities.exportActivities(serbia, Audience.ANONYMOUS).requests()).isEmpty();
	}

}
