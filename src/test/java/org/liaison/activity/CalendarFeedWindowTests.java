package org.liaison.activity;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.TestUsers;
import org.liaison.identity.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.activity.ActivityFixtures.body;
import static org.liaison.activity.ActivityFixtures.id;

/**
 * The days a partner's calendar feed covers, as a subscriber sees them: the window asked
 * for, the default one of a link without dates, and the problems of a window that cannot
 * be answered. Switzerland's feed, read as its own user.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CalendarFeedWindowTests {

	private static final String FEED = "/api/v1/partners/CHE/calendar.ics";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	ActivityFixtures fixtures;

	String ref;

	@BeforeEach
	void course() {
		TestUsers.haveAccounts(accounts, "UKR", "CHE");
		fixtures = new ActivityFixtures(mvc);
		ref = fixtures.pfpCourse("Window course " + UUID.randomUUID());
	}

	@Test
	void anEventInsideTheWindowIsInTheFeedAndOneOutsideIsNot() {
		UUID inside = approvedEvent(LocalDate.of(2031, 4, 14));
		UUID meetingTheFirstDay = approvedEvent(LocalDate.of(2031, 2, 27));
		UUID before = approvedEvent(LocalDate.of(2031, 2, 20));
		UUID after = approvedEvent(LocalDate.of(2031, 7, 1));

		String calendar = read(FEED + "?from=2031-03-01&to=2031-06-30");

		assertThat(calendar).contains(inside + "@liaison", meetingTheFirstDay + "@liaison")
			.doesNotContain(before.toString(), after.toString());
	}

	@Test
	void aWindowShowsAnotherPartnersUserNoneOfThePartnersEvents() {
		UUID inside = approvedEvent(LocalDate.of(2031, 5, 5));

		MvcTestResult other = mvc.get()
			.uri(FEED + "?from=2031-01-01&to=2031-12-31")
			.with(TestUsers.partner("UKR"))
			.exchange();

		assertThat(other).hasStatusOk();
		assertThat(body(other)).startsWith("BEGIN:VCALENDAR").doesNotContain(inside.toString());
		assertThat(mvc.get().uri(FEED + "?from=2031-01-01&to=2031-12-31")).hasStatus(401);
	}

	@Test
	void aLinkWithoutDatesShowsAYearBackAndTwoYearsAhead() {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		UUID nextYear = approvedEvent(today.plusYears(1));
		UUID beyondTwoYears = approvedEvent(today.plusYears(2).plusMonths(2));
		UUID lastSpring = approvedEvent(today.plusMonths(1));
		UUID longAgo = approvedEvent(today.plusMonths(2));
		// Time passes: the approved places stay approved, the events move into the past.
		moveTo(lastSpring, today.minusMonths(10));
		moveTo(longAgo, today.minusMonths(14));

		String calendar = read(FEED);

		assertThat(calendar).contains(nextYear + "@liaison", lastSpring + "@liaison")
			.doesNotContain(beyondTwoYears.toString(), longAgo.toString());
	}

	@Test
	void aMalformedDayIsA400NamingTheParameterAndTheShapeItTakes() {
		assertThat(refused("?from=2031-13-01", "from")).contains("'2031-13-01'", "from", "yyyy-mm-dd");
	}

	@Test
	void aWindowEndingBeforeItStartsIsA400NamingTo() {
		assertThat(refused("?from=2031-06-01&to=2031-05-31", "to")).contains("2031-05-31", "before from (2031-06-01)");
	}

	@Test
	void aWindowLongerThanFiveYearsIsA400SayingHowFarToMayGo() {
		assertThat(refused("?from=2031-01-01&to=2036-01-02", "to")).contains("longer than 5 years",
				"2031-01-01 to 2036-01-01");
		assertThat(mvc.get().uri(FEED + "?from=2031-01-01&to=2036-01-01").with(TestUsers.partner("CHE"))).hasStatusOk();
	}

	private UUID approvedEvent(LocalDate start) {
		UUID event = fixtures.event(ref, 2, start, start.minusDays(1), "CHE", false);
		assertThat(fixtures.staff("/api/v1/participation-requests/" + id(fixtures.ask(event, "CHE", 1)) + "/approve"))
			.hasStatusOk();
		return event;
	}

	private void moveTo(UUID event, LocalDate start) {
		jdbc.sql("update activity_event set start_on = :start, end_on = :end, deadline = :deadline where id = :id")
			.param("start", start)
			.param("end", start.plusDays(4))
			.param("deadline", start.minusDays(1))
			.param("id", event)
			.update();
	}

	/**
	 * Asks as a calendar client does (for text/calendar only) and answers the detail of
	 * the problem, which must name the parameter and no Java type.
	 */
	private String refused(String query, String parameter) {
		MvcTestResult result = mvc.get()
			.uri(FEED + query)
			.header("Accept", "text/calendar")
			.with(TestUsers.partner("CHE"))
			.exchange();
		assertThat(result).hasStatus(400).hasContentType("application/problem+json");
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo(parameter);
		String detail = JsonPath.read(body(result), "$.detail");
		assertThat(detail).doesNotContain("Exception", "java.");
		return detail;
	}

	private String read(String uri) {
		MvcTestResult result = mvc.get().uri(uri).with(TestUsers.partner("CHE")).exchange();
		assertThat(result).hasStatusOk();
		return body(result);
	}

}
