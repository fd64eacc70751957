package org.liaison.fund;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.TestPartners;
import org.liaison.TestUsers;
import org.liaison.shared.Audience;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * An executing agent reads the projects it executes, whatever their releasability, and
 * reports on them: it records commitments, expenditures and output values, and reverses
 * its own entries. It never records the donors' money, reports on another agent's project
 * or sees one that is not public; partners, the public and NATO staff see and do what
 * they did before. The projects are the Republic of Korea's, which no other test class
 * uses.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AgentScopeTests {

	static final String PARTNER = "KOR";

	static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	static final String OWN = "agent-scope-own-" + RUN;

	static final String OTHER = "agent-scope-other-" + RUN;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ProjectService projects;

	@Autowired
	LedgerService ledgers;

	@Autowired
	OutputService outputs;

	/**
	 * Creates the partner and the two agents unless an earlier test did: the database is
	 * shared by all tests.
	 */
	@BeforeEach
	void setUp() {
		TestPartners.ensure(mvc, PARTNER);
		for (String ref : new String[] { OWN, OTHER }) {
			mvc.post()
				.uri("/api/v1/organisations")
				.with(TestUsers.nato())
				.contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"ref": "%s", "name": "Agent %s", "kind": "EXECUTING_AGENT", "city": "Capellen", "releasability": "PUBLIC"}"""
							.formatted(ref, ref))
				.exchange();
		}
	}

	static RequestPostProcessor own() {
		return TestUsers.agent(OWN);
	}

	static RequestPostProcessor other() {
		return TestUsers.agent(OTHER);
	}

	/**
	 * A project in execution of the test partner, executed by the given agent; answers
	 * its id.
	 */
	String project(String agent, String releasability) {
		MvcTestResult result = mvc.post()
			.uri("/api/v1/partners/" + PARTNER + "/funds")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"title": "Agent scope %s", "objective": "Destroy surplus ammunition.", "leadNations": ["AUT", "NOR"],
							 "executingAgent": "%s", "sector": "15250", "currency": "EUR", "status": "IN_EXECUTION",
							 "actualStart": "2013-07",
							 "phases": [{"name": "Phase 1", "start": "2013-07", "end": "2014", "budget": "100000.00"}],
							 "illustrative": false, "releasability": "%s"}
							"""
						.formatted(UUID.randomUUID(), agent, releasability))
			.exchange();
		assertThat(result).hasStatus(201);
		return result.getResponse().getHeader("Location").replace("/api/v1/funds/", "");
	}

	long version(String id) {
		return projects.project(UUID.fromString(id), Audience.alliance()).version();
	}

	MvcTestResult post(String uri, RequestPostProcessor user, String version, String json) {
		return mvc.post()
			.uri(uri)
			.with(user)
			.header("If-Match", "\"" + version + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	MvcTestResult transaction(String id, RequestPostProcessor user, String kind, String amount) {
		return post("/api/v1/funds/" + id + "/transactions", user, String.valueOf(version(id)), """
				{"kind": "%s", "nation": %s, "amount": "%s", "currency": "EUR", "on": "2013-09-01"}""".formatted(kind,
				kind.equals("PLEDGE") || kind.equals("RECEIPT") ? "\"NOR\"" : "null", amount));
	}

	/**
	 * A project of the own agent with 1,000 EUR received from Norway, recorded by NATO
	 * staff.
	 */
	String funded(String releasability) {
		String id = project(OWN, releasability);
		assertThat(transaction(id, TestUsers.nato(), "RECEIPT", "1000.00")).hasStatus(201);
		return id;
	}

	void defineOutput(String id, String item) {
		assertThat(mvc.put()
			.uri("/api/v1/funds/" + id + "/outputs/" + item)
			.with(TestUsers.nato())
			.header("If-Match", "\"" + version(id) + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"item": "%s", "label": "Weapons destroyed", "unit": "weapons", "baseline": 0, "target": "400"}"""
				.formatted(item))
			.exchange()).hasStatusOk();
	}

	@Test
	void anAgentSeesItsOwnNatoOnlyProjectsAndNotAnotherAgents() {
		String mine = project(OWN, "NATO");
		String theirs = project(OTHER, "NATO");
		String ref = projects.project(UUID.fromString(mine), Audience.alliance()).ref();
		String theirRef = projects.project(UUID.fromString(theirs), Audience.alliance()).ref();

		assertThat(mvc.get().uri("/api/v1/funds/" + mine).with(own())).hasStatusOk()
			.bodyJson()
			.extractingPath("$.project.executingAgent")
			.isEqualTo(OWN);
		assertThat(mvc.get().uri("/api/v1/partners/" + PARTNER + "/funds/" + ref).with(own())).hasStatusOk();
		assertThat(mvc.get().uri("/api/v1/funds/" + mine + "/transactions").with(own())).hasStatusOk();
		assertThat(mvc.get().uri("/api/v1/funds/" + mine + "/outputs").with(own())).hasStatusOk();
		assertThat(mvc.get().uri("/fund-projects/" + mine).with(own())).hasStatusOk();

		assertThat(mvc.get().uri("/api/v1/funds/" + theirs).with(own())).hasStatus(404);
		// A provider's account of the same organisation reads for its activities, not its
		// projects.
		assertThat(mvc.get().uri("/api/v1/funds/" + mine).with(TestUsers.provider(OWN))).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/partners/" + PARTNER + "/funds/" + theirRef).with(own())).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/funds/" + theirs + "/transactions").with(own())).hasStatus(404);
		assertThat(mvc.get().uri("/fund-projects/" + theirs).with(own())).hasStatus(404);

		assertThat(mvc.get().uri("/api/v1/partners/" + PARTNER + "/funds?size=100").with(own())).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[*].id")
			.asArray()
			.contains(mine)
			.doesNotContain(theirs);
		assertThat(mvc.get().uri("/api/v1/partners/" + PARTNER + "/funds/portfolio").with(own())).hasStatusOk()
			.bodyJson()
			.extractingPath("$.projects[*].project.id")
			.asArray()
			.contains(mine)
			.doesNotContain(theirs);
		assertThat(mvc.get().uri("/api/v1/funds/portfolio?agent=" + OWN).with(own())).hasStatusOk()
			.bodyJson()
			.extractingPath("$.projects[*].project.executingAgent")
			.asArray()
			.isNotEmpty()
			.containsOnly(OWN);
		// Asking for the other agent's portfolio shows none of its projects that are not
		// public.
		assertThat(mvc.get().uri("/api/v1/funds/portfolio?agent=" + OTHER).with(own())).hasStatusOk()
			.bodyJson()
			.extractingPath("$.projects[*].project.id")
			.asArray()
			.doesNotContain(theirs);
		assertThat(mvc.get().uri("/api/v1/partners/" + PARTNER + "/dossier").with(own())).hasStatusOk()
			.bodyText()
			.contains(ref)
			.doesNotContain(theirRef);
	}

	@Test
	void anAgentRecordsSpendingOnItsOwnProjectAndTheFiguresShowIt() throws Exception {
		String id = funded("NATO");
		assertThat(transaction(id, own(), "COMMITMENT", "600.00")).hasStatus(201);
		MvcTestResult spent = transaction(id, own(), "EXPENDITURE", "400.00");
		assertThat(spent).hasStatus(201).bodyJson().extractingPath("$.kind").isEqualTo("EXPENDITURE");

		assertThat(mvc.get().uri("/api/v1/funds/" + id).with(own())).hasStatusOk().bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.figures.received.amount").isEqualTo(1000.00);
			assertThat(json).extractingPath("$.figures.committed.amount").isEqualTo(600.00);
			assertThat(json).extractingPath("$.figures.spent.amount").isEqualTo(400.00);
			assertThat(json).extractingPath("$.figures.balance.amount").isEqualTo(600.00);
		});

		// An agent corrects what it reported, but never takes back a donor's money.
		String expenditure = JsonPath.read(spent.getResponse().getContentAsString(), "$.id");
		assertThat(mvc.post()
			.uri("/api/v1/funds/" + id + "/transactions/" + expenditure + "/reversal")
			.with(own())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"Entered twice\"}")
			.exchange()).hasStatus(201);
		String receipt = ledgers.transactions(UUID.fromString(id), Audience.alliance()).get(0).id().toString();
		MvcTestResult refused = mvc.post()
			.uri("/api/v1/funds/" + id + "/transactions/" + receipt + "/reversal")
			.with(own())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"Not ours\"}")
			.exchange();
		assertThat(refused).hasStatus(409);
		assertThat(refused).bodyText().contains("receipt");
		assertThat(mvc.get().uri("/api/v1/funds/" + id).with(own())).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.figures.received.amount").isEqualTo(1000.00);
			assertThat(json).extractingPath("$.figures.spent.amount").isEqualTo(0.00);
		});
	}

	@Test
	void anAgentRecordsNoDonorsMoneyAndNothingOnProjectsItDoesNotExecute() {
		String id = funded("NATO");
		long before = version(id);
		MvcTestResult sample = post("/api/v1/funds/" + id + "/transactions", own(), String.valueOf(before),
				"""
						{"kind": "EXPENDITURE", "amount": "10.00", "currency": "EUR", "on": "2013-09-01", "illustrative": true}""");
		assertThat(sample).hasStatus(400).bodyText().contains("illustrative");
		MvcTestResult pledge = transaction(id, own(), "PLEDGE", "5000.00");
		assertThat(pledge).hasStatus(409);
		assertThat(pledge).bodyText().contains("NATO staff");
		assertThat(transaction(id, own(), "RECEIPT", "5000.00")).hasStatus(409);
		MvcTestResult preFinanced = post("/api/v1/funds/" + id + "/transactions", own(), String.valueOf(version(id)),
				"""
						{"kind": "EXPENDITURE", "amount": "9000.00", "currency": "EUR", "on": "2013-09-01", "preFinancedBy": "NOR"}""");
		assertThat(preFinanced).hasStatus(409);
		assertThat(version(id)).isEqualTo(before);
		assertThat(ledgers.transactions(UUID.fromString(id), Audience.alliance())).hasSize(1);

		// Another agent's project: refused where the agent may read it, not found where
		// it may not.
		String visible = project(OTHER, "PUBLIC");
		assertThat(transaction(visible, TestUsers.nato(), "RECEIPT", "1000.00")).hasStatus(201);
		MvcTestResult foreign = transaction(visible, own(), "EXPENDITURE", "100.00");
		assertThat(foreign).hasStatus(409);
		assertThat(foreign).bodyText().contains(OWN);
		// The reason shows even with an old version, which an agent's own project refuses
		// as stale.
		assertThat(post("/api/v1/funds/" + visible + "/transactions", own(), "0", """
				{"kind": "EXPENDITURE", "amount": "100.00", "currency": "EUR", "on": "2013-09-01"}""")).bodyText()
			.contains(OWN);
		assertThat(post("/api/v1/funds/" + id + "/transactions", own(), "0", """
				{"kind": "EXPENDITURE", "amount": "100.00", "currency": "EUR", "on": "2013-09-01"}""")).hasStatus(409)
			.bodyText()
			.doesNotContain(OWN);
		String hidden = project(OTHER, "NATO");
		assertThat(post("/api/v1/funds/" + hidden + "/transactions", own(), "0", """
				{"kind": "EXPENDITURE", "amount": "100.00", "currency": "EUR", "on": "2013-09-01"}""")).hasStatus(404);
		assertThat(ledgers.transactions(UUID.fromString(visible), Audience.alliance())).hasSize(1);
		assertThat(ledgers.transactions(UUID.fromString(hidden), Audience.alliance())).isEmpty();

		// Outputs are defined, and the lifecycle moved, by NATO staff only.
		assertThat(mvc.put()
			.uri("/api/v1/funds/" + id + "/outputs/mines")
			.with(own())
			.header("If-Match", "\"" + version(id) + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"item\": \"mines\", \"label\": \"Mines\", \"unit\": \"mines\"}")
			.exchange()).hasStatus(403);
		assertThat(post("/api/v1/funds/" + id + "/moves/suspend", own(), String.valueOf(version(id)), "{}"))
			.hasStatus(403);
		assertThat(mvc.post().uri("/fund-projects/" + id + "/outputs").with(own()).with(csrf()).param("item", "mines"))
			.hasStatus(403);
	}

	@Test
	void anAgentRecordsTheValuesOfItsOwnProjectsOutputs() {
		String id = project(OWN, "NATO");
		defineOutput(id, "weapons");
		assertThat(post("/api/v1/funds/" + id + "/outputs/weapons/values", own(), String.valueOf(version(id)), """
				{"on": "2014-03", "value": "100", "source": "Agent's quarterly report"}""")).hasStatus(201)
			.bodyJson()
			.extractingPath("$.progress")
			.isEqualTo(0.25);
		assertThat(mvc.post()
			.uri("/fund-projects/" + id + "/outputs/weapons/values")
			.with(own())
			.with(csrf())
			.param("on", "2014-06")
			.param("value", "200")
			.exchange()).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/fund-projects/" + id).with(own())).bodyText().contains("200 / 400 weapons");

		String theirs = project(OTHER, "PUBLIC");
		defineOutput(theirs, "weapons");
		assertThat(
				post("/api/v1/funds/" + theirs + "/outputs/weapons/values", own(), String.valueOf(version(theirs)), """
						{"on": "2014-03", "value": "100"}"""))
			.hasStatus(409);
		assertThat(outputs.outputs(UUID.fromString(theirs), Audience.alliance()).get(0).values()).isEmpty();
	}

	@Test
	void theProjectPageOffersAnAgentTheFormsItMayUseOnItsOwnProjectsOnly() {
		String id = funded("NATO");
		defineOutput(id, "weapons");
		assertThat(mvc.post()
			.uri("/fund-projects/" + id + "/transactions")
			.with(own())
			.with(csrf())
			.param("version", String.valueOf(version(id)))
			.param("kind", "EXPENDITURE")
			.param("party", "")
			.param("amount", "250.00")
			.param("currency", "EUR")
			.param("on", "2013-10-01")
			.exchange()).hasStatus3xxRedirection();
		String receipt = ledgers.transactions(UUID.fromString(id), Audience.alliance()).get(0).id().toString();
		String expenditure = ledgers.transactions(UUID.fromString(id), Audience.alliance()).get(1).id().toString();
		assertThat(mvc.get().uri("/fund-projects/" + id).with(own())).hasStatusOk().bodyText().satisfies(page -> {
			assertThat(page).contains("id=\"reporter-hint\"", "id=\"transaction-form\"", "value=\"EXPENDITURE\"",
					"value=\"COMMITMENT\"", "/outputs/weapons/values", "id=\"transaction-2\"",
					"transactions/" + expenditure + "/reversal");
			// The reversal offered is of the agent's own entries, not of the donor's
			// receipt.
			assertThat(page).doesNotContain("value=\"PLEDGE\"", "value=\"RECEIPT\"", "id=\"define-output\"",
					"id=\"lifecycle\"", "id=\"edit-project\"", "name=\"preFinancedBy\"",
					"transactions/" + receipt + "/reversal");
		});
		// The ledger's htmx fragment offers the same.
		assertThat(mvc.get().uri("/fund-projects/" + id + "?kind=EXPENDITURE").header("HX-Request", "true").with(own()))
			.bodyText()
			.contains("transactions/" + expenditure + "/reversal");

		String theirs = project(OTHER, "PUBLIC");
		defineOutput(theirs, "weapons");
		assertThat(mvc.get().uri("/fund-projects/" + theirs).with(own())).hasStatusOk().bodyText().satisfies(page -> {
			assertThat(page).doesNotContain("id=\"reporter-hint\"", "id=\"transaction-form\"",
					"/outputs/weapons/values", "/reversal");
		});

		// The agent finds its projects from the navigation.
		assertThat(mvc.get().uri("/funds").with(own())).bodyText()
			.contains("id=\"nav-own-projects\"", "/funds?agent=" + OWN);
		assertThat(mvc.get().uri("/funds?agent=" + OWN).with(own())).hasStatusOk()
			.bodyText()
			.contains("Agent " + OWN, "project-" + id)
			.doesNotContain("project-" + theirs);
		assertThat(mvc.get().uri("/funds").with(TestUsers.nato())).bodyText().doesNotContain("id=\"nav-own-projects\"");
	}

	@Test
	void partnersThePublicAndAnAgentOfNoOrganisationSeeNothingNew() {
		String id = funded("NATO");
		String ref = projects.project(UUID.fromString(id), Audience.alliance()).ref();
		for (RequestPostProcessor reader : new RequestPostProcessor[] { TestUsers.partner(PARTNER),
				TestUsers.agent() }) {
			assertThat(mvc.get().uri("/api/v1/funds/" + id).with(reader)).hasStatus(404);
			assertThat(mvc.get().uri("/fund-projects/" + id).with(reader)).hasStatus(404);
			assertThat(mvc.get().uri("/api/v1/partners/" + PARTNER + "/funds?size=100").with(reader)).hasStatusOk()
				.bodyJson()
				.extractingPath("$.items[*].id")
				.asArray()
				.doesNotContain(id);
			assertThat(mvc.get().uri("/api/v1/partners/" + PARTNER + "/dossier").with(reader)).hasStatusOk()
				.bodyText()
				.doesNotContain(ref);
		}
		// The public is asked to sign in, as for any record it may not read.
		assertThat(mvc.get().uri("/api/v1/funds/" + id)).hasStatus(401);
		assertThat(mvc.get().uri("/api/v1/funds/portfolio?agent=" + OWN)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.projects[*].project.id")
			.asArray()
			.doesNotContain(id);
		assertThat(mvc.get().uri("/api/v1/partners/" + PARTNER + "/iati-activities.xml")).hasStatusOk()
			.bodyText()
			.doesNotContain(ref);

		// None of them writes to the ledger; an agent of no organisation reports on
		// nothing it may read.
		assertThat(transaction(id, TestUsers.partner(PARTNER), "EXPENDITURE", "10.00")).hasStatus(403);
		assertThat(mvc.post()
			.uri("/api/v1/funds/" + id + "/transactions")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")
			.exchange()).hasStatus(401);
		String open = project(OWN, "PUBLIC");
		assertThat(transaction(open, TestUsers.agent(), "EXPENDITURE", "10.00")).hasStatus(409);
		assertThat(mvc.get().uri("/funds").with(TestUsers.agent())).bodyText()
			.doesNotContain("id=\"nav-own-projects\"");
	}

	@Test
	void natoStaffStillKeepEveryProject() {
		String id = project(OWN, "NATO");
		assertThat(mvc.get().uri("/api/v1/funds/" + id).with(TestUsers.nato())).hasStatusOk();
		assertThat(transaction(id, TestUsers.nato(), "PLEDGE", "5000.00")).hasStatus(201);
		assertThat(transaction(id, TestUsers.nato(), "RECEIPT", "5000.00")).hasStatus(201);
		assertThat(post("/api/v1/funds/" + id + "/transactions", TestUsers.nato(), String.valueOf(version(id)),
				"""
						{"kind": "EXPENDITURE", "amount": "9000.00", "currency": "EUR", "on": "2013-09-01", "preFinancedBy": "NOR"}"""))
			.hasStatus(201);
		defineOutput(id, "weapons");
		assertThat(post("/api/v1/funds/" + id + "/outputs/weapons/values", TestUsers.nato(),
				String.valueOf(version(id)), """
						{"on": "2014", "value": "10"}"""))
			.hasStatus(201);
		String pledge = ledgers.transactions(UUID.fromString(id), Audience.alliance()).get(0).id().toString();
		assertThat(mvc.post()
			.uri("/api/v1/funds/" + id + "/transactions/" + pledge + "/reversal")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"Pledge withdrawn\"}")
			.exchange()).hasStatus(201);
		assertThat(mvc.get().uri("/fund-projects/" + id).with(TestUsers.nato())).bodyText()
			.contains("value=\"PLEDGE\"", "id=\"define-output\"", "id=\"lifecycle\"", "name=\"preFinancedBy\"")
			.doesNotContain("id=\"reporter-hint\"");
	}

}
