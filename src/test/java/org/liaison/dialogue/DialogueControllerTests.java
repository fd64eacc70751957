package org.liaison.dialogue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.liaison.TestUsers;
import org.liaison.shared.MilestoneEvent.Entry;
import org.liaison.shared.PartialDate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The dialogue pages and API over the shared test database. Only Mongolia and Ireland are
 * partners of this class; other classes use other nations, and every test names its
 * records so that it finds only its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class DialogueControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationEvents events;

	private final JsonMapper json = JsonMapper.builder().build();

	// Several tests share these partners, in any order.
	private void ensurePartner(String nation) {
		if (mvc.get()
			.uri("/api/v1/partners/" + nation)
			.with(TestUsers.nato())
			.exchange()
			.getResponse()
			.getStatus() == 404) {
			assertThat(mvc.post()
				.uri("/api/v1/partners")
				.with(TestUsers.nato())
				.contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"nation": "%s", "profile": {"summary": "A partner.", "aspirant": false, "releasability": "PUBLIC"}}
								"""
							.formatted(nation)))
				.hasStatus(201);
		}
	}

	private Map<?, ?> post(String uri, String body) throws Exception {
		MvcTestResult result = mvc.post()
			.uri(uri)
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
		assertThat(result).hasStatus(201);
		return json.readValue(result.getResponse().getContentAsString(), Map.class);
	}

	private Map<?, ?> addBody(String nation, String name, String releasability) throws Exception {
		return post("/api/v1/partners/" + nation + "/bodies", """
				{"name": "%s", "purpose": "To provide advice on reform.", "established": "2006-02",
				 "releasability": "%s"}""".formatted(name, releasability));
	}

	private Map<?, ?> addStatement(String nation, String title, String date, String releasability) throws Exception {
		return post("/api/v1/partners/" + nation + "/statements",
				"""
						{"kind": "STATEMENT", "title": "%s", "speaker": "NATO Secretary General Jens Stoltenberg",
						 "date": "%s", "place": "Brussels", "quote": "The new agreement will allow us to enhance our cooperation.",
						 "source": "https://www.nato.int/", "releasability": "%s"}"""
					.formatted(title, date, releasability));
	}

	private List<String> statementTitles(String nation, RequestPostProcessor user) throws Exception {
		MvcTestResult result = mvc.get()
			.uri("/api/v1/partners/" + nation + "/statements?size=200")
			.with(user)
			.exchange();
		assertThat(result).hasStatusOk();
		return ((List<?>) json.readValue(result.getResponse().getContentAsString(), Map.class).get("items")).stream()
			.map(item -> (String) ((Map<?, ?>) item).get("title"))
			.toList();
	}

	private List<String> bodyNames(String nation, RequestPostProcessor user) throws Exception {
		MvcTestResult result = mvc.get().uri("/api/v1/partners/" + nation + "/bodies").with(user).exchange();
		assertThat(result).hasStatusOk();
		return json.readValue(result.getResponse().getContentAsString(), List.class)
			.stream()
			.map(item -> (String) ((Map<?, ?>) item).get("name"))
			.toList();
	}

	@Test
	void bodyCreatedThroughTheApiIsAMilestone() throws Exception {
		ensurePartner("MNG");

		MvcTestResult result = mvc.post()
			.uri("/api/v1/partners/MNG/bodies")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Mongolia/NATO Defence Reform Group", "shortName": "DRG",
					 "purpose": "Advice on the reform and modernisation of the armed forces.",
					 "members": "NATO and Mongolian defence officials", "established": "2006-02",
					 "releasability": "PUBLIC"}""")
			.exchange();

		assertThat(result).hasStatus(201).hasHeader("ETag", "\"0\"");
		assertThat(result).bodyJson().extractingPath("$.ref").isEqualTo("mongolia-nato-defence-reform-group");
		String id = result.getResponse().getHeader("Location").replace("/api/v1/bodies/", "");
		assertThat(mvc.get().uri("/api/v1/bodies/" + id)).hasStatusOk()
			.hasHeader("ETag", "\"0\"")
			.bodyJson()
			.extractingPath("$.shortName")
			.isEqualTo("DRG");
		assertThat(events.stream(BodyEstablished.class)
			.filter(e -> e.facts().sourceId().toString().equals(id))
			.findFirst()
			.orElseThrow()
			.facts()
			.entries())
			.containsExactly(new Entry("established", PartialDate.ofMonth(2006, 2),
					"The Mongolia/NATO Defence Reform Group is established."));
		assertThat(mvc.get().uri("/bodies/" + id).with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains("Mongolia/NATO Defence Reform Group")
			.contains("February 2006")
			.contains("NATO and Mongolian defence officials");
		assertThat(mvc.get().uri("/partners/MNG/bodies").with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains("/bodies/" + id);
	}

	@Test
	void bodyWithoutADateIsRecordedAndItsRevisionAndDeletionPublished() throws Exception {
		ensurePartner("MNG");
		String id = (String) post("/api/v1/partners/MNG/bodies", """
				{"name": "Mongolia expert staff talks", "purpose": "Staff talks.", "releasability": "PUBLIC"}""")
			.get("id");

		assertThat(events.stream(BodyRecorded.class).filter(e -> e.facts().sourceId().toString().equals(id)))
			.singleElement()
			.satisfies(e -> assertThat(e.facts().entries()).isEmpty());

		assertThat(mvc.put()
			.uri("/api/v1/bodies/" + id)
			.with(TestUsers.nato())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Mongolia expert staff talks", "purpose": "Staff talks.", "established": "2009",
					 "dissolved": "2012", "releasability": "PUBLIC"}""")).hasStatusOk().hasHeader("ETag", "\"1\"");
		assertThat(mvc.delete().uri("/api/v1/bodies/" + id).with(TestUsers.nato()).header("If-Match", "\"1\""))
			.hasStatus(204);

		assertThat(events.stream(BodyRevised.class).filter(e -> e.facts().sourceId().toString().equals(id)))
			.extracting(e -> e.facts().entries().size(), e -> e.facts().sourceVersion())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, 1L), org.assertj.core.groups.Tuple.tuple(0, 2L));
		assertThat(mvc.get().uri("/api/v1/bodies/" + id).with(TestUsers.nato())).hasStatus(404);
	}

	@Test
	void statementCreatedThroughTheApiShowsItsQuote() throws Exception {
		ensurePartner("MNG");

		String id = (String) addStatement("MNG", "Statement on the Mongolian partnership", "2015-01-15", "PUBLIC")
			.get("id");

		assertThat(mvc.get().uri("/api/v1/statements/" + id)).hasStatusOk()
			.hasHeader("ETag", "\"0\"")
			.bodyJson()
			.extractingPath("$.ref")
			.isEqualTo("2015-01-15-statement-on-the-mongolian-partnership");
		assertThat(mvc.get().uri("/statements/" + id).with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains("<blockquote")
			.contains("The new agreement will allow us to enhance our cooperation.")
			.contains("NATO Secretary General Jens Stoltenberg")
			.contains("15 January 2015")
			.contains("Brussels")
			.contains("href=\"https://www.nato.int/\"");
	}

	@Test
	void statementsListIsAPageOrForHtmxJustTheList() throws Exception {
		ensurePartner("IRL");
		addStatement("IRL", "Irish statement for the list page", "2014-09", "PUBLIC");

		assertThat(mvc.get().uri("/partners/IRL/statements").with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains("<html")
			.contains("<nav")
			.contains("Irish statement for the list page")
			.contains("September 2014");

		MvcTestResult fragment = mvc.get()
			.uri("/partners/IRL/statements")
			.with(TestUsers.nato())
			.header("HX-Request", "true")
			.exchange();
		assertThat(fragment).hasStatusOk()
			.bodyText()
			.contains("id=\"statement-list\"")
			.contains("Irish statement for the list page")
			.doesNotContain("<nav")
			.doesNotContain("<html");
	}

	@Test
	void statementsArePagedNewestFirst() throws Exception {
		ensurePartner("IRL");
		// This test counts every statement of its partner, so it starts from none.
		for (Object item : (List<?>) json
			.readValue(mvc.get()
				.uri("/api/v1/partners/IRL/statements?size=200")
				.with(TestUsers.nato())
				.exchange()
				.getResponse()
				.getContentAsString(), Map.class)
			.get("items")) {
			Map<?, ?> statement = (Map<?, ?>) item;
			assertThat(mvc.delete()
				.uri("/api/v1/statements/" + statement.get("id"))
				.with(TestUsers.nato())
				.header("If-Match", "\"" + statement.get("version") + "\"")).hasStatus(204);
		}
		addStatement("IRL", "Paged statement one", "2013", "PUBLIC");
		addStatement("IRL", "Paged statement three", "2015-01-15", "PUBLIC");
		addStatement("IRL", "Paged statement two", "2014-09", "PUBLIC");

		MvcTestResult first = mvc.get().uri("/api/v1/partners/IRL/statements?page=0&size=2").exchange();
		assertThat(first).hasStatusOk().bodyJson().extractingPath("$.total").isEqualTo(3);
		assertThat(first).bodyJson()
			.extractingPath("$.items[*].title")
			.asArray()
			.containsExactly("Paged statement three", "Paged statement two");
		MvcTestResult second = mvc.get().uri("/api/v1/partners/IRL/statements?page=1&size=2").exchange();
		assertThat(second).bodyJson()
			.extractingPath("$.items[*].title")
			.asArray()
			.containsExactly("Paged statement one");

		assertThat(mvc.get().uri("/partners/IRL/statements?size=2").with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains("Page 1 of 2 (3 in all)")
			.contains("/partners/IRL/statements?size=2&amp;page=1")
			.doesNotContain("Paged statement one");
	}

	@Test
	void statementFormShowsProblemsBesideTheFieldsAndSavesNothing() throws Exception {
		ensurePartner("MNG");

		MvcTestResult nothingSaid = mvc.post()
			.uri("/partners/MNG/statements")
			.with(TestUsers.nato())
			.with(csrf())
			.param("kind", "STATEMENT")
			.param("title", "A statement that says nothing")
			.param("date", "2015")
			.param("releasability", "PUBLIC")
			.exchange();
		assertThat(nothingSaid).hasStatusOk()
			.bodyText()
			.contains("id=\"quote-error\"")
			.contains("A statement needs the words quoted or a summary");

		MvcTestResult badDate = mvc.post()
			.uri("/partners/MNG/statements")
			.with(TestUsers.nato())
			.with(csrf())
			.param("kind", "MEETING")
			.param("title", "A meeting on a bad date")
			.param("date", "January 2015")
			.param("summary", "They met.")
			.param("releasability", "PUBLIC")
			.exchange();
		assertThat(badDate).hasStatusOk()
			.bodyText()
			.contains("id=\"date-error\"")
			.contains("A date is written as a year");

		assertThat(statementTitles("MNG", TestUsers.nato())).doesNotContain("A statement that says nothing",
				"A meeting on a bad date");
	}

	@Test
	void bodyFormShowsProblemsBesideTheFieldsAndSavesNothing() throws Exception {
		ensurePartner("MNG");

		MvcTestResult result = mvc.post()
			.uri("/partners/MNG/bodies")
			.with(TestUsers.nato())
			.with(csrf())
			.param("name", "Body dissolved before it began")
			.param("purpose", "None.")
			.param("established", "2010")
			.param("dissolved", "2009")
			.param("releasability", "PUBLIC")
			.exchange();
		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("id=\"dissolved-error\"")
			.contains("cannot be dissolved before it was established");

		MvcTestResult blank = mvc.post()
			.uri("/partners/MNG/bodies")
			.with(TestUsers.nato())
			.with(csrf())
			.param("name", "Body without a purpose")
			.param("purpose", " ")
			.param("releasability", "PUBLIC")
			.exchange();
		assertThat(blank).hasStatusOk().bodyText().contains("id=\"purpose-error\"");

		assertThat(bodyNames("MNG", TestUsers.nato())).doesNotContain("Body dissolved before it began",
				"Body without a purpose");
	}

	@Test
	void formCreatesAndRedirectsToTheRecord() {
		ensurePartner("MNG");

		MvcTestResult result = mvc.post()
			.uri("/partners/MNG/statements")
			.with(TestUsers.nato())
			.with(csrf())
			.param("kind", "MEETING")
			.param("title", "Mongolian Prime Minister meets the Secretary General")
			.param("speaker", "NATO Secretary General and the Prime Minister of Mongolia")
			.param("date", "2015-02")
			.param("place", "Munich")
			.param("summary", "A bilateral meeting.")
			.param("releasability", "PUBLIC")
			.exchange();

		assertThat(result).hasStatus3xxRedirection();
		assertThat(result.getResponse().getRedirectedUrl()).startsWith("/statements/");
		assertThat(mvc.get().uri(result.getResponse().getRedirectedUrl()).with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains("Munich")
			.contains("A bilateral meeting.");
	}

	@Test
	void partnerRecordsAreSeenByThatPartnerOnly() throws Exception {
		ensurePartner("MNG");
		ensurePartner("IRL");
		String statement = (String) addStatement("MNG", "Partner-only Mongolian statement", "2012", "PARTNER")
			.get("id");
		String body = (String) addBody("MNG", "Partner-only Mongolian council", "PARTNER").get("id");

		assertThat(mvc.get().uri("/api/v1/statements/" + statement).with(TestUsers.partner("MNG"))).hasStatusOk();
		assertThat(mvc.get().uri("/api/v1/bodies/" + body).with(TestUsers.partner("MNG"))).hasStatusOk();
		assertThat(mvc.get().uri("/api/v1/statements/" + statement).with(TestUsers.ally())).hasStatusOk();
		assertThat(statementTitles("MNG", TestUsers.partner("MNG"))).contains("Partner-only Mongolian statement");
		assertThat(bodyNames("MNG", TestUsers.partner("MNG"))).contains("Partner-only Mongolian council");
		assertThat(mvc.get().uri("/statements/" + statement).with(TestUsers.partner("MNG"))).hasStatusOk();

		assertThat(mvc.get().uri("/api/v1/statements/" + statement).with(TestUsers.partner("IRL"))).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/bodies/" + body).with(TestUsers.partner("IRL"))).hasStatus(404);
		assertThat(mvc.get().uri("/statements/" + statement).with(TestUsers.partner("IRL"))).hasStatus(404);
		assertThat(mvc.get().uri("/bodies/" + body).with(TestUsers.partner("IRL"))).hasStatus(404);
		assertThat(mvc.get().uri("/bodies/" + body + "/edit").with(TestUsers.partner("IRL"))).hasStatus(404);
		assertThat(statementTitles("MNG", TestUsers.partner("IRL"))).doesNotContain("Partner-only Mongolian statement");
		assertThat(bodyNames("MNG", TestUsers.partner("IRL"))).doesNotContain("Partner-only Mongolian council");
		assertThat(mvc.get().uri("/partners/MNG/statements").with(TestUsers.partner("IRL"))).hasStatusOk()
			.bodyText()
			.doesNotContain("Partner-only Mongolian statement");
		assertThat(mvc.get().uri("/partners/MNG/bodies").with(TestUsers.partner("IRL"))).hasStatusOk()
			.bodyText()
			.doesNotContain("Partner-only Mongolian council");

		assertThat(mvc.get().uri("/api/v1/statements/" + statement)).hasStatus(401);
		assertThat(mvc.get().uri("/api/v1/bodies/" + body)).hasStatus(401);
		assertThat(statementTitles("MNG", TestUsers.agent())).doesNotContain("Partner-only Mongolian statement");
	}

	@Test
	void natoRecordsAreHiddenFromThePartnerItself() throws Exception {
		ensurePartner("MNG");
		String statement = (String) addStatement("MNG", "NATO-only note on Mongolia", "2011", "NATO").get("id");
		String body = (String) addBody("MNG", "NATO-only Mongolian working group", "NATO").get("id");

		assertThat(mvc.get().uri("/api/v1/statements/" + statement).with(TestUsers.partner("MNG"))).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/bodies/" + body).with(TestUsers.partner("MNG"))).hasStatus(404);
		assertThat(statementTitles("MNG", TestUsers.partner("MNG"))).doesNotContain("NATO-only note on Mongolia");
		assertThat(bodyNames("MNG", TestUsers.partner("MNG"))).doesNotContain("NATO-only Mongolian working group");
		assertThat(mvc.get().uri("/api/v1/statements/" + statement).with(TestUsers.ally())).hasStatusOk();
		assertThat(mvc.get().uri("/api/v1/bodies/" + body).with(TestUsers.nato())).hasStatusOk();
	}

	@Test
	void partnersCannotChangeTheRecord() {
		ensurePartner("MNG");

		assertThat(mvc.post()
			.uri("/api/v1/partners/MNG/statements")
			.with(TestUsers.partner("MNG"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"kind\": \"STATEMENT\", \"title\": \"Not allowed\", \"date\": \"2015\", \"summary\": \"x\", \"releasability\": \"PUBLIC\"}"))
			.hasStatus(403);
		assertThat(mvc.post()
			.uri("/api/v1/partners/MNG/bodies")
			.with(TestUsers.partner("MNG"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Not allowed\", \"purpose\": \"x\", \"releasability\": \"PUBLIC\"}")).hasStatus(403);
		assertThat(mvc.post()
			.uri("/partners/MNG/bodies")
			.with(TestUsers.partner("MNG"))
			.with(csrf())
			.param("name", "Not allowed")
			.param("purpose", "x")
			.param("releasability", "PUBLIC")).hasStatus(403);
	}

	@Test
	void staleVersionIsRefusedAndTheNewerOneKept() throws Exception {
		ensurePartner("IRL");
		String id = (String) addStatement("IRL", "Irish statement revised twice", "2010", "PUBLIC").get("id");
		String revision = """
				{"kind": "SPEECH", "title": "Irish statement revised twice", "date": "2010", "summary": "%s",
				 "releasability": "PUBLIC"}""";

		assertThat(mvc.put()
			.uri("/api/v1/statements/" + id)
			.with(TestUsers.nato())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(revision.formatted("First change"))).hasStatusOk().hasHeader("ETag", "\"1\"");
		MvcTestResult stale = mvc.put()
			.uri("/api/v1/statements/" + id)
			.with(TestUsers.nato())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(revision.formatted("Stale change"))
			.exchange();
		assertThat(stale).hasStatus(409).bodyJson().extractingPath("$.title").isEqualTo("Stale version");
		assertThat(mvc.delete().uri("/api/v1/statements/" + id).with(TestUsers.nato()).header("If-Match", "\"0\""))
			.hasStatus(409);
		assertThat(mvc.get().uri("/api/v1/statements/" + id)).bodyJson()
			.extractingPath("$.summary")
			.isEqualTo("First change");
	}

	@Test
	void invalidApiInputIsAProblemWithEveryField() throws Exception {
		ensurePartner("IRL");

		MvcTestResult missing = mvc.post()
			.uri("/api/v1/partners/IRL/statements")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"STATEMENT\", \"title\": \" \"}")
			.exchange();
		assertThat(missing).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.contains("title", "date", "releasability");

		MvcTestResult meeting = mvc.post()
			.uri("/api/v1/partners/IRL/statements")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"kind\": \"MEETING\", \"title\": \"Meeting of nobody\", \"date\": \"2015\", \"summary\": \"x\", \"releasability\": \"PUBLIC\"}")
			.exchange();
		assertThat(meeting).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("speaker");

		addBody("IRL", "Irish body with a taken ref", "PUBLIC");
		MvcTestResult taken = mvc.post()
			.uri("/api/v1/partners/IRL/bodies")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"ref\": \"irish-body-with-a-taken-ref\", \"name\": \"Another\", \"purpose\": \"x\", \"releasability\": \"PUBLIC\"}")
			.exchange();
		assertThat(taken).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("ref");

		assertThat(mvc.post()
			.uri("/api/v1/partners/FRA/bodies")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Body of an Ally\", \"purpose\": \"x\", \"releasability\": \"PUBLIC\"}"))
			.hasStatus(400);
	}

	@Test
	void deletingFromHtmxAnswersAnEmptyFragment() throws Exception {
		ensurePartner("IRL");
		String id = (String) addStatement("IRL", "Irish statement deleted from the list", "2009", "PUBLIC").get("id");

		MvcTestResult result = mvc.post()
			.uri("/statements/" + id + "/delete")
			.with(TestUsers.nato())
			.with(csrf())
			.header("HX-Request", "true")
			.param("version", "0")
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyText().isBlank();
		assertThat(mvc.get().uri("/api/v1/statements/" + id).with(TestUsers.nato())).hasStatus(404);
	}

}
