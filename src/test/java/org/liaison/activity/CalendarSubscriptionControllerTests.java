package org.liaison.activity;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.TestUsers;
import org.liaison.shared.NationCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.activity.ActivityFixtures.body;
import static org.liaison.activity.ActivityFixtures.id;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The calendar subscription section of a partner's programme page: a link shown once, and
 * revoked.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CalendarSubscriptionControllerTests {

	private static final NationCode UKR = NationCode.of("UKR");

	private static final Pattern LINK = Pattern.compile("id=\"calendar-link\" value=\"([^\"]+)\"");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CalendarFeed calendarFeed;

	@Autowired
	JdbcClient jdbc;

	ActivityFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new ActivityFixtures(mvc);
		fixtures.setUp();
		TestUsers.haveAccounts(accounts, "UKR", "CHE");
	}

	@Autowired
	org.liaison.identity.AccountService accounts;

	@Test
	void aCoordinatorCreatesALinkShownOnceThatReadsTheFeedUntilRevoked() {
		String ref = fixtures.pfpCourse("Subscription course");
		// Inside the window a link without dates covers.
		LocalDate start = LocalDate.now().plusMonths(7);
		UUID event = fixtures.event(ref, 2, start, start.minusDays(1), "UKR", false);
		fixtures.staff("/api/v1/participation-requests/" + id(fixtures.ask(event, "UKR", 1)) + "/approve");
		// Other tests issue tokens to the same user; this one starts from none of its
		// own.
		calendarFeed.revokeCalendarTokens(UKR, "partner-ukr");

		MvcTestResult before = mvc.get().uri("/partners/UKR/programme").with(TestUsers.partner("UKR")).exchange();
		assertThat(body(before))
			.contains("id=\"calendar-subscription\"", "create-calendar-link", "You have no active subscription link")
			.doesNotContain("revoke-calendar-links", "calendar-link-once");

		MvcTestResult created = mvc.post()
			.uri("/partners/UKR/calendar-token")
			.with(TestUsers.partner("UKR"))
			.with(csrf())
			.exchange();
		assertThat(created).hasStatusOk();
		assertThat(body(created)).contains("<html", "calendar-link-once", "shown only once", "Anyone who has the link");
		// The token is on this answer alone: no browser or proxy may keep a copy of it.
		assertThat(created.getResponse().getHeader("Cache-Control")).contains("no-store");
		String link = link(created);
		assertThat(link).startsWith("http://localhost/api/v1/partners/UKR/calendar.ics?token=");
		String token = link.substring(link.indexOf("token=") + "token=".length());

		MvcTestResult feed = mvc.get().uri(URI.create(link)).exchange();
		assertThat(feed).hasStatusOk();
		assertThat(feed.getResponse().getContentType()).startsWith("text/calendar");
		assertThat(body(feed)).contains(event + "@liaison");

		MvcTestResult reloaded = mvc.get().uri("/partners/UKR/programme").with(TestUsers.partner("UKR")).exchange();
		assertThat(body(reloaded)).contains("You have one active subscription link", "revoke-calendar-links")
			.doesNotContain(token, "calendar-link-once");
		assertThat(body(mvc.get().uri("/partners/UKR/programme?lang=fr").with(TestUsers.partner("UKR")).exchange()))
			.contains("Abonnement au calendrier", "Vous avez un lien actif");

		// With htmx the section alone comes back, to take its own place on the page.
		MvcTestResult fragment = mvc.post()
			.uri("/partners/UKR/calendar-token")
			.header("HX-Request", "true")
			.with(TestUsers.partner("UKR"))
			.with(csrf())
			.exchange();
		assertThat(body(fragment)).doesNotContain("<html")
			.contains("id=\"calendar-subscription\"", "2 active subscription links");
		String second = link(fragment);
		assertThat(second).isNotEqualTo(link);

		// Staff hold links of their own for the same feed; a coordinator's revocation
		// leaves them alone.
		String staffLink = link(
				mvc.post().uri("/partners/UKR/calendar-token").with(TestUsers.nato()).with(csrf()).exchange());

		MvcTestResult revoked = mvc.post()
			.uri("/partners/UKR/calendar-token/revoke")
			.with(TestUsers.partner("UKR"))
			.with(csrf())
			.exchange();
		assertThat(revoked).hasStatusOk();
		assertThat(body(revoked)).contains("calendar-revoked", "Your 2 subscription links are revoked",
				"You have no active subscription link");
		// An unknown token reads as a request without sign-in, as the API answers it.
		assertThat(mvc.get().uri(URI.create(link))).hasStatus(401);
		assertThat(mvc.get().uri(URI.create(second))).hasStatus(401);
		assertThat(mvc.get().uri(URI.create(staffLink))).hasStatusOk();
		assertThat(calendarFeed.calendarTokens(UKR, "nato-test").active()).isTrue();

		mvc.post().uri("/partners/UKR/calendar-token/revoke").with(TestUsers.nato()).with(csrf()).exchange();
		assertThat(mvc.get().uri(URI.create(staffLink))).hasStatus(401);
	}

	@Test
	void anotherNationsCoordinatorNeitherSeesTheSectionNorCreatesALink() {
		assertThat(body(mvc.get().uri("/partners/CHE/programme").with(TestUsers.partner("CHE")).exchange()))
			.contains("id=\"calendar-subscription\"");
		MvcTestResult other = mvc.get().uri("/partners/UKR/programme").with(TestUsers.partner("CHE")).exchange();
		assertThat(other).hasStatusOk();
		assertThat(body(other)).doesNotContain("calendar-subscription", "create-calendar-link");

		MvcTestResult refused = mvc.post()
			.uri("/partners/UKR/calendar-token")
			.with(TestUsers.partner("CHE"))
			.with(csrf())
			.exchange();
		assertThat(refused).hasStatus(404);
		assertThat(body(refused)).doesNotContain("calendar-link");
		assertThat(calendarFeed.calendarTokens(UKR, "partner-che").count()).isZero();
		// An Ally reads every programme but holds no link to a partner's feed.
		assertThat(mvc.post().uri("/partners/UKR/calendar-token").with(TestUsers.ally()).with(csrf())).hasStatus(403);
		assertThat(body(mvc.get().uri("/partners/UKR/programme").with(TestUsers.ally()).exchange()))
			.doesNotContain("calendar-subscription");
	}

	@Test
	void anAnonymousPostIsSentToSignInAndCreatesNothing() {
		long tokens = jdbc.sql("select count(*) from activity_calendar_token").query(Long.class).single();
		MvcTestResult anonymous = mvc.post().uri("/partners/UKR/calendar-token").with(csrf()).exchange();
		assertThat(anonymous).hasStatus3xxRedirection();
		assertThat(anonymous.getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(mvc.post().uri("/partners/UKR/calendar-token/revoke").with(csrf())).hasStatus3xxRedirection();
		// Without the form's CSRF token even a signed-in user's post is refused.
		assertThat(mvc.post().uri("/partners/UKR/calendar-token").with(TestUsers.partner("UKR"))).hasStatus(403);
		assertThat(jdbc.sql("select count(*) from activity_calendar_token").query(Long.class).single())
			.isEqualTo(tokens);
	}

	private static String link(MvcTestResult page) {
		Matcher matcher = LINK.matcher(body(page));
		assertThat(matcher.find()).as("a subscription link on the page").isTrue();
		return matcher.group(1);
	}

}
