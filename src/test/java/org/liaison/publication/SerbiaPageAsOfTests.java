package org.liaison.publication;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Serbia's page as it stood on 11 February 2015, the day of the seed page, states every
 * fact of the seed page, also once later records stand beside the demo's. The later
 * records this test writes to Serbia are removed after each test, so that the demo page
 * other tests read is the seed page again, down to its "last updated".
 */
@SpringBootTest
@AutoConfigureMockMvc
class SerbiaPageAsOfTests {

	private static final String SEED_DAY = "/partners/SRB/relations?on=2015-02-11";

	private static final String LATER_SUMMARY = "A summary written for 2022 by a test, not a fact of the seed page.";

	private static final String LATER_IPAP = "Second Individual Partnership Action Plan (written by a test)";

	private static final String LATER_EMBASSY = "Embassy in Belgrade of a later contact point term (written by a test)";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	private final Deque<Runnable> removals = new ArrayDeque<>();

	private String text(String uri) throws Exception {
		MvcTestResult result = mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@BeforeEach
	void derivedMilestonesAreIn() {
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(text(SEED_DAY)).contains("Serbia joins the Partnership for Peace",
					"Serbia concludes an Individual Partnership Action Plan (IPAP) with NATO",
					"NATO completes a PfP trust fund project to destroy 28,000",
					"develop alternative livelihoods for former Serbian armed forces personnel"));
	}

	@AfterEach
	void serbiaIsTheSeedPageAgain() throws Exception {
		// The last added first: a role goes before its organisation.
		while (!removals.isEmpty()) {
			removals.pop().run();
		}
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(text("/api/v1/partners/SRB/milestones")).doesNotContain(LATER_IPAP,
					LATER_EMBASSY));
		MvcTestResult today = mvc.get().uri("/api/v1/partners/SRB/relations").exchange();
		assertThat(today).bodyJson().extractingPath("$.lastUpdated").isEqualTo("2015-02-11T09:46:00Z");
		assertThat(today).bodyText().doesNotContain(LATER_SUMMARY, LATER_IPAP, LATER_EMBASSY);
	}

	@Test
	void statesEveryFactOfTheSeedPageAsItStoodOnItsDay() throws Exception {
		String page = text(SEED_DAY);
		assertThat(SerbiaFacts.FACTS).allSatisfy(fact -> assertThat(page).contains(fact));
		assertThat(page).contains("The page as it stood on 11 February 2015");
	}

	@Test
	void stillStatesThemAfterALaterPlanEmbassyAndSummaryAreRecorded() throws Exception {
		addLaterIpap();
		addLaterContactPointEmbassy();
		addLaterSummary();

		String seedDay = text(SEED_DAY);
		assertThat(SerbiaFacts.FACTS).allSatisfy(fact -> assertThat(seedDay).contains(fact));
		assertThat(seedDay).doesNotContain(LATER_SUMMARY, LATER_IPAP, LATER_EMBASSY);

		// Later days show what began by then, and today's page the latest summary.
		String endOf2017 = text("/partners/SRB/relations?on=2017-12-11");
		assertThat(endOf2017).contains(LATER_EMBASSY).doesNotContain(LATER_SUMMARY, LATER_IPAP);
		assertThat(text("/partners/SRB/relations")).contains(LATER_SUMMARY, LATER_IPAP, LATER_EMBASSY);
		assertThat(mvc.get().uri("/api/v1/partners/SRB/relations?on=2015-02-11")).bodyJson()
			.extractingPath("$.lastUpdated")
			.isEqualTo("2015-02-11T09:46:00Z");
	}

	private void addLaterIpap() {
		MvcTestResult created = mvc.post()
			.uri("/api/v1/partners/SRB/agreements")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type": "IPAP", "title": "%s", "status": "AGREED", "submittedOn": "2019-03", "agreedOn": "2019-06",
					 "agreedText": "%s agreed", "releasability": "PUBLIC"}
					""".formatted(LATER_IPAP, LATER_IPAP))
			.exchange();
		assertThat(created).hasStatus(201);
		String location = created.getResponse().getHeader("Location");
		removals.push(() -> assertThat(mvc.delete()
			.uri(location)
			.with(TestUsers.nato())
			.header("If-Match",
					mvc.get().uri(location).with(TestUsers.nato()).exchange().getResponse().getHeader("ETag")))
			.hasStatus(204));
	}

	private void addLaterContactPointEmbassy() {
		MvcTestResult organisation = mvc.post()
			.uri("/api/v1/organisations")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"ref": "as-of-test-embassy-belgrade", "name": "%s", "kind": "EMBASSY", "nation": "CZE",
					 "city": "Belgrade", "releasability": "PUBLIC"}
					""".formatted(LATER_EMBASSY))
			.exchange();
		assertThat(organisation).hasStatus(201);
		String organisationLocation = organisation.getResponse().getHeader("Location");
		removals.push(() -> assertThat(mvc.delete()
			.uri(organisationLocation)
			.with(TestUsers.nato())
			.header("If-Match",
					mvc.get()
						.uri(organisationLocation)
						.with(TestUsers.nato())
						.exchange()
						.getResponse()
						.getHeader("ETag")))
			.hasStatus(204));
		MvcTestResult role = mvc.post()
			.uri("/api/v1/partners/SRB/roles")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"organisationRef": "as-of-test-embassy-belgrade", "kind": "CONTACT_POINT_EMBASSY",
					 "from": "2017-01", "until": "2018-12", "milestoneText": "%s begins its term",
					 "releasability": "PUBLIC"}
					""".formatted(LATER_EMBASSY))
			.exchange();
		assertThat(role).hasStatus(201);
		String roleLocation = role.getResponse().getHeader("Location");
		removals.push(() -> assertThat(mvc.delete()
			.uri(roleLocation)
			.with(TestUsers.nato())
			.header("If-Match",
					mvc.get().uri(roleLocation).with(TestUsers.nato()).exchange().getResponse().getHeader("ETag")))
			.hasStatus(204));
	}

	private void addLaterSummary() throws Exception {
		MvcTestResult current = mvc.get().uri("/api/v1/partners/SRB").with(TestUsers.nato()).exchange();
		JsonNode profile = json.readTree(current.getResponse().getContentAsString(StandardCharsets.UTF_8));
		String body = json.writeValueAsString(json.createObjectNode()
			.put("summary", LATER_SUMMARY)
			.put("policy", profile.get("policy").asString())
			.put("aspirant", profile.get("aspirant").asBoolean())
			.put("releasability", "PUBLIC")
			.put("effectiveFrom", "2022-03-01"));
		MvcTestResult revised = mvc.put()
			.uri("/api/v1/partners/SRB")
			.with(TestUsers.nato())
			.header("If-Match", current.getResponse().getHeader("ETag"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
		assertThat(revised).hasStatusOk();
		assertThat(revised).bodyJson().extractingPath("$.summary").isEqualTo(LATER_SUMMARY);
		removals.push(() -> assertThat(mvc.delete()
			.uri("/api/v1/partners/SRB/versions/2022-03-01")
			.with(TestUsers.nato())
			.header("If-Match",
					mvc.get()
						.uri("/api/v1/partners/SRB")
						.with(TestUsers.nato())
						.exchange()
						.getResponse()
						.getHeader("ETag")))
			.hasStatusOk());
	}

}
