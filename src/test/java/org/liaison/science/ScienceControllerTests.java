package org.liaison.science;

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
class ScienceControllerTests {

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

	private static String body(String title, String releasability, String status, String dates, String natoNation,
			String partnerNation) {
		return """
				{"title": "%s", "mechanism": "MULTI_YEAR_PROJECT", "priorities": ["CBRN_DEFENCE", "COUNTER_TERRORISM"],
				 "natoDirector": {"name": "NATO-country director", "institution": "University in an Allied country", "nation": "%s"},
				 "partnerDirector": {"name": "Partner-country director", "institution": "Institute of the partner", "nation": "%s"},
				 "budget": {"amount": "350000.50", "currency": "EUR"}, "natoShare": {"amount": 300000, "currency": "EUR"},
				 "partnerShare": {"amount": "50000.50", "currency": "EUR"}, "status": "%s", %s
				 "illustrative": true, "releasability": "%s"}
				"""
			.formatted(title, natoNation, partnerNation, status, dates, releasability);
	}

	/** Records a grant through the API and answers its id. */
	private String create(String nation, String title, String releasability, String status, String dates) {
		partner(nation);
		MvcTestResult result = mvc.post()
			.uri("/api/v1/partners/" + nation + "/science-grants")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(title, releasability, status, dates, "DEU", nation))
			.exchange();
		assertThat(result).hasStatus(201);
		return result.getResponse().getHeader("Location").replace("/api/v1/science-grants/", "");
	}

	private String applied(String title, String releasability) {
		return create("ARE", title, releasability, "APPLIED", "");
	}

	private MvcTestResult move(String id, String move, String version, String json) {
		return mvc.post()
			.uri("/api/v1/science-grants/" + id + "/" + move)
			.with(TestUsers.nato())
			.header("If-Match", "\"" + version + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	@Test
	void aGrantWhoseDirectorsAndBudgetNoSourceGivesIsKeptWithoutThemAndSaysSo() throws Exception {
		partner("ARE");
		String title = unique("Grant known from a press release");
		MvcTestResult recorded = mvc.post()
			.uri("/api/v1/partners/ARE/science-grants")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title": "%s", "mechanism": "MULTI_YEAR_PROJECT", "priorities": ["CBRN_DEFENCE"],
					 "status": "COMPLETED", "decidedOn": null, "illustrative": false, "releasability": "PUBLIC"}"""
				.formatted(title))
			.exchange();
		assertThat(recorded).hasStatus(201);
		assertThat(recorded).bodyJson().doesNotHavePath("$.natoDirector").doesNotHavePath("$.budget");
		String id = recorded.getResponse().getHeader("Location").replaceAll(".*/", "");
		String page = mvc.get()
			.uri("/science-grants/" + id)
			.with(TestUsers.nato())
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<dd class=\"col-sm-9\" id=\"nato-director\">Not known</dd>",
				"<dd class=\"col-sm-9\" id=\"budget\">Not known</dd>");

		MvcTestResult shareWithoutBudget = mvc.post()
			.uri("/api/v1/partners/ARE/science-grants")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"title": "%s", "mechanism": "MULTI_YEAR_PROJECT", "priorities": ["CBRN_DEFENCE"],
							 "natoShare": {"amount": 1000, "currency": "EUR"}, "status": "APPLIED", "releasability": "PUBLIC"}"""
						.formatted(unique("Share without budget")))
			.exchange();
		assertThat(shareWithoutBudget).hasStatus(400);
		assertThat(shareWithoutBudget).bodyJson()
			.extractingPath("$.errors[0].message")
			.asString()
			.contains("needs the grant's budget");
	}

	@Test
	void createdThroughTheApiAndReadBackWithExactAmounts() throws Exception {
		String title = unique("Detection of explosives");
		String id = applied(title, "PUBLIC");

		assertThat(mvc.get().uri("/api/v1/science-grants/" + id)).hasStatusOk()
			.hasHeader("ETag", "\"0\"")
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.status").isEqualTo("APPLIED");
				assertThat(json).extractingPath("$.ref").asString().startsWith("detection-of-explosives-");
				assertThat(json).extractingPath("$.partnerDirector.nation").isEqualTo("ARE");
				assertThat(json).extractingPath("$.priorities[*].code")
					.asArray()
					.containsExactlyInAnyOrder("CBRN_DEFENCE", "COUNTER_TERRORISM");
				assertThat(json).extractingPath("$.budget.currency").isEqualTo("EUR");
				assertThat(json).extractingPath("$.illustrative").isEqualTo(true);
			});
		String raw = mvc.get().uri("/api/v1/science-grants/" + id).exchange().getResponse().getContentAsString();
		assertThat(raw).contains("350000.50", "50000.50");
		assertThat(mvc.get().uri("/api/v1/science-priorities")).hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].code")
			.asArray()
			.contains("CBRN_DEFENCE", "COUNTER_TERRORISM", "ENVIRONMENTAL_SECURITY", "DISASTER_FORECAST");
	}

	@Test
	void listsArePaginatedInTheDatabase() {
		// Kuwait's grants are made by this test only, so their count is known.
		create("KWT", "Water security", "PUBLIC", "APPLIED", "");
		create("KWT", "Port security", "PUBLIC", "ACTIVE",
				"\"reviewOn\": \"2013\", \"decidedOn\": \"2013-06\", \"start\": \"2013-09\",");
		create("KWT", "Oil spill forecast", "PARTNER", "APPLIED", "");

		assertThat(mvc.get().uri("/api/v1/partners/KWT/science-grants?page=0&size=2").with(TestUsers.nato())).bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.total").isEqualTo(3);
				assertThat(json).extractingPath("$.items.length()").isEqualTo(2);
			});
		assertThat(mvc.get().uri("/api/v1/partners/KWT/science-grants?page=1&size=2").with(TestUsers.nato())).bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.items[*].title").asArray().containsExactly("Port security");
				assertThat(json).extractingPath("$.items[0].priorities.length()").isEqualTo(2);
			});
		assertThat(mvc.get().uri("/partners/KWT/science-grants?size=2").with(TestUsers.nato())).bodyText()
			.contains("Page 1 of 2 (3 in all)");
		assertThat(mvc.get().uri("/api/v1/partners/KWT/science-grants?size=2")).bodyJson()
			.extractingPath("$.total")
			.isEqualTo(2);
	}

	@Test
	void movesAlongTheLifecycleThroughTheApiAndThePage() {
		String id = applied(unique("Radiation monitoring"), "PUBLIC");

		assertThat(move(id, "submit-for-review", "0", "{\"on\": \"2014-02\"}")).hasStatusOk()
			.hasHeader("ETag", "\"1\"")
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("UNDER_REVIEW");
		assertThat(move(id, "approve", "1", "{\"on\": \"2014-05-20\", \"reason\": \"Strong team\"}")).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.status").isEqualTo("APPROVED");
				assertThat(json).extractingPath("$.decisionReason").isEqualTo("Strong team");
			});
		assertThat(events.stream(GrantApproved.class)).anySatisfy(event -> {
			assertThat(event.grantId()).hasToString(id);
			assertThat(event.on().iso()).isEqualTo("2014-05-20");
			assertThat(event.illustrative()).isTrue();
		});

		MvcTestResult activated = mvc.post()
			.uri("/science-grants/" + id + "/activate")
			.with(TestUsers.nato())
			.with(csrf())
			.param("version", "2")
			.param("on", "2014-09")
			.exchange();
		assertThat(activated).hasStatus3xxRedirection().hasRedirectedUrl("/science-grants/" + id);
		assertThat(mvc.get().uri("/api/v1/science-grants/" + id)).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.status").isEqualTo("ACTIVE");
			assertThat(json).extractingPath("$.start").isEqualTo("2014-09");
		});
		assertThat(move(id, "complete", "3", "{\"on\": \"2016-08\"}")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("COMPLETED");
		assertThat(events.stream(GrantCompleted.class))
			.anySatisfy(event -> assertThat(event.grantId()).hasToString(id));
	}

	@Test
	void anIllegalMoveIsAConflictWithItsReason() {
		String id = applied(unique("Early warning"), "PUBLIC");

		MvcTestResult api = move(id, "approve", "0", "{\"on\": \"2015-01-15\"}");
		assertThat(api).hasStatus(409);
		assertThat(api).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("A grant that is APPLIED cannot be approved; submit it for review first");

		MvcTestResult page = mvc.post()
			.uri("/science-grants/" + id + "/activate")
			.with(TestUsers.nato())
			.with(csrf())
			.param("version", "0")
			.param("on", "2015")
			.exchange();
		assertThat(page).hasStatus(409);
		assertThat(page).bodyText().contains("cannot be activated; it must be approved first");
		assertThat(mvc.get().uri("/api/v1/science-grants/" + id)).bodyJson()
			.extractingPath("$.status")
			.isEqualTo("APPLIED");
	}

	@Test
	void aStaleVersionIsAConflict() {
		String title = unique("Contested grant");
		String id = applied(title, "PUBLIC");
		String ref = unique("contested");

		assertThat(mvc.put()
			.uri("/api/v1/science-grants/" + id)
			.with(TestUsers.nato())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("First change", "PUBLIC", "APPLIED", "\"ref\": \"" + ref + "\",", "DEU", "ARE")))
			.hasStatusOk()
			.hasHeader("ETag", "\"1\"");
		assertThat(mvc.put()
			.uri("/api/v1/science-grants/" + id)
			.with(TestUsers.nato())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("Stale change", "PUBLIC", "APPLIED", "\"ref\": \"" + ref + "\",", "DEU", "ARE")))
			.hasStatus(409);
		assertThat(move(id, "submit-for-review", "0", "{}")).hasStatus(409);
		assertThat(mvc.delete().uri("/api/v1/science-grants/" + id).with(TestUsers.nato()).header("If-Match", "\"0\""))
			.hasStatus(409);
		assertThat(mvc.get().uri("/api/v1/science-grants/" + id)).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.title").isEqualTo("First change");
			assertThat(json).extractingPath("$.status").isEqualTo("APPLIED");
		});
		assertThat(mvc.delete().uri("/api/v1/science-grants/" + id).with(TestUsers.nato()).header("If-Match", "\"1\""))
			.hasStatus(204);
		assertThat(mvc.get().uri("/api/v1/science-grants/" + id).with(TestUsers.nato())).hasStatus(404);
	}

	@Test
	void badInputIsRefusedFieldByField() {
		partner("ARE");
		MvcTestResult swapped = mvc.post()
			.uri("/api/v1/partners/ARE/science-grants")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(unique("Swapped directors"), "PUBLIC", "APPLIED", "", "KWT", "DEU"))
			.exchange();
		assertThat(swapped).hasStatus(400);
		assertThat(swapped).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactly("natoDirector.nation", "partnerDirector.nation");
		assertThat(swapped).bodyJson()
			.extractingPath("$.errors[0].message")
			.asString()
			.contains("'KWT' is not an Ally");

		MvcTestResult invalid = mvc.post()
			.uri("/api/v1/partners/ARE/science-grants")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"title\": \" \", \"priorities\": [], \"natoDirector\": {\"name\": \"\", \"institution\": \"x\", \"nation\": \"DEU\"}}")
			.exchange();
		assertThat(invalid).hasStatus(400);
		assertThat(invalid).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.contains("title", "priorities", "mechanism", "natoDirector.name", "status", "releasability")
			// What no source gives may be left out: a co-director, the budget.
			.doesNotContain("partnerDirector", "budget");

		MvcTestResult overBudget = mvc.post()
			.uri("/api/v1/partners/ARE/science-grants")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(unique("Too generous"), "PUBLIC", "APPLIED", "", "DEU", "ARE").replace("\"amount\": 300000",
					"\"amount\": \"400000\""))
			.exchange();
		assertThat(overBudget).hasStatus(400);
		assertThat(overBudget).bodyJson().extractingPath("$.errors[*].field").asArray().contains("natoShare");

		MvcTestResult unknownPriority = mvc.post()
			.uri("/api/v1/partners/ARE/science-grants")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(unique("Astrology"), "PUBLIC", "APPLIED", "", "DEU", "ARE").replace("\"COUNTER_TERRORISM\"",
					"\"ASTROLOGY\""))
			.exchange();
		assertThat(unknownPriority).hasStatus(400);
		assertThat(unknownPriority).bodyJson().extractingPath("$.errors[0].field").isEqualTo("priorities[1]");
	}

	@Test
	void partnersSeeOnlyWhatIsReleasedToThem() {
		String partnerOnly = applied(unique("Partner-only grant"), "PARTNER");
		String natoOnly = applied(unique("NATO-only grant"), "NATO");
		String everyone = applied(unique("Public grant"), "PUBLIC");
		partner("KWT");

		assertThat(mvc.get().uri("/api/v1/science-grants/" + partnerOnly).with(TestUsers.partner("KWT")))
			.hasStatus(404);
		assertThat(mvc.get().uri("/science-grants/" + partnerOnly).with(TestUsers.partner("KWT"))).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/science-grants/" + partnerOnly + "/schedule").with(TestUsers.partner("KWT")))
			.hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/science-grants/" + partnerOnly)).hasStatus(401);
		assertThat(mvc.get().uri("/api/v1/science-grants/" + partnerOnly).with(TestUsers.partner("ARE"))).hasStatusOk();
		assertThat(mvc.get().uri("/api/v1/science-grants/" + partnerOnly).with(TestUsers.ally())).hasStatusOk();
		assertThat(mvc.get().uri("/api/v1/science-grants/" + everyone)).hasStatusOk();
		assertThat(mvc.get().uri("/api/v1/science-grants/" + natoOnly).with(TestUsers.partner("ARE"))).hasStatus(404);

		assertThat(mvc.get().uri("/api/v1/partners/ARE/science-grants?size=200").with(TestUsers.partner("KWT")))
			.bodyJson()
			.extractingPath("$.items[*].id")
			.asArray()
			.contains(everyone)
			.doesNotContain(partnerOnly, natoOnly);
		assertThat(mvc.get().uri("/api/v1/partners/ARE/science-grants?size=200").with(TestUsers.partner("ARE")))
			.bodyJson()
			.extractingPath("$.items[*].id")
			.asArray()
			.contains(everyone, partnerOnly)
			.doesNotContain(natoOnly);
		assertThat(mvc.get().uri("/partners/ARE/science-grants?size=200").with(TestUsers.partner("KWT"))).hasStatusOk()
			.bodyText()
			.contains(everyone)
			.doesNotContain(partnerOnly, natoOnly, "new-grant");
	}

	@Test
	void onlyEditorsChangeGrants() {
		String id = applied(unique("Guarded grant"), "PUBLIC");

		assertThat(mvc.post()
			.uri("/api/v1/partners/ARE/science-grants")
			.with(TestUsers.partner("ARE"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(unique("Not mine to add"), "PUBLIC", "APPLIED", "", "DEU", "ARE"))).hasStatus(403);
		assertThat(mvc.post()
			.uri("/api/v1/science-grants/" + id + "/submit-for-review")
			.with(TestUsers.partner("ARE"))
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).hasStatus(403);
		assertThat(mvc.post()
			.uri("/api/v1/science-grants/" + id + "/reports")
			.with(TestUsers.partner("ARE"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"dueOn\": \"2015-01-01\", \"summary\": \"x\"}")).hasStatus(403);
		assertThat(mvc.post()
			.uri("/science-grants/" + id + "/submit-for-review")
			.with(TestUsers.partner("ARE"))
			.with(csrf())
			.param("version", "0")).hasStatus(403);
		assertThat(mvc.get().uri("/api/v1/science-grants/" + id)).bodyJson()
			.extractingPath("$.status")
			.isEqualTo("APPLIED");
	}

	@Test
	void theListIsAPageOrJustItsTableForHtmx() {
		String title = unique("Landslide forecast");
		applied(title, "PUBLIC");

		MvcTestResult page = mvc.get().uri("/partners/ARE/science-grants?size=200").with(TestUsers.nato()).exchange();
		assertThat(page).hasStatusOk();
		assertThat(page).bodyText()
			.contains("<html", "navbar", title, "id=\"new-grant\"", "id=\"grant-table\"", "Illustrative sample data");

		MvcTestResult fragment = mvc.get()
			.uri("/partners/ARE/science-grants?size=200")
			.with(TestUsers.nato())
			.header("HX-Request", "true")
			.exchange();
		assertThat(fragment).hasStatusOk();
		assertThat(fragment).bodyText()
			.contains(title, "id=\"grant-table\"")
			.doesNotContain("<html", "<nav", "new-grant");
	}

	@Test
	void theFormShowsProblemsBesideTheFieldsAndSavesNothing() {
		partner("ARE");
		String title = unique("Unsaved grant");

		MvcTestResult result = mvc.post()
			.uri("/partners/ARE/science-grants")
			.with(TestUsers.nato())
			.with(csrf())
			.param("title", title)
			.param("mechanism", "MULTI_YEAR_PROJECT")
			.param("natoDirectorName", "NATO-country director")
			.param("natoDirectorInstitution", "University")
			.param("natoDirectorNation", "KWT")
			.param("partnerDirectorName", "Partner-country director")
			.param("partnerDirectorInstitution", "Institute")
			.param("partnerDirectorNation", "ARE")
			.param("currency", "EUR")
			.param("budget", "100000")
			.param("natoShare", "lots")
			.param("status", "ACTIVE")
			.param("decidedOn", "2014")
			.param("start", "winter 2014")
			.param("releasability", "PUBLIC")
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyText()
			.contains("id=\"priorities-error\"", "choose at least one key priority")
			.contains("id=\"natoShare-error\"", "is not an amount")
			.contains("id=\"start-error\"", "A date is written as a year")
			.contains("id=\"form-errors\"");
		assertThat(mvc.get().uri("/api/v1/partners/ARE/science-grants?size=200").with(TestUsers.nato())).bodyJson()
			.extractingPath("$.items[*].title")
			.asArray()
			.doesNotContain(title);

		MvcTestResult directors = mvc.post()
			.uri("/partners/ARE/science-grants")
			.with(TestUsers.nato())
			.with(csrf())
			.param("title", title)
			.param("mechanism", "ADVANCED_RESEARCH_WORKSHOP")
			.param("priorities", "CYBER_DEFENCE")
			.param("natoDirectorName", "NATO-country director")
			.param("natoDirectorInstitution", "University")
			.param("natoDirectorNation", "KWT")
			.param("partnerDirectorName", "Partner-country director")
			.param("partnerDirectorInstitution", "Institute")
			.param("partnerDirectorNation", "ARE")
			.param("currency", "EUR")
			.param("budget", "60000")
			.param("status", "APPLIED")
			.param("releasability", "PUBLIC")
			.exchange();
		assertThat(directors).hasStatusOk();
		assertThat(directors).bodyText().contains("id=\"natoDirectorNation-error\"", "is not an Ally");
		assertThat(mvc.get().uri("/api/v1/partners/ARE/science-grants?size=200").with(TestUsers.nato())).bodyJson()
			.extractingPath("$.items[*].title")
			.asArray()
			.doesNotContain(title);
	}

	@Test
	void theFormRecordsAGrantAndItsPageShowsItAll() {
		partner("ARE");
		String title = unique("Cyber defence workshop");

		MvcTestResult result = mvc.post()
			.uri("/partners/ARE/science-grants")
			.with(TestUsers.nato())
			.with(csrf())
			.param("title", title)
			.param("mechanism", "ADVANCED_RESEARCH_WORKSHOP")
			.param("priorities", "CYBER_DEFENCE", "BORDER_SECURITY")
			.param("natoDirectorName", "NATO-country director")
			.param("natoDirectorInstitution", "University in an Allied country")
			.param("natoDirectorNation", "DEU")
			.param("partnerDirectorName", "Partner-country director")
			.param("partnerDirectorInstitution", "Institute of the partner")
			.param("partnerDirectorNation", "ARE")
			.param("currency", "EUR")
			.param("budget", "60000")
			.param("natoShare", "55000")
			.param("status", "UNDER_REVIEW")
			.param("reviewOn", "2014-10")
			.param("illustrative", "true")
			.param("releasability", "PARTNER")
			.exchange();

		assertThat(result).hasStatus3xxRedirection();
		String id = result.getResponse().getRedirectedUrl().replace("/science-grants/", "");
		assertThat(mvc.get().uri("/science-grants/" + id).with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains(title, "Cyber defence", "Border and port security", "EUR 60000.00", "EUR 55000.00",
					"University in an Allied country", "id=\"move-approve\"", "id=\"move-reject\"",
					"Illustrative sample data")
			.doesNotContain("id=\"move-activate\"");
		assertThat(mvc.get().uri("/science-grants/" + id + "/edit").with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains(title, "name=\"status\" value=\"UNDER_REVIEW\"");
	}

	@Test
	void anOverdueReportIsFlagged() {
		String title = unique("Flood forecast");
		// Started in 2014, so reports fell due long before today; the one of 2014-09-01
		// is submitted.
		String id = create("ARE", title, "PUBLIC", "ACTIVE",
				"\"reviewOn\": \"2013\", \"decidedOn\": \"2013-12\", \"start\": \"2014-03\", \"end\": \"2016-02\",");

		assertThat(mvc.post()
			.uri("/api/v1/science-grants/" + id + "/reports")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"dueOn\": \"2014-09-01\", \"submittedOn\": \"2014-09-20\", \"summary\": \"Sensors installed.\"}"))
			.hasStatus(201);
		assertThat(mvc.post()
			.uri("/api/v1/science-grants/" + id + "/reports")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"dueOn\": \"2014-10-01\", \"summary\": \"Not a due date.\"}")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("dueOn");

		assertThat(mvc.get().uri("/api/v1/science-grants/" + id + "/schedule")).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$[*].dueOn")
					.asArray()
					.containsExactly("2014-09-01", "2015-03-01", "2015-09-01", "2016-05-31");
				assertThat(json).extractingPath("$[*].status")
					.asArray()
					.containsExactly("SUBMITTED", "OVERDUE", "OVERDUE", "OVERDUE");
				assertThat(json).extractingPath("$[3].finalReport").isEqualTo(true);
			});
		assertThat(mvc.get().uri("/api/v1/science-grants/overdue").with(TestUsers.nato())).hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].id")
			.asArray()
			.contains(id);

		assertThat(mvc.get().uri("/science-grants/" + id).with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains("id=\"report-2015-03-01\" class=\"table-danger\" data-report-status=\"OVERDUE\"",
					"Sensors installed.");
		assertThat(mvc.get().uri("/partners/ARE/science-grants?size=200").with(TestUsers.nato())).bodyText()
			.contains("id=\"grant-" + id + "\" class=\"table-danger\" data-overdue=\"true\"", "3 reports overdue");

		MvcTestResult form = mvc.post()
			.uri("/science-grants/" + id + "/reports")
			.with(TestUsers.nato())
			.with(csrf())
			.param("dueOn", "2015-03-01")
			.param("summary", " ")
			.exchange();
		assertThat(form).hasStatusOk();
		assertThat(form).bodyText().contains("id=\"summary-error\"", "A report needs a summary");

		assertThat(mvc.post()
			.uri("/science-grants/" + id + "/reports")
			.with(TestUsers.nato())
			.with(csrf())
			.param("dueOn", "2015-03-01")
			.param("submittedOn", "2015-03-10")
			.param("summary", "Models calibrated.")).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/api/v1/science-grants/" + id + "/schedule")).bodyJson()
			.extractingPath("$[1].status")
			.isEqualTo("SUBMITTED");
	}

}
