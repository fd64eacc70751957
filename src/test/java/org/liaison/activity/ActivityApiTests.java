package org.liaison.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.TestUsers;
import org.liaison.shared.Audience;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.activity.ActivityFixtures.body;
import static org.liaison.activity.ActivityFixtures.id;
import static org.liaison.activity.ActivityFixtures.status;

@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ActivityApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	EventService eventService;

	@Autowired
	ParticipationService participationService;

	@Autowired
	ApplicationEvents events;

	ActivityFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new ActivityFixtures(mvc);
	}

	@Test
	void anActivityIsCreatedAndFoundInTheMenuWithFacets() {
		String ref = fixtures.pfpCourse("Defence budgeting course " + UUID.randomUUID());
		assertThat(mvc.get().uri("/api/v1/activities/" + ref).with(TestUsers.nato())).hasStatusOk()
			.bodyJson()
			.extractingPath("$.provider")
			.isEqualTo(ActivityFixtures.PROVIDER);
		MvcTestResult menu = mvc.get()
			.uri("/api/v1/activities?q=" + ref + "&type=COURSE&framework=PFP")
			.with(TestUsers.partner("UKR"))
			.exchange();
		assertThat(menu).hasStatusOk();
		String body = body(menu);
		assertThat((Integer) JsonPath.read(body, "$.page.total")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(body, "$.areaCounts.defence-reform")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(body, "$.typeCounts.COURSE")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(body, "$.disciplineCounts.defence-planning")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(body, "$['providerCounts']['" + ActivityFixtures.PROVIDER + "']"))
			.isEqualTo(1);
	}

	@Test
	void anActivityNamesAnyFrameworkOfTheReferenceListAndTheMenuFilterOffersIt() {
		String ref = fixtures.activity("Defence education course " + UUID.randomUUID(), "PUBLIC",
				"\"frameworks\": [\"DEEP\"]");

		assertThat(mvc.get().uri("/api/v1/activities?q=" + ref + "&framework=DEEP").with(TestUsers.nato())).bodyJson()
			.extractingPath("$.page.total")
			.isEqualTo(1);
		assertThat(mvc.get().uri("/activities").with(TestUsers.nato())).bodyText()
			.contains("<option value=\"DEEP\"", "<option value=\"PFP\"", "<option value=\"SPS\"");
		assertThat(body(fixtures.post("/api/v1/activities",
				"""
						{"ref": "ACT.99998", "title": "Unknown framework", "area": "defence-reform", "discipline": "defence-planning",
						 "type": "COURSE", "provider": "%s", "delivery": "ONLINE", "durationDays": 1, "clearance": false,
						 "frameworks": ["XYZ"], "releasability": "PUBLIC", "illustrative": false}"""
					.formatted(ActivityFixtures.PROVIDER))))
			.contains("'XYZ' is not a framework; the frameworks are ", "DEEP");
	}

	@Test
	void badActivitiesAreRefusedWithEveryProblem() {
		fixtures.setUp();
		MvcTestResult result = fixtures.post("/api/v1/activities", """
				{"ref": "ACT-1", "title": "", "area": "nowhere", "discipline": "defence-planning", "type": "COURSE",
				 "provider": "no-such-school", "delivery": "ONLINE", "durationDays": 0, "clearance": false,
				 "frameworks": ["XYZ"], "releasability": "PUBLIC", "illustrative": false}""");
		assertThat(result).hasStatus(400);
		assertThat(body(result)).contains("ACT.396", "nowhere", "no-such-school", "XYZ");
	}

	@Test
	void theLastSeatsGoToTheFirstApprovalAndTheNextIsWaitlistedThenPromotedOnWithdrawal() {
		String ref = fixtures.pfpCourse("Capacity course");
		UUID event = fixtures.event(ref, 2);
		MvcTestResult ukr = fixtures.ask(event, "UKR", 2);
		assertThat(ukr).hasStatus(201);
		assertThat(status(ukr)).isEqualTo("REQUESTED");
		MvcTestResult che = fixtures.ask(event, "CHE", 1);
		assertThat(status(fixtures.staff("/api/v1/participation-requests/" + id(ukr) + "/approve")))
			.isEqualTo("APPROVED");
		assertThat(status(fixtures.staff("/api/v1/participation-requests/" + id(che) + "/approve")))
			.isEqualTo("WAITLISTED");
		assertThat(eventService.event(event, Audience.alliance()).approved()).isEqualTo(2);
		assertThat(eventService.event(event, Audience.alliance()).waitlisted()).isEqualTo(1);
		assertThat(events.stream(ParticipationWaitlisted.class)).anyMatch(e -> e.request().toString().equals(id(che)));

		assertThat(mvc.post()
			.uri("/api/v1/participation-requests/" + id(ukr) + "/withdraw")
			.with(TestUsers.partner("UKR"))
			.exchange()).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("WITHDRAWN");
		assertThat(participationService.request(UUID.fromString(id(che)), Audience.alliance()).status())
			.isEqualTo(RequestStatus.APPROVED);
		assertThat(eventService.event(event, Audience.alliance()).approved()).isEqualTo(1);

		// CHE holds its place, so asking again is refused; UKR withdrew, so it may ask
		// again, behind CHE.
		assertThat(fixtures.ask(event, "CHE", 1)).hasStatus(409);
		MvcTestResult again = fixtures.ask(event, "UKR", 1);
		assertThat(again).hasStatus(201);
		assertThat(id(again)).isEqualTo(id(ukr));
		assertThat(status(again)).isEqualTo("REQUESTED");
		assertThat(status(fixtures.staff("/api/v1/participation-requests/" + id(ukr) + "/approve")))
			.isEqualTo("APPROVED");
		assertThat(eventService.event(event, Audience.alliance()).approved()).isEqualTo(2);
	}

	@Test
	void aCoordinatorNeitherSeesNorActsOnAnotherNationsRequests() {
		String ref = fixtures.pfpCourse("Scope course");
		UUID event = fixtures.event(ref, 5);
		String ukr = id(fixtures.ask(event, "UKR", 1));
		String che = id(fixtures.ask(event, "CHE", 1));

		assertThat(mvc.get().uri("/api/v1/participation-requests/" + ukr).with(TestUsers.partner("CHE")))
			.hasStatus(404);
		assertThat(mvc.post().uri("/api/v1/participation-requests/" + ukr + "/withdraw").with(TestUsers.partner("CHE")))
			.hasStatus(404);
		assertThat(mvc.post()
			.uri("/api/v1/participation-requests/" + ukr + "/nominees")
			.with(TestUsers.partner("CHE"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"nominees\": [{\"name\": \"Hans Muster\"}]}")).hasStatus(404);
		MvcTestResult list = mvc.get()
			.uri("/api/v1/events/" + event + "/participation-requests")
			.with(TestUsers.partner("CHE"))
			.exchange();
		assertThat(body(list)).contains(che).doesNotContain(ukr).doesNotContain("\"partner\":\"UKR\"");
		assertThat(mvc.get()
			.uri("/api/v1/partners/UKR/participation?year=" + ActivityFixtures.FUTURE.getYear())
			.with(TestUsers.partner("CHE"))).hasStatusOk()
			.bodyJson()
			.isEqualTo("{\"items\": [], \"page\": 0, \"size\": 25, \"total\": 0}");
		assertThat(programmeIdsOf("UKR", ActivityFixtures.FUTURE.getYear())).contains(ukr).doesNotContain(che);
		assertThat(mvc.get().uri("/api/v1/participation-requests/" + ukr)).hasStatus(401);
		// asking in another nation's name is refused
		assertThat(mvc.post()
			.uri("/api/v1/events/" + event + "/participation-requests")
			.with(TestUsers.partner("CHE"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"partner\": \"UKR\", \"seats\": 1}")).hasStatus(409);
		// partners do not decide; the public and providers do not ask
		assertThat(mvc.post().uri("/api/v1/participation-requests/" + che + "/approve").with(TestUsers.partner("CHE")))
			.hasStatus(403);
		assertThat(mvc.post()
			.uri("/api/v1/events/" + event + "/participation-requests")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"partner\": \"UKR\", \"seats\": 1}")).hasStatus(401);
	}

	@Test
	void noRequestAfterTheDeadlineOrForACancelledEventOrWhenNotEligible() {
		String ref = fixtures.pfpCourse("Deadline course");
		UUID late = fixtures.event(ref, 5, LocalDate.now().plusDays(10), LocalDate.now().minusDays(1), "UKR", false);
		MvcTestResult refused = fixtures.ask(late, "UKR", 1);
		assertThat(refused).hasStatus(409);
		assertThat(body(refused)).contains("Registration");

		UUID cancelled = fixtures.event(ref, 5, LocalDate.now().plusDays(30), LocalDate.now().plusDays(20), "UKR",
				false);
		String asked = id(fixtures.ask(cancelled, "UKR", 1));
		fixtures.staff("/api/v1/participation-requests/" + asked + "/approve");
		assertThat(eventService.event(cancelled, Audience.alliance()).approved()).isEqualTo(1);
		assertThat(fixtures.post("/api/v1/events/" + cancelled + "/cancel",
				"{\"reason\": \"The instructors are unavailable\"}"))
			.hasStatusOk();
		assertThat(eventService.event(cancelled, Audience.alliance()).approved()).as("a cancelled event holds no seats")
			.isZero();
		RequestSummary declined = participationService.request(UUID.fromString(asked), Audience.alliance());
		assertThat(declined.status()).isEqualTo(RequestStatus.DECLINED);
		assertThat(declined.reason()).contains("The instructors are unavailable");
		assertThat(events.stream(EventCancelled.class)).anyMatch(e -> e.event().equals(cancelled));
		assertThat(fixtures.ask(cancelled, "CHE", 1)).hasStatus(409);

		String mdOnly = fixtures.activity("Mediterranean course", "PARTNER",
				"\"frameworks\": [\"MD\"], \"nations\": [\"CHE\"]");
		UUID md = fixtures.event(mdOnly, 5);
		MvcTestResult notEligible = fixtures.ask(md, "UKR", 1);
		assertThat(notEligible).hasStatus(409);
		assertThat(body(notEligible)).contains("not eligible");
		assertThat(fixtures.ask(md, "CHE", 1)).hasStatus(201);
	}

	@Test
	void releasabilityDecidesWhoSeesTheMenu() {
		String nato = fixtures.activity("NATO only course", "NATO", "\"frameworks\": [\"PFP\"]");
		String partner = fixtures.pfpCourse("Partner course");
		String open = fixtures.activity("Public course", "PUBLIC", "\"frameworks\": [\"PFP\"]");
		assertThat(mvc.get().uri("/api/v1/activities/" + nato).with(TestUsers.partner("CHE"))).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/activities/" + partner).with(TestUsers.partner("CHE"))).hasStatusOk();
		assertThat(mvc.get().uri("/api/v1/activities/" + partner)).hasStatus(401);
		assertThat(mvc.get().uri("/api/v1/activities/" + open)).hasStatusOk();
		assertThat(mvc.get().uri("/api/v1/activities?q=" + nato)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.page.total")
			.isEqualTo(0);
		assertThat(mvc.get().uri("/api/v1/activities?q=" + nato).with(TestUsers.ally())).hasStatusOk()
			.bodyJson()
			.extractingPath("$.page.total")
			.isEqualTo(1);
	}

	@Test
	void providersRecordAttendanceAndPartnersGiveFeedback() {
		String ref = fixtures.pfpCourse("Attendance course");
		UUID event = fixtures.event(ref, 3);
		String ukr = id(fixtures.ask(event, "UKR", 1));
		fixtures.staff("/api/v1/participation-requests/" + ukr + "/approve");
		MvcTestResult early = mvc.post()
			.uri("/api/v1/participation-requests/" + ukr + "/attendance")
			.with(provider())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"attended\": true}")
			.exchange();
		assertThat(early).hasStatus(409);
		fixtures.staff("/api/v1/events/" + event + "/open");
		fixtures.staff("/api/v1/events/" + event + "/close");
		assertThat(mvc.post()
			.uri("/api/v1/participation-requests/" + ukr + "/attendance")
			.with(TestUsers.partner("UKR"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"attended\": true}")).hasStatus(403);
		assertThat(mvc.post()
			.uri("/api/v1/participation-requests/" + ukr + "/attendance")
			.with(provider())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"attended\": true}")).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("ATTENDED");
		assertThat(mvc.post()
			.uri("/api/v1/participation-requests/" + ukr + "/feedback")
			.with(TestUsers.partner("UKR"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"rating\": 7}")).hasStatus(400);
		assertThat(mvc.post()
			.uri("/api/v1/participation-requests/" + ukr + "/feedback")
			.with(TestUsers.partner("UKR"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"rating\": 5, \"comment\": \"Very useful.\"}")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.rating")
			.isEqualTo(5);
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor provider() {
		return TestUsers.provider(ActivityFixtures.PROVIDER);
	}

	@Test
	void staleVersionsAreRefusedAndBulkDecisionsApply() {
		String ref = fixtures.pfpCourse("Bulk course");
		UUID event = fixtures.event(ref, 2);
		String ukr = id(fixtures.ask(event, "UKR", 1));
		String che = id(fixtures.ask(event, "CHE", 2));
		assertThat(mvc.post()
			.uri("/api/v1/participation-requests/" + ukr + "/approve")
			.with(TestUsers.nato())
			.header("If-Match", "\"7\"")).hasStatus(409);
		MvcTestResult bulk = fixtures.post("/api/v1/participation-requests/bulk", """
				{"decision": "APPROVE", "ids": ["%s", "%s"]}""".formatted(ukr, che));
		assertThat(bulk).hasStatusOk();
		assertThat(body(bulk)).contains("APPROVED", "WAITLISTED");
		assertThat(eventService.event(event, Audience.alliance()).approved()).isEqualTo(1);
	}

	@Test
	void aHeldMilestoneEventBecomesOneMilestone() {
		String ref = fixtures.activity("Exercise", "PUBLIC", "\"frameworks\": [\"PFP\"]");
		UUID event = fixtures.event(ref, 50, ActivityFixtures.FUTURE, ActivityFixtures.FUTURE.minusDays(3), "UKR",
				true);
		assertThat(events.stream(EventMilestones.class).filter(e -> e.facts().sourceId().equals(event)))
			.allMatch(e -> e.facts().entries().isEmpty());
		fixtures.staff("/api/v1/events/" + event + "/open");
		fixtures.staff("/api/v1/events/" + event + "/close");
		assertThat(fixtures.staff("/api/v1/events/" + event + "/hold")).hasStatusOk();
		assertThat(fixtures.staff("/api/v1/events/" + event + "/open")).hasStatus(409);
		var last = events.stream(EventMilestones.class)
			.filter(e -> e.facts().sourceId().equals(event))
			.reduce((a, b) -> b)
			.orElseThrow();
		assertThat(last.facts().sourceType()).isEqualTo("activity-event");
		assertThat(last.facts().entries()).singleElement()
			.satisfies(entry -> assertThat(entry.date().iso()).isEqualTo(ActivityFixtures.FUTURE.toString()));
		assertThat(events.stream(EventHeld.class)).anyMatch(e -> e.event().equals(event));

		// Staff take the activity off the public record: its event's milestone follows,
		// as a newer version.
		String activity = body(mvc.get().uri("/api/v1/activities/" + ref).with(TestUsers.nato()).exchange());
		String version = String.valueOf((Integer) JsonPath.read(activity, "$.version"));
		assertThat(mvc.put()
			.uri("/api/v1/activities/" + ref)
			.with(TestUsers.nato())
			.header("If-Match", "\"" + version + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(activity.replace("\"releasability\":\"PUBLIC\"", "\"releasability\":\"NATO\""))).hasStatusOk();
		var republished = events.stream(EventMilestones.class)
			.filter(e -> e.facts().sourceId().equals(event))
			.reduce((a, b) -> b)
			.orElseThrow();
		assertThat(republished.facts().releasability()).isEqualTo(org.liaison.shared.Releasability.NATO);
		assertThat(republished.facts().sourceVersion()).isGreaterThan(last.facts().sourceVersion());
		assertThat(republished.facts().entries()).hasSize(1);
	}

	/**
	 * The ids of the partner's requests of a year, as its own coordinator reads them page
	 * by page.
	 */
	private List<String> programmeIdsOf(String partner, int year) {
		return fixtures.programme(partner, year).stream().map(request -> (String) request.get("id")).toList();
	}

}
