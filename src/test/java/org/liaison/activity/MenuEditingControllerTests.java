package org.liaison.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.TestUsers;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.shared.Releasability;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.liaison.activity.ActivityFixtures.body;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The pages that keep the menu, as a keeper uses them: forms that save and lead to the
 * record, send back every problem beside its field without writing anything, refuse a
 * stale version, and offer a provider only what it may choose.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MenuEditingControllerTests {

	private static final LocalDate START = LocalDate.now().plusYears(3).withDayOfYear(120);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	EventService eventService;

	@Autowired
	MenuService menuService;

	ActivityFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new ActivityFixtures(mvc);
		fixtures.setUp();
	}

	@Test
	void staffCreateAnActivityThroughTheFormAndItShowsOnItsPage() {
		MvcTestResult form = mvc.get().uri("/activities/new").with(TestUsers.nato()).exchange();
		assertThat(form).hasStatusOk();
		assertThat(body(form)).contains("id=\"activity-form\"", "Defence reform", "<option value=\"PUBLIC\"",
				"name=\"provider\"");

		String ref = ActivityFixtures.newRef();
		MultiValueMap<String, String> fields = activityFields(ref, "Form-made logistics course",
				ActivityFixtures.PROVIDER);
		fields.set("releasability", "PUBLIC");
		MvcTestResult saved = mvc.post()
			.uri("/activities")
			.with(TestUsers.nato())
			.with(csrf())
			.params(fields)
			.exchange();
		assertThat(saved).hasStatus3xxRedirection().hasRedirectedUrl("/activities/" + ref);
		assertThat(saved).flash().containsEntry("flash", "activity.saved");

		ActivitySummary activity = menuService.activity(ref, Audience.alliance());
		assertThat(activity.title()).isEqualTo("Form-made logistics course");
		assertThat(activity.frameworks()).containsExactly("MD", "PFP");
		assertThat(activity.nations()).containsExactly(NationCode.of("MDA"), NationCode.of("SRB"));
		assertThat(activity.fee().amount()).isEqualByComparingTo(new BigDecimal("250"));
		assertThat(activity.fee().currency().getCurrencyCode()).isEqualTo("EUR");
		assertThat(activity.clearance()).isTrue();
		assertThat(activity.durationDays()).isEqualTo(5);
		assertThat(activity.releasability()).isEqualTo(Releasability.PUBLIC);
		assertThat(activity.activeFrom()).isEqualTo(LocalDate.of(2030, 1, 1));

		MvcTestResult page = mvc.get().uri("/activities/" + ref).exchange();
		assertThat(page).hasStatusOk();
		assertThat(body(page)).contains("Form-made logistics course", "MD PFP MDA SRB");
	}

	@Test
	void badActivityInputIsShownBesideEachFieldAndNothingIsWritten() throws Exception {
		String ref = ActivityFixtures.newRef();
		MultiValueMap<String, String> fields = activityFields(ref, "", ActivityFixtures.PROVIDER);
		fields.set("fee", "twelve");
		fields.set("durationDays", "5 days");
		fields.set("nations", "SRB Moldova");
		fields.set("activeFrom", "2030-02-30");
		MvcTestResult bad = mvc.post().uri("/activities").with(TestUsers.nato()).with(csrf()).params(fields).exchange();
		assertThat(bad).hasStatusOk();
		assertThat(body(bad)).contains("id=\"form-errors\"", "id=\"title-error\"", "id=\"fee-error\"",
				"'twelve' is not an amount", "id=\"durationDays-error\"", "id=\"nations-error\"",
				"'Moldova' is not a nation code", "id=\"activeFrom-error\"");
		// What was typed comes back as typed, to be mended.
		assertThat(body(bad)).contains("value=\"twelve\"", "value=\"SRB Moldova\"");
		assertThatThrownBy(() -> menuService.activity(ref, Audience.alliance()))
			.isInstanceOf(RecordNotFoundException.class);

		// A fee that cannot be read is not a fee left out: the otherwise valid activity
		// is not saved without it.
		MultiValueMap<String, String> onlyTheFee = activityFields(ref, "A course with a fee of too many decimals",
				ActivityFixtures.PROVIDER);
		onlyTheFee.set("fee", "12.345");
		MvcTestResult feeRefused = mvc.post()
			.uri("/activities")
			.with(TestUsers.nato())
			.with(csrf())
			.params(onlyTheFee)
			.exchange();
		assertThat(body(feeRefused)).contains("id=\"fee-error\"", "decimal places");
		assertThatThrownBy(() -> menuService.activity(ref, Audience.alliance()))
			.isInstanceOf(RecordNotFoundException.class);

		MultiValueMap<String, String> badRef = activityFields("ACT-396", "A course with a bad reference",
				ActivityFixtures.PROVIDER);
		MvcTestResult refused = mvc.post()
			.uri("/activities")
			.with(TestUsers.nato())
			.with(csrf())
			.params(badRef)
			.exchange();
		assertThat(body(refused)).contains("id=\"ref-error\"", "is a reference such as ACT.396");
		java.io.StringWriter csv = new java.io.StringWriter();
		menuService.writeCsv(Audience.alliance(), csv);
		assertThat(csv.toString()).doesNotContain("A course with a bad reference");
	}

	@Test
	void aProviderCreatesActivitiesForItsOwnOrganisationOnlyAndCannotPublishThem() {
		String organisation = newOrganisation();
		MvcTestResult form = mvc.get().uri("/activities/new").with(TestUsers.provider(organisation)).exchange();
		assertThat(form).hasStatusOk();
		assertThat(body(form))
			.contains("<input type=\"hidden\" name=\"provider\" value=\"" + organisation + "\">",
					"id=\"provider\">" + organisation)
			.doesNotContain("<option value=\"PUBLIC\"");

		String ref = ActivityFixtures.newRef();
		MultiValueMap<String, String> fields = activityFields(ref, "Provider-made course", organisation);
		fields.remove("provider");
		assertThat(mvc.post().uri("/activities").with(TestUsers.provider(organisation)).with(csrf()).params(fields))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/activities/" + ref);
		assertThat(menuService.activity(ref, Audience.alliance()).provider()).isEqualTo(organisation);

		String publicRef = ActivityFixtures.newRef();
		MultiValueMap<String, String> published = activityFields(publicRef, "Provider-published course", organisation);
		published.set("releasability", "PUBLIC");
		MvcTestResult notPublished = mvc.post()
			.uri("/activities")
			.with(TestUsers.provider(organisation))
			.with(csrf())
			.params(published)
			.exchange();
		assertThat(body(notPublished)).contains("id=\"releasability-error\"",
				"only NATO staff make an activity public");
		assertThatThrownBy(() -> menuService.activity(publicRef, Audience.alliance()))
			.isInstanceOf(RecordNotFoundException.class);

		String otherRef = ActivityFixtures.newRef();
		MvcTestResult otherProvider = mvc.post()
			.uri("/activities")
			.with(TestUsers.provider(organisation))
			.with(csrf())
			.params(activityFields(otherRef, "Course of another school", ActivityFixtures.PROVIDER))
			.exchange();
		assertThat(otherProvider).hasStatusOk();
		assertThat(body(otherProvider)).contains("id=\"message\"",
				"You keep the activities of " + organisation + " only");
		assertThatThrownBy(() -> menuService.activity(otherRef, Audience.alliance()))
			.isInstanceOf(RecordNotFoundException.class);
	}

	@Test
	void aProviderCannotOpenOrSendTheFormsOfAnotherOrganisationsActivity() {
		String organisation = newOrganisation();
		RequestPostProcessor provider = TestUsers.provider(organisation);
		String publicRef = fixtures.activity("Public course of another school", "PUBLIC", "\"frameworks\": [\"PFP\"]");
		String partnerRef = fixtures.pfpCourse("Partner course of another school");

		MvcTestResult refused = mvc.get().uri("/activities/" + publicRef + "/edit").with(provider).exchange();
		assertThat(refused).hasStatus(409);
		assertThat(body(refused)).contains("keep this activity").doesNotContain("activity-form");
		assertThat(mvc.get().uri("/activities/" + publicRef + "/events/new").with(provider)).hasStatus(409);
		assertThat(mvc.get().uri("/activities/" + partnerRef + "/edit").with(provider)).hasStatus(404);

		ActivitySummary before = menuService.activity(publicRef, Audience.alliance());
		MultiValueMap<String, String> fields = activityFields(publicRef, "Taken over", organisation);
		fields.set("version", String.valueOf(before.version()));
		assertThat(mvc.post().uri("/activities/" + publicRef + "/edit").with(provider).with(csrf()).params(fields))
			.hasStatus(409);
		ActivitySummary after = menuService.activity(publicRef, Audience.alliance());
		assertThat(after.title()).isEqualTo("Public course of another school");
		assertThat(after.provider()).isEqualTo(ActivityFixtures.PROVIDER);
	}

	@Test
	void aStaleVersionOnEditIsRefusedWithAMessageAndTheRecordKeepsTheNewerChange() {
		String ref = fixtures.pfpCourse("Course edited twice");
		long opened = menuService.activity(ref, Audience.alliance()).version();
		MvcTestResult form = mvc.get().uri("/activities/" + ref + "/edit").with(TestUsers.nato()).exchange();
		assertThat(body(form)).contains("name=\"version\" value=\"" + opened + "\"", "value=\"Course edited twice\"");

		MultiValueMap<String, String> first = activityFields(ref, "First change", ActivityFixtures.PROVIDER);
		first.set("version", String.valueOf(opened));
		assertThat(mvc.post().uri("/activities/" + ref + "/edit").with(TestUsers.nato()).with(csrf()).params(first))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/activities/" + ref);

		MultiValueMap<String, String> second = activityFields(ref, "Second change", ActivityFixtures.PROVIDER);
		second.set("version", String.valueOf(opened));
		MvcTestResult stale = mvc.post()
			.uri("/activities/" + ref + "/edit")
			.with(TestUsers.nato())
			.with(csrf())
			.params(second)
			.exchange();
		assertThat(stale).hasStatusOk();
		assertThat(body(stale)).contains("id=\"stale\"", "Someone else changed this activity",
				"value=\"Second change\"", "name=\"version\" value=\"" + opened + "\"");
		assertThat(menuService.activity(ref, Audience.alliance()).title()).isEqualTo("First change");
	}

	@Test
	void staffAddAnEventAndChangeItsSeatsAndBadDatesAreShownBesideTheirField() {
		String ref = fixtures.pfpCourse("Course with a form-made event");
		MvcTestResult form = mvc.get().uri("/activities/" + ref + "/events/new").with(TestUsers.nato()).exchange();
		assertThat(form).hasStatusOk();
		assertThat(body(form)).contains("id=\"event-form\"", "id=\"milestone\"");

		MultiValueMap<String, String> backwards = eventFields(START, START.minusDays(2), "12");
		backwards.set("seats", "a dozen");
		backwards.set("nation", "Ukraine");
		MvcTestResult bad = mvc.post()
			.uri("/activities/" + ref + "/events")
			.with(TestUsers.nato())
			.with(csrf())
			.params(backwards)
			.exchange();
		assertThat(bad).hasStatusOk();
		assertThat(body(bad)).contains("id=\"end-error\"", "is before the start", "id=\"seats-error\"",
				"id=\"nation-error\"");
		assertThat(eventService.events(ref, Audience.alliance())).isEmpty();

		MvcTestResult added = mvc.post()
			.uri("/activities/" + ref + "/events")
			.with(TestUsers.nato())
			.with(csrf())
			.params(eventFields(START, START.plusDays(4), "12"))
			.exchange();
		assertThat(added).hasStatus3xxRedirection();
		EventSummary event = eventService.events(ref, Audience.alliance()).get(0);
		assertThat(added).hasRedirectedUrl("/events/" + event.id());
		assertThat(added).flash().containsEntry("flash", "activity.event.saved");
		assertThat(event.seats()).isEqualTo(12);
		assertThat(event.city()).isEqualTo("Kyiv");
		assertThat(event.deadline()).isEqualTo(START.minusDays(10));

		MvcTestResult edit = mvc.get().uri("/events/" + event.id() + "/edit").with(TestUsers.nato()).exchange();
		assertThat(body(edit)).contains("value=\"12\"", "name=\"version\" value=\"" + event.version() + "\"");
		MultiValueMap<String, String> more = eventFields(START, START.plusDays(4), "20");
		more.set("version", String.valueOf(event.version()));
		assertThat(mvc.post().uri("/events/" + event.id() + "/edit").with(TestUsers.nato()).with(csrf()).params(more))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/events/" + event.id());
		EventSummary revised = eventService.event(event.id(), Audience.alliance());
		assertThat(revised.seats()).isEqualTo(20);
		assertThat(revised.start()).isEqualTo(START);
	}

	@Test
	void aProviderKeepsItsOwnEventWithoutSeeingOrLosingTheMilestoneStaffMarked() {
		String organisation = newOrganisation();
		String ref = staffCreate(organisation, "PARTNER");
		UUID event = fixtures.event(ref, 8, START, START.minusDays(1), "UKR", true);
		RequestPostProcessor provider = TestUsers.provider(organisation);

		MvcTestResult form = mvc.get().uri("/events/" + event + "/edit").with(provider).exchange();
		assertThat(form).hasStatusOk();
		assertThat(body(form)).contains("id=\"event-form\"")
			.doesNotContain("id=\"milestone\"", "name=\"milestoneText\"");

		MultiValueMap<String, String> fields = eventFields(START, START.plusDays(4), "10");
		fields.set("version", String.valueOf(eventService.event(event, Audience.alliance()).version()));
		assertThat(mvc.post().uri("/events/" + event + "/edit").with(provider).with(csrf()).params(fields))
			.hasStatus3xxRedirection();
		EventSummary revised = eventService.event(event, Audience.alliance());
		assertThat(revised.seats()).isEqualTo(10);
		assertThat(revised.milestone()).isTrue();
		assertThat(revised.milestoneText()).isEqualTo("A major exercise");
	}

	@Test
	void onlyKeepersReachTheNewActivityForm() {
		assertThat(mvc.get().uri("/activities/new").with(TestUsers.partner("UKR"))).hasStatus(403);
		assertThat(mvc.post()
			.uri("/activities")
			.with(TestUsers.partner("UKR"))
			.with(csrf())
			.params(activityFields(ActivityFixtures.newRef(), "Partner-made course", ActivityFixtures.PROVIDER)))
			.hasStatus(403);
		assertThat(mvc.get().uri("/activities/new")).hasStatus3xxRedirection();
	}

	@Test
	void theKeepersLinksShowForStaffAndTheOwnProviderOnly() {
		String organisation = newOrganisation();
		String ref = staffCreate(organisation, "PUBLIC");

		assertThat(body(mvc.get().uri("/activities/" + ref).with(TestUsers.nato()).exchange())).contains(
				"id=\"edit-activity\"", "href=\"/activities/" + ref + "/edit\"", "id=\"add-event\"",
				"href=\"/activities/" + ref + "/events/new\"");
		assertThat(body(mvc.get().uri("/activities/" + ref).with(TestUsers.provider(organisation)).exchange()))
			.contains("id=\"edit-activity\"", "id=\"add-event\"");
		assertThat(body(mvc.get().uri("/activities/" + ref).with(TestUsers.partner("UKR")).exchange())).contains(ref)
			.doesNotContain("edit-activity", "add-event");
		assertThat(body(mvc.get().uri("/activities/" + ref).with(TestUsers.provider(newOrganisation())).exchange()))
			.contains(ref)
			.doesNotContain("edit-activity", "add-event");

		assertThat(body(mvc.get().uri("/activities").with(TestUsers.nato()).exchange()))
			.contains("id=\"new-activity\"");
		assertThat(body(mvc.get().uri("/activities").with(TestUsers.provider(organisation)).exchange()))
			.contains("id=\"new-activity\"");
		assertThat(body(mvc.get().uri("/activities").with(TestUsers.partner("UKR")).exchange()))
			.doesNotContain("new-activity");
	}

	/**
	 * A fresh organisation of the directory, so that no other test's activities are its
	 * own.
	 */
	private String newOrganisation() {
		String ref = "menu-editing-test-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(fixtures.post("/api/v1/organisations",
				"""
						{"ref": "%s", "name": "Menu editing test school %s", "kind": "TRAINING_CENTRE", "city": "Riga", "releasability": "PUBLIC"}"""
					.formatted(ref, ref)))
			.hasStatus(201);
		return ref;
	}

	/**
	 * An activity of the provider made by staff through the form; answers its reference.
	 */
	private String staffCreate(String provider, String releasability) {
		String ref = ActivityFixtures.newRef();
		MultiValueMap<String, String> fields = activityFields(ref, "Course of " + provider, provider);
		fields.set("releasability", releasability);
		assertThat(mvc.post().uri("/activities").with(TestUsers.nato()).with(csrf()).params(fields))
			.hasStatus3xxRedirection();
		return ref;
	}

	/** Every field of the activity form, filled in as a person would. */
	private static MultiValueMap<String, String> activityFields(String ref, String title, String provider) {
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		fields.add("ref", ref);
		fields.add("title", title);
		fields.add("description", "Planning the supply of a deployed force.");
		fields.add("area", "defence-reform");
		fields.add("discipline", "defence-planning");
		fields.add("type", "COURSE");
		fields.add("provider", provider);
		fields.add("delivery", "RESIDENTIAL");
		fields.add("durationDays", "5");
		fields.add("clearance", "true");
		fields.add("frameworks", "PFP");
		fields.add("frameworks", "MD");
		fields.add("nations", "srb, MDA");
		fields.add("fee", "250");
		fields.add("feeCurrency", "eur");
		fields.add("activeFrom", "2030-01-01");
		fields.add("activeTo", "2035-12-31");
		fields.add("releasability", "PARTNER");
		return fields;
	}

	/** Every field of the event form, filled in as a person would. */
	private static MultiValueMap<String, String> eventFields(LocalDate start, LocalDate end, String seats) {
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		fields.add("start", start.toString());
		fields.add("end", end.toString());
		fields.add("city", "Kyiv");
		fields.add("nation", "UKR");
		fields.add("seats", seats);
		fields.add("language", "English");
		fields.add("deadline", start.minusDays(10).toString());
		return fields;
	}

}
