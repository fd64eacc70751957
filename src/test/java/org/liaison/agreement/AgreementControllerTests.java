package org.liaison.agreement;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liaison.TestPartners;
import org.liaison.TestUsers;
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
class AgreementControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationEvents events;

	/**
	 * Creates the partner unless an earlier test did: the database is shared by all
	 * tests.
	 */
	private void partner(String nation) {
		TestPartners.ensure(mvc, nation);
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** Records an agreement through the API and answers its id. */
	private String create(String nation, String title, String releasability, String status, String dates) {
		partner(nation);
		MvcTestResult result = mvc.post()
			.uri("/api/v1/partners/" + nation + "/agreements")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type": "IPAP", "title": "%s", "status": "%s", %s
					 "parties": [{"name": "NATO"}, {"name": "The partner", "nation": "%s"}], "releasability": "%s"}
					""".formatted(title, status, dates, nation, releasability))
			.exchange();
		assertThat(result).hasStatus(201);
		return result.getResponse().getHeader("Location").replace("/api/v1/agreements/", "");
	}

	private String draft(String title, String releasability) {
		return create("UKR", title, releasability, "DRAFT", "");
	}

	@Test
	void createdThroughTheApiAndReadBack() {
		String title = unique("Transit agreement");
		String id = create("UKR", title, "PUBLIC", "IN_FORCE",
				"\"agreedOn\": \"2005-07\", \"inForceOn\": \"2005-07\",");

		assertThat(mvc.get().uri("/api/v1/agreements/" + id)).hasStatusOk()
			.hasHeader("ETag", "\"0\"")
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.typeName").isEqualTo("Individual Partnership Action Plan");
				assertThat(json).extractingPath("$.status").isEqualTo("IN_FORCE");
				assertThat(json).extractingPath("$.ref").asString().startsWith("transit-agreement-");
				assertThat(json).extractingPath("$.parties[1].nation").isEqualTo("UKR");
			});
		assertThat(events.stream(AgreementRecorded.class)).anySatisfy(event -> {
			assertThat(event.facts().sourceId()).hasToString(id);
			assertThat(event.facts().entries()).extracting(e -> e.kind()).containsExactly("agreed", "in-force");
		});
	}

	@Test
	void theListIsAPageOrJustItsTableForHtmx() {
		String title = unique("Presentation document");
		create("UKR", title, "PUBLIC", "SUBMITTED", "\"submittedOn\": \"1994\",");

		MvcTestResult page = mvc.get().uri("/partners/UKR/agreements").with(TestUsers.nato()).exchange();
		assertThat(page).hasStatusOk();
		assertThat(page).bodyText()
			.contains("<html", "navbar", title, "id=\"new-agreement\"", "id=\"agreement-table\"");

		MvcTestResult fragment = mvc.get()
			.uri("/partners/UKR/agreements")
			.with(TestUsers.nato())
			.header("HX-Request", "true")
			.exchange();
		assertThat(fragment).hasStatusOk();
		assertThat(fragment).bodyText()
			.contains(title, "id=\"agreement-table\"")
			.doesNotContain("<html", "<nav", "new-agreement");
	}

	@Test
	void theFormShowsProblemsBesideTheFieldsAndSavesNothing() {
		String title = unique("Unsaved plan");

		MvcTestResult result = mvc.post()
			.uri("/partners/UKR/agreements")
			.with(TestUsers.nato())
			.with(csrf())
			.param("title", title)
			.param("type", "IPAP")
			.param("status", "AGREED")
			.param("submittedOn", "January 2015")
			.param("parties", "NATO\nUkraine | UKRAINE")
			.param("releasability", "PUBLIC")
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyText()
			.contains("id=\"agreedOn-error\"", "An agreed agreement needs the date it was agreed")
			.contains("id=\"submittedOn-error\"", "A date is written as a year")
			.contains("id=\"parties-error\"", "Line 2: ", "UKRAINE", "is not a nation code");
		partner("UKR");
		assertThat(mvc.get().uri("/api/v1/partners/UKR/agreements?size=200").with(TestUsers.nato())).bodyJson()
			.extractingPath("$.items[*].title")
			.asArray()
			.doesNotContain(title);
	}

	@Test
	void theFormRecordsAnAgreementWithItsParties() {
		partner("UKR");
		String title = unique("Security agreement");

		MvcTestResult result = mvc.post()
			.uri("/partners/UKR/agreements")
			.with(TestUsers.nato())
			.with(csrf())
			.param("title", title)
			.param("type", "SECURITY")
			.param("status", "AGREED")
			.param("agreedOn", "2008-03")
			.param("parties", "NATO\n\nUkraine | ukr\n")
			.param("releasability", "PARTNER")
			.exchange();

		assertThat(result).hasStatus3xxRedirection();
		String id = result.getResponse().getRedirectedUrl().replace("/agreements/", "");
		assertThat(mvc.get().uri("/api/v1/agreements/" + id).with(TestUsers.nato())).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.parties[*].name").asArray().containsExactly("NATO", "Ukraine");
			assertThat(json).extractingPath("$.parties[1].nation").isEqualTo("UKR");
		});
		assertThat(mvc.get().uri("/agreements/" + id).with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains(title, "Ukraine", "id=\"move-enter-into-force\"", "id=\"move-terminate\"")
			.doesNotContain("id=\"move-submit\"");
		assertThat(mvc.get().uri("/agreements/" + id + "/edit").with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains("Ukraine | UKR", "name=\"status\" value=\"AGREED\"");
	}

	@Test
	void movesAlongTheLifecycleThroughTheApiAndThePage() {
		String id = draft(unique("Action plan"), "PUBLIC");

		assertThat(mvc.post()
			.uri("/api/v1/agreements/" + id + "/submit")
			.with(TestUsers.nato())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"on\": \"2014-06\"}")).hasStatusOk()
			.hasHeader("ETag", "\"1\"")
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("SUBMITTED");

		MvcTestResult agreed = mvc.post()
			.uri("/agreements/" + id + "/agree")
			.with(TestUsers.nato())
			.with(csrf())
			.param("version", "1")
			.param("on", "2015-01-15")
			.exchange();
		assertThat(agreed).hasStatus3xxRedirection().hasRedirectedUrl("/agreements/" + id);

		assertThat(mvc.get().uri("/api/v1/agreements/" + id)).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.status").isEqualTo("AGREED");
			assertThat(json).extractingPath("$.agreedOn").isEqualTo("2015-01-15");
		});
		assertThat(events.stream(AgreementAgreed.class)).anySatisfy(event -> {
			assertThat(event.facts().sourceId()).hasToString(id);
			assertThat(event.facts().sourceVersion()).isEqualTo(2);
			assertThat(event.facts().entries()).extracting(entry -> entry.kind() + " " + entry.date().iso())
				.containsExactly("submitted 2014-06", "agreed 2015-01-15");
		});
	}

	@Test
	void aMoveDatedBeforeTheRecordIsShownBesideItsDate() {
		String id = create("UKR", unique("Programme"), "PUBLIC", "SUBMITTED", "\"submittedOn\": \"2009-03\",");

		MvcTestResult result = mvc.post()
			.uri("/agreements/" + id + "/agree")
			.with(TestUsers.nato())
			.with(csrf())
			.param("version", "0")
			.param("on", "2008")
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyText().contains("id=\"on-agree-error\"", "cannot be before the date it was submitted");
		assertThat(mvc.get().uri("/api/v1/agreements/" + id)).bodyJson()
			.extractingPath("$.status")
			.isEqualTo("SUBMITTED");
	}

	@Test
	void anIllegalMoveIsAConflictWithItsReason() {
		String id = draft(unique("Draft plan"), "PUBLIC");

		MvcTestResult api = mvc.post()
			.uri("/api/v1/agreements/" + id + "/agree")
			.with(TestUsers.nato())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"on\": \"2015-01-15\"}")
			.exchange();
		assertThat(api).hasStatus(409);
		assertThat(api).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("An agreement that is DRAFT cannot be agreed; submit it first");

		MvcTestResult page = mvc.post()
			.uri("/agreements/" + id + "/agree")
			.with(TestUsers.nato())
			.with(csrf())
			.param("version", "0")
			.param("on", "2015")
			.exchange();
		assertThat(page).hasStatus(409);
		assertThat(page).bodyText().contains("cannot be agreed; submit it first");
		assertThat(mvc.get().uri("/api/v1/agreements/" + id)).bodyJson().extractingPath("$.status").isEqualTo("DRAFT");
	}

	@Test
	void aStaleVersionIsAConflict() {
		String id = draft(unique("Contested plan"), "PUBLIC");
		String revision = """
				{"ref": "%s", "type": "IPAP", "title": "%s", "status": "DRAFT", "releasability": "PUBLIC"}""";
		String ref = unique("contested");

		assertThat(mvc.put()
			.uri("/api/v1/agreements/" + id)
			.with(TestUsers.nato())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(revision.formatted(ref, "First change"))).hasStatusOk().hasHeader("ETag", "\"1\"");
		assertThat(mvc.put()
			.uri("/api/v1/agreements/" + id)
			.with(TestUsers.nato())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(revision.formatted(ref, "Stale change"))).hasStatus(409);
		assertThat(mvc.post()
			.uri("/api/v1/agreements/" + id + "/submit")
			.with(TestUsers.nato())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"on\": \"2015\"}")).hasStatus(409);
		assertThat(mvc.get().uri("/api/v1/agreements/" + id)).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.title").isEqualTo("First change");
			assertThat(json).extractingPath("$.status").isEqualTo("DRAFT");
		});
	}

	@Test
	void anEditCannotChangeTheStatus() {
		String id = draft(unique("Steady plan"), "PUBLIC");

		MvcTestResult result = mvc.put()
			.uri("/api/v1/agreements/" + id)
			.with(TestUsers.nato())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"type": "IPAP", "title": "Steady plan", "status": "SUBMITTED", "submittedOn": "2015", "releasability": "PUBLIC"}""")
			.exchange();

		assertThat(result).hasStatus(400);
		assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().contains("status");
		assertThat(result).bodyJson()
			.extractingPath("$.errors[0].message")
			.asString()
			.contains("Use the lifecycle actions to change the status");
	}

	@Test
	void unknownTypesAndBadInputAreRefused() {
		partner("UKR");
		MvcTestResult result = mvc.post()
			.uri("/api/v1/partners/UKR/agreements")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type": "TREATY_OF_NOWHERE", "title": "%s", "status": "DRAFT", "releasability": "PUBLIC"}"""
				.formatted(unique("Nothing")))
			.exchange();
		assertThat(result).hasStatus(400);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("type");

		MvcTestResult invalid = mvc.post()
			.uri("/api/v1/partners/UKR/agreements")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\": \"IPAP\", \"title\": \" \", \"parties\": [{\"name\": \"\"}]}")
			.exchange();
		assertThat(invalid).hasStatus(400);
		assertThat(invalid).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.contains("title", "status", "releasability", "parties[0].name");
	}

	@Test
	void partnersSeeOnlyWhatIsReleasedToThem() {
		String partnerOnly = draft(unique("Partner-only plan"), "PARTNER");
		String natoOnly = draft(unique("NATO-only plan"), "NATO");
		String everyone = draft(unique("Public plan"), "PUBLIC");

		assertThat(mvc.get().uri("/api/v1/agreements/" + partnerOnly).with(TestUsers.partner("CHE"))).hasStatus(404);
		assertThat(mvc.get().uri("/agreements/" + partnerOnly).with(TestUsers.partner("CHE"))).hasStatus(404);
		assertThat(mvc.get().uri("/agreements/" + partnerOnly + "/edit").with(TestUsers.partner("CHE"))).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/agreements/" + partnerOnly)).hasStatus(401);
		assertThat(mvc.get().uri("/api/v1/agreements/" + partnerOnly).with(TestUsers.partner("UKR"))).hasStatusOk();
		assertThat(mvc.get().uri("/api/v1/agreements/" + partnerOnly).with(TestUsers.ally())).hasStatusOk();
		assertThat(mvc.get().uri("/api/v1/agreements/" + everyone)).hasStatusOk();

		assertThat(mvc.get().uri("/api/v1/agreements/" + natoOnly).with(TestUsers.partner("UKR"))).hasStatus(404);
		assertThat(mvc.get().uri("/agreements/" + natoOnly).with(TestUsers.partner("UKR"))).hasStatus(404);

		assertThat(mvc.get().uri("/api/v1/partners/UKR/agreements?size=200").with(TestUsers.partner("CHE"))).bodyJson()
			.extractingPath("$.items[*].id")
			.asArray()
			.contains(everyone)
			.doesNotContain(partnerOnly, natoOnly);
		assertThat(mvc.get().uri("/api/v1/partners/UKR/agreements?size=200").with(TestUsers.partner("UKR"))).bodyJson()
			.extractingPath("$.items[*].id")
			.asArray()
			.contains(everyone, partnerOnly)
			.doesNotContain(natoOnly);
		assertThat(mvc.get().uri("/partners/UKR/agreements?size=200").with(TestUsers.partner("UKR"))).hasStatusOk()
			.bodyText()
			.contains(partnerOnly)
			.doesNotContain(natoOnly, "new-agreement");
	}

	@Test
	void onlyEditorsChangeAgreements() {
		String id = draft(unique("Guarded plan"), "PUBLIC");

		assertThat(mvc.post()
			.uri("/api/v1/partners/UKR/agreements")
			.with(TestUsers.partner("UKR"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"type\": \"IPAP\", \"title\": \"Not mine to add\", \"status\": \"DRAFT\", \"releasability\": \"PUBLIC\"}"))
			.hasStatus(403);
		assertThat(mvc.post()
			.uri("/api/v1/agreements/" + id + "/submit")
			.with(TestUsers.partner("UKR"))
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"on\": \"2015\"}")).hasStatus(403);
		assertThat(mvc.post()
			.uri("/agreements/" + id + "/submit")
			.with(TestUsers.partner("UKR"))
			.with(csrf())
			.param("version", "0")
			.param("on", "2015")).hasStatus(403);
		assertThat(mvc.get().uri("/api/v1/agreements/" + id)).bodyJson().extractingPath("$.status").isEqualTo("DRAFT");
	}

	@Test
	void deletingFromHtmxAnswersAnEmptyFragment() {
		String id = draft(unique("Withdrawn plan"), "PUBLIC");

		MvcTestResult result = mvc.post()
			.uri("/agreements/" + id + "/delete")
			.with(TestUsers.nato())
			.with(csrf())
			.header("HX-Request", "true")
			.param("version", "0")
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyText().isBlank();
		assertThat(mvc.get().uri("/api/v1/agreements/" + id).with(TestUsers.nato())).hasStatus(404);
		assertThat(events.stream(AgreementRevised.class)).anySatisfy(event -> {
			assertThat(event.facts().sourceId()).hasToString(id);
			assertThat(event.facts().sourceVersion()).isEqualTo(1);
			assertThat(event.facts().entries()).isEmpty();
		});
	}

	@Test
	void listsArePaginatedInTheDatabase() {
		// Switzerland's agreements are made by this test only, so their count is known.
		create("CHE", "Presentation document", "PUBLIC", "SUBMITTED", "\"submittedOn\": \"1996-12\",");
		create("CHE", "Individual Partnership Programme", "PUBLIC", "AGREED", "\"agreedOn\": \"1997\",");
		create("CHE", "Security agreement", "PARTNER", "DRAFT", "");

		assertThat(mvc.get().uri("/api/v1/partners/CHE/agreements?page=0&size=2").with(TestUsers.nato())).bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.total").isEqualTo(3);
				assertThat(json).extractingPath("$.items.length()").isEqualTo(2);
				assertThat(json).extractingPath("$.items[0].title").isEqualTo("Presentation document");
			});
		assertThat(mvc.get().uri("/api/v1/partners/CHE/agreements?page=1&size=2").with(TestUsers.nato())).bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.items[*].title").asArray().containsExactly("Security agreement");
				assertThat(json).extractingPath("$.items[0].parties.length()").isEqualTo(2);
			});
		assertThat(mvc.get().uri("/partners/CHE/agreements?size=2").with(TestUsers.nato())).bodyText()
			.contains("Page 1 of 2 (3 in all)");
		assertThat(mvc.get().uri("/api/v1/partners/CHE/agreements?size=2")).bodyJson()
			.extractingPath("$.total")
			.isEqualTo(2);
	}

	@Test
	void pagesSpeakFrench() {
		String id = draft(unique("Plan"), "PUBLIC");

		assertThat(mvc.get().uri("/agreements/" + id + "?lang=fr").with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains("Cycle de vie", "Projet", "Soumis")
			.doesNotContain("agreement.", "\'\'");
		assertThat(mvc.get().uri("/partners/UKR/agreements/new?lang=fr").with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains("Nouvel accord de Ukraine")
			.doesNotContain("agreement.");
	}

}
