package org.liaison.activity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.TestPartners;
import org.liaison.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.activity.ActivityFixtures.body;
import static org.liaison.activity.ActivityFixtures.id;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A partner asked for places, and NATO staff then made the activity {@code NATO}-only (a
 * revision through the API): every read that joins the partner's request to its event and
 * activity shows that partner the request and where it stands, and nothing of what it is
 * for (the activity's reference, title and area, the event's id, dates and place); NATO
 * staff still see all of it. Algeria is this class's own partner.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WithheldActivityScopeTests {

	private static final String PARTNER = "DZA";

	@Autowired
	MockMvcTester mvc;

	ActivityFixtures fixtures;

	/** This test's request, whose activity is NATO-only since the partner asked. */
	Withheld withheld;

	record Withheld(String ref, String title, String city, LocalDate start, LocalDate end, String event,
			String request) {

		/**
		 * Everything of the event and activity, as a page, JSON or a calendar may write
		 * it.
		 */
		List<String> facts() {
			return List.of(ref, title, city, start.toString(), end.toString(),
					start.format(DateTimeFormatter.BASIC_ISO_DATE), end.format(DateTimeFormatter.BASIC_ISO_DATE),
					event);
		}

		int year() {
			return start.getYear();
		}

	}

	@BeforeEach
	void aRequestForAnActivityStaffThenMadeNatoOnly() {
		fixtures = new ActivityFixtures(mvc);
		fixtures.setUp();
		TestPartners.ensure(mvc, PARTNER);
		String title = "Reclassified course " + UUID.randomUUID();
		String ref = fixtures.activity(title, "PARTNER", "\"nations\": [\"" + PARTNER + "\"]");
		// A year and a place of this test's own, so that no other request of the partner
		// names them.
		LocalDate start = LocalDate.of(ThreadLocalRandom.current().nextInt(2040, 2090), 3,
				ThreadLocalRandom.current().nextInt(2, 20));
		String city = "Oran-" + UUID.randomUUID().toString().substring(0, 8);
		MvcTestResult event = fixtures.post("/api/v1/activities/" + ref + "/events", """
				{"start": "%s", "end": "%s", "city": "%s", "nation": "%s", "seats": 3, "language": "English",
				 "deadline": "%s", "milestone": false, "illustrative": false}""".formatted(start, start.plusDays(4),
				city, PARTNER, start.minusDays(1)));
		assertThat(event).hasStatus(201);
		MvcTestResult asked = fixtures.ask(UUID.fromString(id(event)), PARTNER, 1);
		assertThat(asked).hasStatus(201);
		assertThat(fixtures.staff("/api/v1/participation-requests/" + id(asked) + "/approve")).hasStatusOk();
		withheld = new Withheld(ref, title, city, start, start.plusDays(4), id(event), id(asked));

		// Staff reclassify the activity.
		MvcTestResult before = mvc.get().uri("/api/v1/activities/" + ref).with(TestUsers.nato()).exchange();
		MvcTestResult revised = mvc.put()
			.uri("/api/v1/activities/" + ref)
			.with(TestUsers.nato())
			.header("If-Match", before.getResponse().getHeader("ETag"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"ref": "%s", "title": "%s", "description": "A course.", "area": "defence-reform",
							 "discipline": "defence-planning", "type": "COURSE", "provider": "%s", "delivery": "RESIDENTIAL",
							 "durationDays": 5, "clearance": false, "nations": ["%s"], "fee": {"amount": "100.00", "currency": "EUR"},
							 "releasability": "NATO", "illustrative": false}"""
						.formatted(ref, title, ActivityFixtures.PROVIDER, PARTNER))
			.exchange();
		assertThat(revised).hasStatusOk().bodyJson().extractingPath("$.releasability").isEqualTo("NATO");
	}

	@Test
	void thePartnerReadsItsRequestAndItsStatusButNothingOfTheActivity() {
		MvcTestResult partner = get("/api/v1/participation-requests/" + withheld.request(), partner());
		assertThat(partner).hasStatusOk();
		String json = body(partner);
		assertThat((String) JsonPath.read(json, "$.status")).isEqualTo("APPROVED");
		assertThat((Integer) JsonPath.read(json, "$.seats")).isEqualTo(1);
		assertThat((Boolean) JsonPath.read(json, "$.withheld")).isTrue();
		Map<String, Object> request = JsonPath.read(json, "$");
		for (String field : List.of("eventId", "activityRef", "activityTitle", "area", "areaName", "eventStart",
				"eventEnd", "city", "eventNation")) {
			assertThat(request.get(field)).as(field).isNull();
		}
		assertThat(json).doesNotContain(withheld.facts());

		String staff = body(get("/api/v1/participation-requests/" + withheld.request(), TestUsers.nato()));
		assertThat(staff).contains(withheld.ref(), withheld.title(), withheld.city(), withheld.start().toString(),
				withheld.event());
		assertThat((Boolean) JsonPath.read(staff, "$.withheld")).isFalse();
	}

	@Test
	void thePartnersProgrammeListsTheRequestApartWithoutWhatItIsFor() {
		List<Map<String, Object>> partner = programme(withheld.year(), partner());
		assertThat(partner).filteredOn(request -> withheld.request().equals(request.get("id")))
			.singleElement()
			.satisfies(request -> assertThat(request.get("area")).isNull())
			.satisfies(request -> assertThat(request.get("withheld")).isEqualTo(true))
			.satisfies(request -> assertThat(request.get("status")).isEqualTo("APPROVED"));
		assertThat(partner.get(partner.size() - 1).get("id")).as("the withheld requests come last, by when asked")
			.isEqualTo(withheld.request());
		assertThat(partner.toString()).doesNotContain(withheld.facts());
		// Its year is withheld as well: it is on every year's programme, never on one.
		assertThat(programme(withheld.year() + 1, partner()))
			.anySatisfy(request -> assertThat(request.get("id")).isEqualTo(withheld.request()));

		assertThat(programme(withheld.year(), TestUsers.nato()))
			.filteredOn(request -> withheld.request().equals(request.get("id")))
			.singleElement()
			.satisfies(request -> assertThat(request).containsEntry("activityRef", withheld.ref())
				.containsEntry("activityTitle", withheld.title())
				.containsEntry("city", withheld.city()));
		assertThat(programme(withheld.year() + 1, TestUsers.nato()))
			.noneSatisfy(request -> assertThat(request.get("id")).isEqualTo(withheld.request()));
	}

	@Test
	void thePartnersCountsLeaveOutTheSeatsOfTheWithheldEvent() {
		String partner = body(get("/api/v1/partners/" + PARTNER + "/participation/counts", partner()));
		assertThat((List<?>) JsonPath.read(partner, "$[?(@.year == " + withheld.year() + ")]")).isEmpty();

		String staff = body(get("/api/v1/partners/" + PARTNER + "/participation/counts", TestUsers.nato()));
		List<Integer> seats = JsonPath.read(staff,
				"$[?(@.year == " + withheld.year() + " && @.area == 'defence-reform')].seats");
		assertThat(seats).singleElement().satisfies(n -> assertThat(n).isGreaterThanOrEqualTo(1));
	}

	@Test
	void theProgrammePageAndItsChartShowTheRequestWithoutWhatItIsFor() {
		// The withheld requests come last, the partner's latest last of all: on the last
		// page of the programme.
		int last = (programme(withheld.year(), partner()).size() - 1) / 25;
		MvcTestResult partner = get("/partners/" + PARTNER + "/programme?year=" + withheld.year() + "&page=" + last,
				partner());
		assertThat(partner).hasStatusOk();
		String page = body(partner);
		assertThat(page).contains("id=\"programme-" + withheld.request() + "\"", "id=\"withheld\"");
		assertThat(page).doesNotContain(withheld.facts());
		assertThat(chart(page)).doesNotContain(String.valueOf(withheld.year()));

		String staff = body(get("/partners/" + PARTNER + "/programme?year=" + withheld.year(), TestUsers.nato()));
		assertThat(staff).contains(withheld.ref(), withheld.title(), withheld.city(), withheld.start().toString(),
				"/events/" + withheld.event());
		assertThat(chart(staff)).contains(String.valueOf(withheld.year()));
	}

	@Test
	void thePartnersCalendarLeavesOutTheWithheldEvent() {
		String feed = "/api/v1/partners/" + PARTNER + "/calendar.ics?from=" + withheld.start() + "&to="
				+ withheld.end();
		String partner = unfolded(body(get(feed, partner())));
		assertThat(partner).startsWith("BEGIN:VCALENDAR").doesNotContain(withheld.facts());

		String staff = unfolded(body(get(feed, TestUsers.nato())));
		assertThat(staff).contains(withheld.title(), withheld.city(),
				withheld.start().format(DateTimeFormatter.BASIC_ISO_DATE));
	}

	@Test
	void thePartnersDossierLeavesOutTheWithheldRequestEventAndActivity() {
		MvcTestResult partner = get("/api/v1/partners/" + PARTNER + "/dossier", partner());
		assertThat(partner).hasStatusOk();
		String json = body(partner);
		assertThat(json).doesNotContain(withheld.facts());
		assertThat((List<?>) JsonPath.read(json, "$.participationRequests[?(@.activityRef == null)]")).isEmpty();

		String staff = body(get("/api/v1/partners/" + PARTNER + "/dossier", TestUsers.nato()));
		assertThat((List<?>) JsonPath.read(staff, "$.participationRequests[?(@.activityRef == '" + withheld.ref()
				+ "' && @.eventCity == '" + withheld.city() + "')]"))
			.hasSize(1);
		assertThat(staff).contains(withheld.title());
	}

	@Test
	void theMenuAsCsvLeavesOutTheWithheldActivity() {
		assertThat(body(get("/api/v1/activities.csv", partner()))).doesNotContain(withheld.ref(), withheld.title());
		assertThat(body(get("/api/v1/activities.csv", TestUsers.nato()))).contains(withheld.ref(), withheld.title());
	}

	@Test
	void theEventAndItsRequestsAreNotFoundByThePartner() {
		assertThat(get("/events/" + withheld.event(), partner())).hasStatus(404);
		assertThat(get("/api/v1/events/" + withheld.event() + "/participation-requests", partner())).hasStatus(404);
		assertThat(body(get("/api/v1/events/" + withheld.event() + "/participation-requests", TestUsers.nato())))
			.contains(withheld.request());
	}

	@Test
	void thePartnersOwnMovesOnTheRequestAnswerAsThePartnerReads() {
		MvcTestResult nominated = mvc.post()
			.uri("/api/v1/participation-requests/" + withheld.request() + "/nominees")
			.with(partner())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"nominees": [{"name": "Rania Haddad", "rankOrFunction": "Captain"}]}""")
			.exchange();
		assertThat(nominated).hasStatusOk().bodyJson().extractingPath("$.nominees[0].name").isEqualTo("Rania Haddad");
		assertThat(body(nominated)).doesNotContain(withheld.facts());

		MvcTestResult withdrawn = mvc.post()
			.uri("/api/v1/participation-requests/" + withheld.request() + "/withdraw")
			.with(partner())
			.exchange();
		assertThat(withdrawn).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("WITHDRAWN");
		assertThat(body(withdrawn)).doesNotContain(withheld.facts());
	}

	@Test
	void withdrawingOnThePageReturnsToTheProgrammeNotToTheWithheldEvent() {
		assertThat(mvc.post()
			.uri("/participation-requests/" + withheld.request() + "/withdraw")
			.with(partner())
			.with(csrf())
			.exchange()).hasStatus3xxRedirection().hasRedirectedUrl("/partners/" + PARTNER + "/programme");
		assertThat(body(get("/api/v1/participation-requests/" + withheld.request(), partner()))).contains("WITHDRAWN");
	}

	/**
	 * The partner's requests of a year as the user reads them, page by page as a client
	 * would, in the programme's order.
	 */
	private List<Map<String, Object>> programme(int year, RequestPostProcessor user) {
		List<Map<String, Object>> requests = new ArrayList<>();
		int pages = 1;
		for (int page = 0; page < pages; page++) {
			MvcTestResult result = get(
					"/api/v1/partners/" + PARTNER + "/participation?year=" + year + "&size=200&page=" + page, user);
			assertThat(result).hasStatusOk();
			String json = body(result);
			pages = (JsonPath.<Integer>read(json, "$.total") + 199) / 200;
			requests.addAll(JsonPath.<List<Map<String, Object>>>read(json, "$.items[*]"));
		}
		return requests;
	}

	private MvcTestResult get(String uri, RequestPostProcessor user) {
		return mvc.get().uri(uri).with(user).exchange();
	}

	private static RequestPostProcessor partner() {
		return TestUsers.partner(PARTNER);
	}

	/** The chart's options, as the page hands them to ECharts. */
	private static String chart(String page) {
		int start = page.indexOf("id=\"participation-chart-data\">");
		assertThat(start).as("the chart's data").isNotNegative();
		return page.substring(start, page.indexOf("</script>", start));
	}

	/** An iCalendar text with its folded lines joined (RFC 5545, 3.1). */
	private static String unfolded(String ics) {
		return ics.replace("\r\n ", "");
	}

}
