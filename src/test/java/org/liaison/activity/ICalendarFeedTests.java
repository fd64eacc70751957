package org.liaison.activity;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.identity.AccountService;
import org.liaison.identity.Role;
import org.liaison.shared.NationCode;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.liaison.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.activity.ActivityFixtures.body;
import static org.liaison.activity.ActivityFixtures.id;

/** A partner's approved events as iCalendar, read back with ical4j. */
@SpringBootTest
@AutoConfigureMockMvc
class ICalendarFeedTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountService accounts;

	@BeforeEach
	void accounts() {
		TestUsers.haveAccounts(accounts, "UKR", "CHE");
	}

	@Test
	void aPartnersApprovedEventsAreAValidCalendarForItsUsersOnly() throws Exception {
		ActivityFixtures fixtures = new ActivityFixtures(mvc);
		String title = "Calendar course with a long title, commas; and semicolons that needs folding "
				+ UUID.randomUUID();
		String ref = fixtures.pfpCourse(title);
		LocalDate start = LocalDate.of(2032, 5, 3);
		UUID approved = fixtures.event(ref, 2, start, start.minusDays(1), "CHE", false);
		UUID waitlisted = fixtures.event(ref, 1, start.plusDays(7), start, "CHE", false);
		String mine = id(fixtures.ask(approved, "CHE", 1));
		fixtures.staff("/api/v1/participation-requests/" + mine + "/approve");
		fixtures.ask(waitlisted, "CHE", 1);
		fixtures.staff("/api/v1/participation-requests/" + id(fixtures.ask(waitlisted, "UKR", 1)) + "/approve");

		String feed = "/api/v1/partners/CHE/calendar.ics?from=2032-05-01&to=2032-05-31";
		MvcTestResult result = mvc.get().uri(feed).with(TestUsers.partner("CHE")).exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).startsWith("text/calendar");
		String ics = body(result);
		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
		}
		assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		assertThat(calendar.getProperty("PRODID")).isPresent();
		assertThat(calendar.getProperty("VERSION").orElseThrow().getValue()).isEqualTo("2.0");
		List<VEvent> events = calendar.getComponents("VEVENT");
		VEvent event = events.stream()
			.filter(e -> e.getProperty("UID").orElseThrow().getValue().equals(approved + "@liaison"))
			.findFirst()
			.orElseThrow();
		assertThat(event.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo(title + " (" + ref + ")");
		assertThat(event.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("Kyiv, CHE");
		assertThat(event.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20320503");
		assertThat(event.getProperty("DTEND").orElseThrow().getValue()).isEqualTo("20320508");
		assertThat(event.getProperty("DTSTAMP")).isPresent();
		assertThat(events)
			.noneMatch(e -> e.getProperty("UID").orElseThrow().getValue().equals(waitlisted + "@liaison"));

		MvcTestResult other = mvc.get().uri(feed).with(TestUsers.partner("UKR")).exchange();
		assertThat(body(other)).doesNotContain(approved.toString());
		assertThat(mvc.get().uri(feed)).hasStatus(401);
		assertThat(body(mvc.get().uri(feed).with(TestUsers.nato()).exchange())).contains(approved.toString());
	}

	@Test
	void aCalendarClientReadsTheFeedWithATokenWhoseHashAloneIsKept() {
		ActivityFixtures fixtures = new ActivityFixtures(mvc);
		String ref = fixtures.pfpCourse("Token course");
		// Inside the window a link without dates covers.
		LocalDate start = LocalDate.now().plusMonths(5);
		UUID event = fixtures.event(ref, 2, start, start.minusDays(1), "UKR", false);
		fixtures.staff("/api/v1/participation-requests/" + id(fixtures.ask(event, "UKR", 1)) + "/approve");

		MvcTestResult issued = mvc.post()
			.uri("/api/v1/partners/UKR/calendar-tokens")
			.with(TestUsers.partner("UKR"))
			.exchange();
		assertThat(issued).hasStatus(201);
		String token = com.jayway.jsonpath.JsonPath.read(body(issued), "$.token");
		assertThat(mvc.post().uri("/api/v1/partners/UKR/calendar-tokens").with(TestUsers.partner("CHE")))
			.hasStatus(404);
		assertThat(mvc.post().uri("/api/v1/partners/UKR/calendar-tokens")).hasStatus(401);

		assertThat(body(mvc.get().uri("/api/v1/partners/UKR/calendar.ics?token=" + token).exchange()))
			.contains(event + "@liaison");
		assertThat(mvc.get().uri("/api/v1/partners/UKR/calendar.ics?token=not-" + token)).hasStatus(401);
		assertThat(mvc.get().uri("/api/v1/partners/CHE/calendar.ics?token=" + token)).hasStatus(401);
		assertThat(jdbc.sql("select count(*) from activity_calendar_token where token_hash = :t")
			.param("t", token)
			.query(Long.class)
			.single()).isZero();

		assertThat(mvc.delete().uri("/api/v1/partners/UKR/calendar-tokens").with(TestUsers.partner("UKR")))
			.hasStatus(204);
		assertThat(mvc.get().uri("/api/v1/partners/UKR/calendar.ics?token=" + token)).hasStatus(401);
	}

	@Test
	void revokingCalendarLinksThatAreNotThereIsA404AndRevokesNothing() {
		String feed = "/api/v1/partners/UKR/calendar-tokens";
		String token = com.jayway.jsonpath.JsonPath
			.read(body(mvc.post().uri(feed).with(TestUsers.partner("UKR")).exchange()), "$.token");

		// Another partner's user holds no link to Ukraine's calendar: nothing to revoke.
		assertThat(mvc.delete().uri(feed).with(TestUsers.partner("CHE"))).hasStatus(404)
			.hasContentType("application/problem+json")
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("calendar link", "UKR");
		assertThat(mvc.get().uri("/api/v1/partners/UKR/calendar.ics?token=" + token)).hasStatusOk();

		assertThat(mvc.delete().uri(feed).with(TestUsers.partner("UKR"))).hasStatus(204);
		assertThat(mvc.delete().uri(feed).with(TestUsers.partner("UKR"))).hasStatus(404)
			.hasContentType("application/problem+json");
	}

	@Test
	void aTokenDiesWithItsHoldersAccessAndComesBackWithIt() {
		String holder = "calendar-holder-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(holder, "a-test-password-of-the-holder", Role.PARTNER, NationCode.of("UKR"));
		RequestPostProcessor user = SecurityMockMvcRequestPostProcessors.user(holder)
			.authorities(new SimpleGrantedAuthority("ROLE_PARTNER"), new SimpleGrantedAuthority("NATION_UKR"));
		String token = com.jayway.jsonpath.JsonPath
			.read(body(mvc.post().uri("/api/v1/partners/UKR/calendar-tokens").with(user).exchange()), "$.token");
		String feed = "/api/v1/partners/UKR/calendar.ics?token=" + token;
		assertThat(mvc.get().uri(feed)).hasStatusOk();

		accounts.disable(holder, null, "admin");
		assertThat(mvc.get().uri(feed)).hasStatus(401);
		accounts.enable(holder, null);
		assertThat(mvc.get().uri(feed)).hasStatusOk();
	}

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

}
