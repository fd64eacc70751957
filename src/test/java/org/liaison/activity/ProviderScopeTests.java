package org.liaison.activity;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.activity.ActivityFixtures.body;
import static org.liaison.activity.ActivityFixtures.id;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * An activity provider keeps its own activities and events, sees the requests for them
 * and records attendance; it never keeps, nor sees beyond the public menu, another
 * provider's, and it never decides requests or publishes an activity.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProviderScopeTests {

	static final String OTHER = "provider-scope-other-school";

	@Autowired
	MockMvcTester mvc;

	ActivityFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new ActivityFixtures(mvc);
		fixtures.setUp();
		fixtures.post("/api/v1/organisations",
				"""
						{"ref": "%s", "name": "Provider Scope Other School", "kind": "TRAINING_CENTRE", "city": "Rome", "releasability": "PUBLIC"}"""
					.formatted(OTHER));
	}

	static RequestPostProcessor own() {
		return TestUsers.provider(ActivityFixtures.PROVIDER);
	}

	static RequestPostProcessor other() {
		return TestUsers.provider(OTHER);
	}

	private MvcTestResult send(String method, String uri, RequestPostProcessor user, String json) {
		var request = method.equals("PUT") ? mvc.put().uri(uri) : mvc.post().uri(uri);
		return request.with(user).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}

	private static String activityJson(String ref, String provider, String releasability) {
		return """
				{"ref": "%s", "title": "Provider scope course %s", "area": "defence-reform", "discipline": "defence-planning",
				 "type": "COURSE", "provider": "%s", "delivery": "ONLINE", "durationDays": 3, "clearance": false,
				 "frameworks": ["PFP"], "releasability": "%s", "illustrative": false}"""
			.formatted(ref, ref, provider, releasability);
	}

	private static String eventJson(int seats, boolean milestone) {
		return eventJson(ActivityFixtures.FUTURE, seats, milestone);
	}

	private static String eventJson(LocalDate start, int seats, boolean milestone) {
		return """
				{"start": "%s", "end": "%s", "city": "Oberammergau", "nation": "DEU", "seats": %d, "language": "English",
				 "deadline": "%s", "milestone": %s, "illustrative": false}"""
			.formatted(start, start.plusDays(2), seats, start.minusDays(1), milestone);
	}

	/**
	 * A NATO-only activity of the test school, added by its own provider; answers the
	 * reference.
	 */
	private String ownNatoActivity() {
		String ref = ActivityFixtures.newRef();
		MvcTestResult created = send("POST", "/api/v1/activities", own(),
				activityJson(ref, ActivityFixtures.PROVIDER, "NATO"));
		assertThat(created).as(body(created)).hasStatus(201);
		return ref;
	}

	@Test
	void aProviderAddsActivitiesOfItsOwnOrganisationOnlyAndNeverPublishesThem() {
		String ref = ownNatoActivity();
		assertThat(mvc.get().uri("/api/v1/activities/" + ref).with(own())).hasStatusOk()
			.bodyJson()
			.extractingPath("$.provider")
			.isEqualTo(ActivityFixtures.PROVIDER);

		String foreign = ActivityFixtures.newRef();
		assertThat(send("POST", "/api/v1/activities", own(), activityJson(foreign, OTHER, "PARTNER"))).hasStatus(409);
		assertThat(mvc.get().uri("/api/v1/activities/" + foreign).with(TestUsers.nato())).hasStatus(404);

		String published = ActivityFixtures.newRef();
		MvcTestResult refused = send("POST", "/api/v1/activities", own(),
				activityJson(published, ActivityFixtures.PROVIDER, "PUBLIC"));
		assertThat(refused).hasStatus(400);
		assertThat(body(refused)).contains("releasability");
		assertThat(mvc.get().uri("/api/v1/activities/" + published).with(TestUsers.nato())).hasStatus(404);

		// Neither may a provider take an activity public by revising it.
		MvcTestResult revised = mvc.put()
			.uri("/api/v1/activities/" + ref)
			.with(own())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(activityJson(ref, ActivityFixtures.PROVIDER, "PUBLIC"))
			.exchange();
		assertThat(revised).hasStatus(400);
		assertThat(mvc.get().uri("/api/v1/activities/" + ref)).hasStatus(401);
	}

	@Test
	void anotherProviderNeitherSeesNorKeepsTheActivityItsEventsOrItsRequests() {
		String ref = ownNatoActivity();
		assertThat(mvc.get().uri("/api/v1/activities/" + ref).with(other())).hasStatus(404);
		// An executing agent's account of the same organisation reads for its projects,
		// not its activities.
		assertThat(mvc.get().uri("/api/v1/activities/" + ref).with(TestUsers.agent(ActivityFixtures.PROVIDER)))
			.hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/activities?q=" + ref).with(other())).hasStatusOk()
			.bodyJson()
			.extractingPath("$.page.total")
			.isEqualTo(0);
		assertThat(mvc.get().uri("/api/v1/activities?q=" + ref).with(own())).hasStatusOk()
			.bodyJson()
			.extractingPath("$.page.total")
			.isEqualTo(1);
		assertThat(send("POST", "/api/v1/activities/" + ref + "/events", other(), eventJson(4, false))).hasStatus(404);

		MvcTestResult event = send("POST", "/api/v1/activities/" + ref + "/events", own(), eventJson(4, false));
		assertThat(event).as(body(event)).hasStatus(201);
		String eventId = id(event);
		assertThat(mvc.get().uri("/api/v1/events/" + eventId).with(other())).hasStatus(404);
		assertThat(mvc.post().uri("/api/v1/events/" + eventId + "/open").with(other())).hasStatus(404);
		assertThat(mvc.post().uri("/api/v1/events/" + eventId + "/open").with(own())).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("OPEN");
		assertThat(mvc.get().uri("/api/v1/events/" + eventId + "/participation-requests").with(other())).hasStatus(404);
	}

	@Test
	void aProviderSeesTheRequestsForItsEventsAndRecordsAttendanceButDecidesNothing() {
		String ref = fixtures.pfpCourse("Provider attendance course");
		UUID event = fixtures.event(ref, 4);
		String ukr = id(fixtures.ask(event, "UKR", 1));
		String che = id(fixtures.ask(event, "CHE", 1));

		assertThat(mvc.get().uri("/api/v1/events/" + event + "/participation-requests").with(own())).hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].partner")
			.asArray()
			.containsExactly("UKR", "CHE");
		assertThat(mvc.get().uri("/api/v1/events/" + event + "/participation-requests").with(other())).hasStatus(404);
		assertThat(mvc.get()
			.uri("/api/v1/events/" + event + "/participation-requests")
			.with(TestUsers.agent(ActivityFixtures.PROVIDER))).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/participation-requests/" + ukr).with(own())).hasStatusOk()
			.bodyJson()
			.extractingPath("$.nominees[0].name")
			.isEqualTo("Olena Petrenko");
		assertThat(mvc.get().uri("/api/v1/participation-requests/" + ukr).with(other())).hasStatus(404);

		assertThat(mvc.post().uri("/api/v1/participation-requests/" + ukr + "/approve").with(own())).hasStatus(403);
		fixtures.staff("/api/v1/participation-requests/" + ukr + "/approve");
		fixtures.staff("/api/v1/participation-requests/" + che + "/approve");
		assertThat(mvc.post().uri("/api/v1/events/" + event + "/open").with(own())).hasStatusOk();
		assertThat(mvc.post().uri("/api/v1/events/" + event + "/close").with(own())).hasStatusOk();

		String attended = "{\"attended\": true}";
		assertThat(send("POST", "/api/v1/participation-requests/" + ukr + "/attendance", other(), attended))
			.hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/participation-requests/" + ukr).with(TestUsers.nato())).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("APPROVED");
		assertThat(send("POST", "/api/v1/participation-requests/" + ukr + "/attendance", own(), attended)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("ATTENDED");
		assertThat(
				send("POST", "/api/v1/participation-requests/" + che + "/attendance", own(), "{\"attended\": false}"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("NO_SHOW");
	}

	@Test
	void onlyNatoStaffMarkAnEventAsAMilestone() {
		String ref = ownNatoActivity();
		MvcTestResult refused = send("POST", "/api/v1/activities/" + ref + "/events", own(), eventJson(4, true));
		assertThat(refused).hasStatus(400);
		assertThat(body(refused)).contains("milestone");
		assertThat(mvc.get().uri("/api/v1/activities/" + ref + "/events").with(TestUsers.nato())).hasStatusOk()
			.bodyJson()
			.extractingPath("$.length()")
			.isEqualTo(0);
		MvcTestResult event = send("POST", "/api/v1/activities/" + ref + "/events", own(), eventJson(4, false));
		assertThat(event).hasStatus(201);
		MvcTestResult revised = mvc.put()
			.uri("/api/v1/events/" + id(event))
			.with(own())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(eventJson(6, true))
			.exchange();
		assertThat(revised).hasStatus(400);
		MvcTestResult reseated = mvc.put()
			.uri("/api/v1/events/" + id(event))
			.with(own())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(eventJson(6, false))
			.exchange();
		assertThat(reseated).hasStatusOk().bodyJson().extractingPath("$.seats").isEqualTo(6);

		// Once staff mark it a milestone, the provider no longer moves it to another
		// nation.
		MvcTestResult marked = mvc.put()
			.uri("/api/v1/events/" + id(event))
			.with(TestUsers.nato())
			.header("If-Match", "\"1\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(eventJson(6, true))
			.exchange();
		assertThat(marked).hasStatusOk();
		MvcTestResult moved = mvc.put()
			.uri("/api/v1/events/" + id(event))
			.with(own())
			.header("If-Match", "\"2\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(eventJson(6, true).replace("\"DEU\"", "\"BIH\""))
			.exchange();
		assertThat(moved).hasStatus(400);
		assertThat(body(moved)).contains("nation");
		assertThat(mvc.get().uri("/api/v1/events/" + id(event)).with(TestUsers.nato())).bodyJson()
			.extractingPath("$.nation")
			.isEqualTo("DEU");
	}

	@Test
	void theFillOfEventsIsTheProvidersOwnAndNobodyElsesBeyondTheAlliance() {
		String ref = ownNatoActivity();
		// A day of its own, so that the page's span holds this event and not the suite's
		// many others of the same provider (the list is paginated).
		LocalDate day = ActivityFixtures.FUTURE.plusDays(41);
		assertThat(send("POST", "/api/v1/activities/" + ref + "/events", own(), eventJson(day, 5, false)))
			.hasStatus(201);

		assertThat(mvc.get().uri("/api/v1/activity-providers/fill").with(own())).hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].provider")
			.asArray()
			.containsExactly(ActivityFixtures.PROVIDER);
		assertThat(mvc.get().uri("/api/v1/activity-providers/fill").with(other())).hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].provider")
			.asArray()
			.doesNotContain(ActivityFixtures.PROVIDER);
		assertThat(mvc.get().uri("/api/v1/activity-providers/fill").with(TestUsers.partner("UKR"))).hasStatus(404);

		String span = "/activity-fill?from=" + day + "&to=" + day;
		MvcTestResult page = mvc.get().uri(span).with(own()).exchange();
		assertThat(page).hasStatusOk();
		assertThat(body(page)).contains("Provider scope course " + ref, "/activities/new");
		assertThat(body(mvc.get().uri(span).with(other()).exchange())).doesNotContain("Provider scope course " + ref);
	}

	@Test
	void theEventPageGivesTheProviderAttendanceAndNomineesButNoPartnersButtons() {
		String ref = fixtures.pfpCourse("Provider page course");
		UUID event = fixtures.event(ref, 3);
		String ukr = id(fixtures.ask(event, "UKR", 1));
		fixtures.staff("/api/v1/participation-requests/" + ukr + "/approve");
		fixtures.staff("/api/v1/events/" + event + "/open");
		fixtures.staff("/api/v1/events/" + event + "/close");

		String page = body(mvc.get().uri("/events/" + event).with(own()).exchange());
		assertThat(page).contains("Olena Petrenko", "class=\"btn btn-sm btn-outline-success attended\"",
				"id=\"edit-event\"", "id=\"move-HELD\"");
		assertThat(page).doesNotContain("withdraw", "class=\"btn btn-sm btn-success approve\"");

		String foreign = body(mvc.get().uri("/events/" + event).with(other()).exchange());
		assertThat(foreign).doesNotContain("Olena Petrenko", "edit-event");

		assertThat(mvc.post()
			.uri("/participation-requests/" + ukr + "/attendance")
			.param("attended", "true")
			.with(own())
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/api/v1/participation-requests/" + ukr).with(TestUsers.nato())).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("ATTENDED");
	}

	@Test
	void aProviderWhoseEventsAreAllPastSeesItsLastYearRatherThanAnEmptyPage() {
		// The demo's training centre in Krusevac held its courses from 2009 to 2015.
		String page = body(
				mvc.get().uri("/activity-fill").with(TestUsers.provider("cbrn-training-centre-krusevac")).exchange());
		assertThat(page).contains("value=\"2015-01-01\"", "value=\"2015-12-31\"", "CBRN defence");
		assertThat(page).doesNotContain("nato-school-oberammergau");
		assertThat(body(mvc.get()
			.uri("/activity-fill?from=2030-01-01&to=2030-12-31")
			.with(TestUsers.provider("cbrn-training-centre-krusevac"))
			.exchange())).contains("value=\"2030-01-01\"").doesNotContain("CBRN defence");
	}

}
