package org.liaison.activity;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.TestUsers;
import org.liaison.shared.Audience;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.activity.ActivityFixtures.body;
import static org.liaison.activity.ActivityFixtures.id;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@SpringBootTest
@AutoConfigureMockMvc
class ActivityPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	EventService eventService;

	@Autowired
	ParticipationService participationService;

	ActivityFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new ActivityFixtures(mvc);
	}

	@Test
	void theMenuIsAPageOrItsResultsFragmentWithFacetsOnTheSameUrl() {
		String ref = fixtures.pfpCourse("Page menu course");
		MvcTestResult page = mvc.get()
			.uri("/activities?q=" + ref + "&type=COURSE")
			.with(TestUsers.partner("UKR"))
			.exchange();
		assertThat(page).hasStatusOk();
		assertThat(body(page)).contains("<html", "menu-search", "Page menu course", "area-facets", "1 activity");
		MvcTestResult fragment = mvc.get()
			.uri("/activities?q=" + ref + "&type=COURSE")
			.header("HX-Request", "true")
			.with(TestUsers.partner("UKR"))
			.exchange();
		assertThat(body(fragment)).doesNotContain("<html").contains("Page menu course", "type-facets");
		assertThat(body(mvc.get().uri("/activities?q=" + ref).exchange())).contains("No activity matches");
		MvcTestResult french = mvc.get().uri("/activities?lang=fr&q=" + ref).with(TestUsers.nato()).exchange();
		assertThat(body(french)).contains("Catalogue de coopération", "1 activité");
	}

	@Test
	void theEventPageShowsStaffEveryRequestAndAPartnerOnlyItsOwn() {
		String ref = fixtures.pfpCourse("Page event course");
		UUID event = fixtures.event(ref, 4);
		String ukr = id(fixtures.ask(event, "UKR", 1));
		String che = id(fixtures.ask(event, "CHE", 1));
		MvcTestResult staff = mvc.get().uri("/events/" + event).with(TestUsers.nato()).exchange();
		assertThat(body(staff)).contains("request-" + ukr, "request-" + che, "bulk-approve");
		MvcTestResult partner = mvc.get().uri("/events/" + event).with(TestUsers.partner("CHE")).exchange();
		assertThat(body(partner)).contains("request-" + che)
			.doesNotContain("request-" + ukr)
			.doesNotContain("bulk-approve");
		assertThat(mvc.post()
			.uri("/participation-requests/" + ukr + "/approve")
			.with(TestUsers.partner("UKR"))
			.with(csrf())).hasStatus(403);
		assertThat(mvc.post()
			.uri("/participation-requests/bulk")
			.with(TestUsers.nato())
			.with(csrf())
			.param("ids", ukr, che)
			.param("decision", "APPROVE")
			.param("event", event.toString())).hasStatus3xxRedirection();
		assertThat(eventService.event(event, Audience.alliance()).approved()).isEqualTo(2);
	}

	@Test
	void aPartnerAsksOnThePageAndBadInputOrABrokenRuleIsShownBesideTheForm() {
		String ref = fixtures.pfpCourse("Page request course");
		UUID event = fixtures.event(ref, 4);
		MvcTestResult bad = mvc.post()
			.uri("/events/" + event + "/requests")
			.with(TestUsers.partner("UKR"))
			.with(csrf())
			.param("seats", "0")
			.exchange();
		assertThat(bad).hasStatusOk();
		assertThat(body(bad)).contains("seats-error", "at least one seat");
		assertThat(participationService.requestsOfEvent(event, Audience.alliance())).isEmpty();
		assertThat(mvc.post()
			.uri("/events/" + event + "/requests")
			.with(TestUsers.partner("UKR"))
			.with(csrf())
			.param("seats", "2")).hasStatus3xxRedirection();
		assertThat(participationService.requestsOfEvent(event, Audience.alliance())).singleElement()
			.satisfies(r -> assertThat(r.seats()).isEqualTo(2));
		UUID late = fixtures.event(ref, 4, LocalDate.now().plusDays(5), LocalDate.now().minusDays(1), "UKR", false);
		MvcTestResult refused = mvc.post()
			.uri("/events/" + late + "/requests")
			.with(TestUsers.partner("UKR"))
			.with(csrf())
			.param("seats", "1")
			.exchange();
		assertThat(body(refused)).contains("id=\"message\"", "Registration");
	}

	@Test
	void theProgrammeGroupsTheYearByAreaWithAChartAndShowsNothingOfAnotherNation() {
		String ref = fixtures.pfpCourse("Programme course");
		UUID event = fixtures.event(ref, 4);
		String ukr = id(fixtures.ask(event, "UKR", 1));
		fixtures.staff("/api/v1/participation-requests/" + ukr + "/approve");
		int year = ActivityFixtures.FUTURE.getYear();
		int page = fixtures.programmePage("UKR", year, request -> ukr.equals(request.get("id")));
		MvcTestResult own = mvc.get()
			.uri("/partners/UKR/programme?year=" + year + "&page=" + page)
			.with(TestUsers.partner("UKR"))
			.exchange();
		assertThat(body(own)).contains("programme-" + ukr, "area-defence-reform", "participation-chart-data",
				"\"type\":\"bar\"", "Approved");
		MvcTestResult other = mvc.get()
			.uri("/partners/UKR/programme?year=" + year)
			.with(TestUsers.partner("CHE"))
			.exchange();
		assertThat(body(other)).doesNotContain("programme-" + ukr).contains("no-requests");
		assertThat(mvc.get().uri("/partners/UKR/programme?year=" + year)).hasStatus3xxRedirection();
	}

	@Test
	void theCalendarShowsTheEventsOfAMonthAndTheFillViewIsForStaff() {
		String ref = fixtures.activity("Calendar seminar", "PUBLIC", "\"frameworks\": [\"PFP\"]");
		LocalDate start = LocalDate.of(2031, 3, 10);
		UUID event = fixtures.event(ref, 10, start, start.minusDays(1), "UKR", false);
		MvcTestResult calendar = mvc.get().uri("/calendar?month=2031-03").exchange();
		assertThat(calendar).hasStatusOk();
		assertThat(body(calendar)).contains("2031-03", "/events/" + event, "Calendar seminar");
		assertThat(mvc.get().uri("/calendar?month=March").with(TestUsers.nato())).hasStatus(400);
		assertThat(mvc.get().uri("/activity-fill").with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains("provider-fill");
		assertThat(mvc.get().uri("/activity-fill").with(TestUsers.partner("UKR"))).hasStatus(404);
	}

	@Test
	void staffRecordAttendanceOnTheEventPageAndThePartnerGivesFeedbackThere() {
		String ref = fixtures.pfpCourse("Page feedback course");
		UUID event = fixtures.event(ref, 4);
		String ukr = id(fixtures.ask(event, "UKR", 1));
		fixtures.staff("/api/v1/participation-requests/" + ukr + "/approve");
		fixtures.staff("/api/v1/events/" + event + "/open");
		fixtures.staff("/api/v1/events/" + event + "/close");
		assertThat(body(mvc.get().uri("/events/" + event).with(TestUsers.nato()).exchange())).contains("attendance");
		assertThat(mvc.post()
			.uri("/participation-requests/" + ukr + "/attendance")
			.with(TestUsers.nato())
			.with(csrf())
			.param("attended", "true")).hasStatus3xxRedirection();
		assertThat(body(mvc.get().uri("/events/" + event).with(TestUsers.partner("UKR")).exchange()))
			.contains("give-feedback");
		assertThat(mvc.post()
			.uri("/participation-requests/" + ukr + "/feedback")
			.with(TestUsers.partner("CHE"))
			.with(csrf())
			.param("rating", "5")).hasStatus(404);
		MvcTestResult bad = mvc.post()
			.uri("/participation-requests/" + ukr + "/feedback")
			.with(TestUsers.partner("UKR"))
			.with(csrf())
			.param("rating", "9")
			.exchange();
		assertThat(body(bad)).contains("rating-error", "is from 1 to 5");
		assertThat(mvc.post()
			.uri("/participation-requests/" + ukr + "/feedback")
			.with(TestUsers.partner("UKR"))
			.with(csrf())
			.param("rating", "4")
			.param("comment", "Well organised.")).hasStatus3xxRedirection();
		assertThat(participationService.request(UUID.fromString(ukr), Audience.alliance()).rating()).isEqualTo(4);
	}

	@Test
	void staffMoveAnEventOnItsPageAndACancellationNeedsAReason() {
		String ref = fixtures.pfpCourse("Page moves course");
		UUID event = fixtures.event(ref, 4);
		String ukr = id(fixtures.ask(event, "UKR", 1));
		assertThat(body(mvc.get().uri("/events/" + event).with(TestUsers.nato()).exchange())).contains("move-OPEN",
				"move-CANCELLED");
		assertThat(mvc.post().uri("/events/" + event + "/open").with(TestUsers.partner("UKR")).with(csrf()))
			.hasStatus(403);
		assertThat(mvc.post().uri("/events/" + event + "/open").with(TestUsers.nato()).with(csrf()))
			.hasStatus3xxRedirection();
		MvcTestResult noReason = mvc.post()
			.uri("/events/" + event + "/cancel")
			.with(TestUsers.nato())
			.with(csrf())
			.exchange();
		assertThat(body(noReason)).contains("reason-error");
		assertThat(eventService.event(event, Audience.alliance()).status()).isEqualTo(EventStatus.OPEN);
		assertThat(mvc.post()
			.uri("/events/" + event + "/cancel")
			.with(TestUsers.nato())
			.with(csrf())
			.param("reason", "Venue flooded")).hasStatus3xxRedirection();
		assertThat(participationService.request(UUID.fromString(ukr), Audience.alliance()).status())
			.isEqualTo(RequestStatus.DECLINED);
		MvcTestResult facets = mvc.get().uri("/activities?q=" + ref).with(TestUsers.nato()).exchange();
		assertThat(body(facets)).contains("/activities?area=defence-reform&amp;q=" + ref.replace(".", "."));
	}

	@Test
	void aCoordinatorNamesTheNomineesOnTheEventPageOneALine() {
		String ref = fixtures.pfpCourse("Nominee course");
		UUID event = fixtures.event(ref, 5);
		String ukr = id(fixtures.ask(event, "UKR", 2));

		MvcTestResult tooMany = mvc.post()
			.uri("/participation-requests/" + ukr + "/nominees")
			.with(TestUsers.partner("UKR"))
			.with(csrf())
			.param("nominees", "Olena Petrenko; Major\nIvan Bondar\nMaria Koval")
			.exchange();
		assertThat(tooMany).hasStatusOk();
		assertThat(body(tooMany)).contains("id=\"nominees-error\"", "at most 2");
		MvcTestResult badLine = mvc.post()
			.uri("/participation-requests/" + ukr + "/nominees")
			.with(TestUsers.partner("UKR"))
			.with(csrf())
			.param("nominees", "; Major")
			.exchange();
		assertThat(body(badLine)).contains("Line 1 names nobody");
		assertThat(participationService.request(UUID.fromString(ukr), Audience.alliance()).nominees())
			.extracting(NomineeData::name)
			.containsExactly("Olena Petrenko");

		assertThat(mvc.post()
			.uri("/participation-requests/" + ukr + "/nominees")
			.with(TestUsers.partner("CHE"))
			.with(csrf())
			.param("nominees", "Hans Muster")).hasStatus(404);
		assertThat(mvc.post()
			.uri("/participation-requests/" + ukr + "/nominees")
			.with(TestUsers.partner("UKR"))
			.with(csrf())
			.param("nominees", "Ivan Bondar; Captain; General Staff\n\nMaria Koval;; Military Academy"))
			.hasStatus3xxRedirection();
		assertThat(participationService.request(UUID.fromString(ukr), Audience.alliance()).nominees()).containsExactly(
				new NomineeData("Ivan Bondar", "Captain", "General Staff"),
				new NomineeData("Maria Koval", null, "Military Academy"));
		assertThat(body(mvc.get().uri("/events/" + event).with(TestUsers.partner("UKR")).exchange()))
			.contains("Ivan Bondar", "Maria Koval; ; Military Academy");
	}

	@Test
	void theProgrammeOpensOnTheLastYearWithPlacesWhenTheCurrentYearHasNone() {
		// Serbia's demo requests run from 2009 to 2015.
		String page = body(mvc.get().uri("/partners/SRB/programme").with(TestUsers.partner("SRB")).exchange());
		assertThat(page).contains("2015", "id=\"previous-year\"", ">2014<");
		assertThat(body(mvc.get().uri("/partners/SRB/programme?year=2030").with(TestUsers.partner("SRB")).exchange()))
			.contains(">2029<", ">2031<");
	}

	@Test
	void theCalendarOpensOnTheMonthOfTheLastEventWhenThisMonthHasNone() {
		ActivityFixtures fixtures = new ActivityFixtures(mvc);
		String ref = fixtures.activity("Calendar fallback course", "PUBLIC", "\"frameworks\": [\"PFP\"]");
		java.time.LocalDate last = java.time.LocalDate.of(2098, 6, 10);
		fixtures.event(ref, 5, last, last.minusDays(1), "UKR", false);
		String page = body(mvc.get().uri("/calendar").exchange());
		if (!page.contains("Calendar fallback course")) {
			// Another test's event may be this month, which the calendar then shows as it
			// should.
			assertThat(page).contains(java.time.YearMonth.now().toString()).doesNotContain("2098-06");
			return;
		}
		assertThat(page).contains("2098-06");
		assertThat(body(mvc.get().uri("/calendar?month=2098-05").exchange()))
			.doesNotContain("Calendar fallback course");
	}

	@Test
	void datesAtTheEdgesOfTheCalendarAreAnsweredNeverAServerError() {
		for (String uri : new String[] { "/activity-fill?from=0001-01-01&to=0001-12-31",
				"/activity-fill?from=9999-01-01&to=9999-12-31", "/activity-fill?from=2015-01-01&to=2014-01-01",
				"/activity-fill?from=yesterday", "/calendar?month=0001-01", "/calendar?month=9999-12",
				"/calendar?month=2015-13", "/partners/UKR/programme?year=-5",
				"/partners/UKR/programme?year=99999999999",
				"/api/v1/activity-providers/fill?from=0001-01-01&to=9999-12-31" }) {
			int status = mvc.get().uri(uri).with(TestUsers.nato()).exchange().getResponse().getStatus();
			assertThat(status).as(uri).isIn(200, 400);
		}
	}

}
