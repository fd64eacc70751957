package org.liaison.directory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.TestPartners;
import org.liaison.TestUsers;
import org.liaison.shared.MilestoneEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class DirectoryControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationEvents events;

	/** The partners this class works with; other test classes use other nations. */
	@BeforeAll
	static void partners(@Autowired MockMvcTester mvc) {
		for (String nation : new String[] { "UZB", "TKM" }) {
			TestPartners.ensure(mvc, nation);
			assertThat(mvc.get().uri("/api/v1/partners/" + nation)).hasStatusOk();
		}
	}

	private MvcTestResult postOrganisation(String ref, String name, String kind, String nation, String releasability) {
		return mvc.post()
			.uri("/api/v1/organisations")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"ref": "%s", "name": "%s", "kind": "%s", "nation": %s, "city": "Tashkent", "releasability": "%s"}
					""".formatted(ref, name, kind, nation == null ? "null" : "\"" + nation + "\"", releasability))
			.exchange();
	}

	private String createOrganisation(String ref, String name, String kind) {
		MvcTestResult result = postOrganisation(ref, name, kind, null, "PUBLIC");
		assertThat(result).hasStatus(201);
		return idFrom(result, "/api/v1/organisations/");
	}

	private MvcTestResult postRole(String partner, String organisationRef, String kind, String from, String until,
			String releasability) {
		return mvc.post()
			.uri("/api/v1/partners/" + partner + "/roles")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"organisationRef": "%s", "kind": "%s", "from": %s, "until": %s,
					 "tasks": "Supports defence reform and public diplomacy.", "releasability": "%s"}
					""".formatted(organisationRef, kind, json(from), json(until), releasability))
			.exchange();
	}

	private String createRole(String partner, String organisationRef, String kind, String from, String until,
			String releasability) {
		MvcTestResult result = postRole(partner, organisationRef, kind, from, until, releasability);
		assertThat(result).hasStatus(201);
		return idFrom(result, "/api/v1/roles/");
	}

	private static String json(String text) {
		return text == null ? "null" : "\"" + text + "\"";
	}

	private static String idFrom(MvcTestResult result, String prefix) {
		return result.getResponse().getHeader("Location").replace(prefix, "");
	}

	@Test
	void organisationAndRoleAreCreatedThroughTheApi() {
		String organisationId = createOrganisation("dir-test-mlo-tashkent", "NATO Liaison Office Tashkent",
				"LIAISON_OFFICE");

		assertThat(mvc.get().uri("/api/v1/organisations/" + organisationId)).hasStatusOk()
			.hasHeader("ETag", "\"0\"")
			.bodyJson()
			.extractingPath("$.ref")
			.isEqualTo("dir-test-mlo-tashkent");

		MvcTestResult created = postRole("UZB", "dir-test-mlo-tashkent", "LIAISON_OFFICE", "2006-12", null, "PUBLIC");

		assertThat(created).hasStatus(201);
		assertThat(created).bodyJson().extractingPath("$.organisationName").isEqualTo("NATO Liaison Office Tashkent");
		assertThat(created).bodyJson().extractingPath("$.from").isEqualTo("2006-12");
		assertThat(created).bodyJson()
			.extractingPath("$.ref")
			.isEqualTo("liaison-office-dir-test-mlo-tashkent-2006-12");
		assertThat(events.stream(OfficeEstablished.class)).singleElement()
			.satisfies(event -> assertThat(event.facts().entries()).singleElement()
				.satisfies(
						entry -> assertThat(entry.text()).isEqualTo("NATO Liaison Office Tashkent is established.")));

		assertThat(mvc.get().uri("/api/v1/partners/UZB/roles")).hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].organisationRef")
			.asArray()
			.contains("dir-test-mlo-tashkent");
	}

	@Test
	void theRolePageListsThePartnershipsOffices() {
		createOrganisation("dir-test-nspa", "Directory Test Support Agency", "EXECUTING_AGENT");
		createRole("UZB", "dir-test-nspa", "EXECUTING_AGENT", "2009", null, "PUBLIC");

		MvcTestResult page = mvc.get().uri("/partners/UZB/roles").with(TestUsers.nato()).exchange();

		assertThat(page).hasStatusOk();
		assertThat(page).bodyText()
			.contains("Directory Test Support Agency")
			.contains("Supports defence reform")
			.contains("id=\"new-role\"");
	}

	@Test
	void overlappingContactPointEmbassiesAreRefused() {
		createOrganisation("dir-test-embassy-svk", "Directory Test Embassy of the Slovak Republic", "EMBASSY");
		createOrganisation("dir-test-embassy-cze", "Directory Test Embassy of the Czech Republic", "EMBASSY");
		createRole("TKM", "dir-test-embassy-svk", "CONTACT_POINT_EMBASSY", "2015", "2016", "PUBLIC");

		MvcTestResult overlap = postRole("TKM", "dir-test-embassy-cze", "CONTACT_POINT_EMBASSY", "2016", "2017",
				"PUBLIC");

		assertThat(overlap).hasStatus(400);
		assertThat(overlap).bodyJson().extractingPath("$.errors[0].field").isEqualTo("from");
		assertThat(overlap).bodyJson().extractingPath("$.detail").asString().contains("overlaps");

		// A term of any length, from any month, as long as it follows the one before.
		assertThat(postRole("TKM", "dir-test-embassy-cze", "CONTACT_POINT_EMBASSY", "2017-03", "2019-02", "PUBLIC"))
			.hasStatus(201);
		MvcTestResult overlapping = postRole("TKM", "dir-test-embassy-cze", "CONTACT_POINT_EMBASSY", "2019-01", "2020",
				"PUBLIC");
		assertThat(overlapping).hasStatus(400);
		assertThat(overlapping).bodyJson().extractingPath("$.detail").asString().contains("overlaps");
	}

	@Test
	void anEndedContactPointTermShowsItsEndOnThePublicPage() throws Exception {
		createOrganisation("dir-test-embassy-ita", "Directory Test Embassy of Italy", "EMBASSY");
		assertThat(postRole("UZB", "dir-test-embassy-ita", "CONTACT_POINT_EMBASSY", "1998", "2001", "PUBLIC"))
			.hasStatus(201);

		String page = mvc.get().uri("/partners/UZB/relations?lang=en").exchange().getResponse().getContentAsString();

		assertThat(page).contains("Directory Test Embassy of Italy")
			.contains("1998 to 2001")
			.doesNotContain("since 1998");
	}

	@Test
	void aRoleNeedsTheRightKindOfOrganisation() {
		createOrganisation("dir-test-mod-uzb", "Directory Test Ministry of Defence", "MINISTRY");

		MvcTestResult embassy = postRole("UZB", "dir-test-mod-uzb", "CONTACT_POINT_EMBASSY", null, null, "PUBLIC");
		assertThat(embassy).hasStatus(400);
		assertThat(embassy).bodyJson().extractingPath("$.errors[0].field").isEqualTo("organisationRef");
		assertThat(embassy).bodyJson().extractingPath("$.errors[0].message").asString().contains("must be an embassy");

		MvcTestResult centre = postRole("UZB", "dir-test-mod-uzb", "PARTNERSHIP_TRAINING_CENTRE", "2013", null,
				"PUBLIC");
		assertThat(centre).hasStatus(400);
		assertThat(centre).bodyJson()
			.extractingPath("$.errors[0].message")
			.asString()
			.contains("must be a training centre");

		assertThat(postRole("FRA", "dir-test-mod-uzb", "OTHER", null, null, "PUBLIC")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("partner");
		assertThat(mvc.get().uri("/api/v1/partners/UZB/roles")).bodyJson()
			.extractingPath("$[*].organisationRef")
			.asArray()
			.doesNotContain("dir-test-mod-uzb");
	}

	@Test
	void roleFormShowsProblemsBesideTheFieldsAndSavesNothing() {
		createOrganisation("dir-test-mod-tkm", "Directory Test Ministry of Foreign Affairs", "MINISTRY");

		MvcTestResult unreadable = mvc.post()
			.uri("/partners/TKM/roles")
			.with(TestUsers.nato())
			.with(csrf())
			.param("ref", "dir-test-form-role")
			.param("organisationRef", "")
			.param("kind", "OTHER")
			.param("from", "sometime in 2010")
			.param("releasability", "PUBLIC")
			.exchange();

		assertThat(unreadable).hasStatusOk();
		assertThat(unreadable).bodyText().contains("id=\"from-error\"").contains("A date is written as a year");

		MvcTestResult noOrganisation = mvc.post()
			.uri("/partners/TKM/roles")
			.with(TestUsers.nato())
			.with(csrf())
			.param("ref", "dir-test-form-role")
			.param("organisationRef", "")
			.param("kind", "OTHER")
			.param("from", "2010")
			.param("until", "2009")
			.param("releasability", "PUBLIC")
			.exchange();

		assertThat(noOrganisation).hasStatusOk();
		assertThat(noOrganisation).bodyText()
			.contains("id=\"organisationRef-error\"")
			.contains("Choose an organisation");

		MvcTestResult wrongKind = mvc.post()
			.uri("/partners/TKM/roles")
			.with(TestUsers.nato())
			.with(csrf())
			.param("ref", "dir-test-form-role")
			.param("organisationRef", "dir-test-mod-tkm")
			.param("kind", "CONTACT_POINT_EMBASSY")
			.param("releasability", "PUBLIC")
			.exchange();

		assertThat(wrongKind).hasStatusOk();
		assertThat(wrongKind).bodyText().contains("id=\"organisationRef-error\"").contains("must be an embassy");
		assertThat(mvc.get().uri("/api/v1/partners/TKM/roles")).bodyJson()
			.extractingPath("$[*].ref")
			.asArray()
			.doesNotContain("dir-test-form-role");
	}

	@Test
	void organisationFormShowsProblemsBesideTheFieldsAndSavesNothing() {
		MvcTestResult blank = mvc.post()
			.uri("/organisations")
			.with(TestUsers.nato())
			.with(csrf())
			.param("ref", "dir-test-form-org")
			.param("name", " ")
			.param("kind", "EMBASSY")
			.param("releasability", "PUBLIC")
			.exchange();

		assertThat(blank).hasStatusOk();
		assertThat(blank).bodyText().contains("id=\"name-error\"");

		MvcTestResult unknownNation = mvc.post()
			.uri("/organisations")
			.with(TestUsers.nato())
			.with(csrf())
			.param("ref", "dir-test-form-org")
			.param("name", "Directory Test Unsaved Organisation")
			.param("kind", "EMBASSY")
			.param("nation", "XXX")
			.param("releasability", "PARTNER")
			.exchange();

		assertThat(unknownNation).hasStatusOk();
		assertThat(unknownNation).bodyText().contains("id=\"nation-error\"").contains("is not in the list of nations");
		assertThat(mvc.get().uri("/api/v1/organisations?q=unsaved organisation").with(TestUsers.nato())).bodyJson()
			.extractingPath("$.total")
			.isEqualTo(0);
	}

	@Test
	void searchFromHtmxAnswersTheResultsOnly() {
		createOrganisation("dir-test-searchable", "Zanzibar Directory Test Centre", "TRAINING_CENTRE");
		createOrganisation("dir-test-not-searched", "Directory Test Other Centre", "TRAINING_CENTRE");

		MvcTestResult fragment = mvc.get()
			.uri("/organisations?q=ZANZIBAR directory")
			.with(TestUsers.nato())
			.header("HX-Request", "true")
			.exchange();

		assertThat(fragment).hasStatusOk();
		assertThat(fragment).bodyText()
			.contains("id=\"organisation-results\"")
			.contains("Zanzibar Directory Test Centre")
			.doesNotContain("Directory Test Other Centre")
			.doesNotContain("<nav")
			.doesNotContain("<html");

		MvcTestResult page = mvc.get().uri("/organisations?q=zanzibar").with(TestUsers.nato()).exchange();
		assertThat(page).bodyText()
			.contains("<nav")
			.contains("hx-get=\"/organisations\"")
			.contains("Zanzibar Directory Test Centre");

		assertThat(mvc.get().uri("/api/v1/organisations?q=zanzibar")).bodyJson()
			.extractingPath("$.items[*].ref")
			.asArray()
			.containsExactly("dir-test-searchable");
	}

	@Test
	void partnerRolesAreSeenByThatPartnerAndTheAllianceOnly() {
		createOrganisation("dir-test-mod-visibility", "Directory Test Defence Academy", "TRAINING_CENTRE");
		String partnerRole = createRole("UZB", "dir-test-mod-visibility", "TRAINING_PROVIDER", "2012", null, "PARTNER");

		assertThat(mvc.get().uri("/api/v1/roles/" + partnerRole).with(TestUsers.partner("UZB"))).hasStatusOk();
		assertThat(mvc.get().uri("/api/v1/roles/" + partnerRole).with(TestUsers.ally())).hasStatusOk();
		assertThat(mvc.get().uri("/api/v1/roles/" + partnerRole).with(TestUsers.partner("TKM"))).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/roles/" + partnerRole)).hasStatus(401);
		assertThat(mvc.get().uri("/api/v1/partners/UZB/roles").with(TestUsers.partner("TKM"))).bodyJson()
			.extractingPath("$[*].id")
			.asArray()
			.doesNotContain(partnerRole);
		assertThat(mvc.get().uri("/api/v1/partners/UZB/roles").with(TestUsers.partner("UZB"))).bodyJson()
			.extractingPath("$[*].id")
			.asArray()
			.contains(partnerRole);
		assertThat(mvc.get().uri("/partners/UZB/roles").with(TestUsers.partner("TKM"))).bodyText()
			.doesNotContain("Directory Test Defence Academy");

		String natoRole = createRole("UZB", "dir-test-mod-visibility", "OTHER", "2014", null, "NATO");

		assertThat(mvc.get().uri("/api/v1/roles/" + natoRole).with(TestUsers.partner("UZB"))).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/roles/" + natoRole).with(TestUsers.nato())).hasStatusOk();
		assertThat(mvc.get().uri("/api/v1/partners/UZB/roles").with(TestUsers.partner("UZB"))).bodyJson()
			.extractingPath("$[*].id")
			.asArray()
			.doesNotContain(natoRole);
	}

	@Test
	void aRoleNeverRevealsAnOrganisationTheReaderMayNotSee() {
		assertThat(postOrganisation("dir-test-hidden-embassy", "Directory Test Hidden Embassy", "EMBASSY", "SVK",
				"PARTNER"))
			.hasStatus(201);
		String role = createRole("UZB", "dir-test-hidden-embassy", "OTHER", "2011", null, "PUBLIC");

		assertThat(mvc.get().uri("/api/v1/roles/" + role).with(TestUsers.partner("UZB"))).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/roles/" + role).with(TestUsers.partner("SVK"))).hasStatusOk();
	}

	@Test
	void onlyEditorsChangeTheDirectory() {
		assertThat(mvc.post()
			.uri("/api/v1/organisations")
			.with(TestUsers.partner("UZB"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"ref\": \"dir-test-forbidden\", \"name\": \"Forbidden\", \"kind\": \"OTHER\", \"releasability\": \"PUBLIC\"}"))
			.hasStatus(403);
		assertThat(mvc.post()
			.uri("/api/v1/partners/UZB/roles")
			.with(TestUsers.partner("UZB"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"organisationRef\": \"dir-test-mlo-tashkent\", \"kind\": \"OTHER\", \"releasability\": \"PUBLIC\"}"))
			.hasStatus(403);
		assertThat(mvc.post()
			.uri("/organisations")
			.with(TestUsers.partner("UZB"))
			.with(csrf())
			.param("name", "Forbidden")
			.param("kind", "OTHER")
			.param("releasability", "PUBLIC")).hasStatus(403);
		assertThat(mvc.get().uri("/api/v1/organisations?q=forbidden").with(TestUsers.nato())).bodyJson()
			.extractingPath("$.total")
			.isEqualTo(0);
	}

	@Test
	void staleRevisionIsRefusedAndTheNewerOneKept() {
		String id = createOrganisation("dir-test-stale", "Directory Test Stale Office", "LIAISON_OFFICE");
		String revision = """
				{"ref": "dir-test-stale", "name": "%s", "kind": "LIAISON_OFFICE", "releasability": "PUBLIC"}""";

		assertThat(mvc.put()
			.uri("/api/v1/organisations/" + id)
			.with(TestUsers.nato())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(revision.formatted("Directory Test First Name"))).hasStatusOk().hasHeader("ETag", "\"1\"");
		MvcTestResult stale = mvc.put()
			.uri("/api/v1/organisations/" + id)
			.with(TestUsers.nato())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(revision.formatted("Directory Test Stale Name"))
			.exchange();

		assertThat(stale).hasStatus(409);
		assertThat(stale).bodyJson().extractingPath("$.title").isEqualTo("Stale version");
		assertThat(mvc.get().uri("/api/v1/organisations/" + id)).bodyJson()
			.extractingPath("$.name")
			.isEqualTo("Directory Test First Name");
	}

	@Test
	void renamingAnOrganisationRepublishesItsRolesMilestones() {
		String id = createOrganisation("dir-test-renamed", "Directory Test Old Name", "LIAISON_OFFICE");
		createRole("TKM", "dir-test-renamed", "LIAISON_OFFICE", "2010-05", null, "PUBLIC");
		createRole("UZB", "dir-test-renamed", "OTHER", null, null, "PUBLIC");
		assertThat(events.stream(OrganisationRoleRecorded.class)).hasSize(1);

		assertThat(mvc.put()
			.uri("/api/v1/organisations/" + id)
			.with(TestUsers.nato())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"ref\": \"dir-test-renamed\", \"name\": \"Directory Test New Name\", \"kind\": \"LIAISON_OFFICE\", \"releasability\": \"PUBLIC\"}"))
			.hasStatusOk();

		assertThat(events.stream(OrganisationRoleRevised.class).map(OrganisationRoleRevised::facts)).hasSize(2)
			.flatMap(MilestoneEvent.MilestoneFacts::entries)
			.singleElement()
			.satisfies(entry -> assertThat(entry.text()).isEqualTo("Directory Test New Name is established."));
	}

	@Test
	void anOrganisationWithRolesCannotBeDeleted() {
		String organisation = createOrganisation("dir-test-busy", "Directory Test Busy Office", "LIAISON_OFFICE");
		String role = createRole("TKM", "dir-test-busy", "LIAISON_OFFICE", "2008", null, "PUBLIC");

		MvcTestResult refused = mvc.delete()
			.uri("/api/v1/organisations/" + organisation)
			.with(TestUsers.nato())
			.header("If-Match", "\"0\"")
			.exchange();

		assertThat(refused).hasStatus(409);
		assertThat(refused).bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("Directory Test Busy Office cannot be deleted while 1 role refer");

		MvcTestResult removed = mvc.post()
			.uri("/roles/" + role + "/delete")
			.with(TestUsers.nato())
			.with(csrf())
			.header("HX-Request", "true")
			.param("version", "0")
			.exchange();
		assertThat(removed).hasStatusOk();
		assertThat(removed).bodyText().isBlank();
		assertThat(events.stream(OrganisationRoleRevised.class)).singleElement()
			.satisfies(event -> assertThat(event.facts().entries()).isEmpty());

		assertThat(mvc.delete()
			.uri("/api/v1/organisations/" + organisation)
			.with(TestUsers.nato())
			.header("If-Match", "\"0\"")).hasStatus(204);
		assertThat(mvc.get().uri("/api/v1/organisations/" + organisation).with(TestUsers.nato())).hasStatus(404);
	}

	@Test
	void pagesShowAnOrganisationAndItsForms() {
		String id = createOrganisation("dir-test-pages", "Directory Test Page Office", "LIAISON_OFFICE");

		assertThat(mvc.get().uri("/organisations/" + id).with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains("Directory Test Page Office")
			.contains("dir-test-pages");
		assertThat(mvc.get().uri("/organisations/" + id + "/edit").with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains("name=\"version\" value=\"0\"");
		assertThat(mvc.get().uri("/organisations/new").with(TestUsers.nato())).hasStatusOk();
		assertThat(mvc.get().uri("/partners/UZB/roles/new").with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains("value=\"dir-test-pages\"");
		assertThat(mvc.get().uri("/organisations?lang=fr").with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains("Rechercher une organisation");

		assertThat(mvc.post()
			.uri("/organisations/" + id)
			.with(TestUsers.nato())
			.with(csrf())
			.param("version", "0")
			.param("ref", "dir-test-pages")
			.param("name", "Directory Test Page Office Renamed")
			.param("kind", "LIAISON_OFFICE")
			.param("releasability", "PUBLIC")).hasStatus3xxRedirection().hasRedirectedUrl("/organisations/" + id);
	}

}
