package org.liaison.timeline;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liaison.TestUsers;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The timeline learns of the other modules' changes through their events: an agreement
 * agreed, an office established, a membership started or a body established gives one
 * milestone, which follows the record's edits and goes with it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TimelineIntegrationTests {

	static final NationCode PARTNER = NationCode.of("BIH");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TimelineService timeline;

	private String post(String url, String body) {
		MvcTestResult result = mvc.post()
			.uri(url)
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
		assertThat(result).as(url).hasStatus(201);
		return result.getResponse().getHeader("Location");
	}

	private void partnerExists() {
		mvc.post()
			.uri("/api/v1/partners")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"nation\": \"BIH\", \"profile\": {\"summary\": \"A partner.\", \"aspirant\": true, \"releasability\": \"PUBLIC\"}}")
			.exchange();
	}

	private List<MilestoneSummary> derivedFrom(String location) {
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		return timeline.timeline(PARTNER, Audience.alliance()).stream().filter(m -> id.equals(m.sourceId())).toList();
	}

	@Test
	void anAgreementsDatedStepsGiveMilestonesThatFollowItsRecord() {
		partnerExists();
		String title = "Plan " + UUID.randomUUID();
		String agreement = post("/api/v1/partners/BIH/agreements", """
				{"type": "IPAP", "title": "%s", "status": "DRAFT", "parties": [], "releasability": "PUBLIC"}"""
			.formatted(title));
		assertThat(derivedFrom(agreement)).isEmpty();

		assertThat(mvc.post()
			.uri(agreement + "/submit")
			.with(TestUsers.nato())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"on\": \"2008-09\"}")).hasStatusOk();
		assertThat(mvc.post()
			.uri(agreement + "/agree")
			.with(TestUsers.nato())
			.header("If-Match", "\"1\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"on\": \"2008-12-03\"}")).hasStatusOk();

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(derivedFrom(agreement)).extracting(m -> m.date().iso() + " " + m.text())
				.containsExactly("2008-09 " + title + " submitted.", "2008-12-03 " + title + " agreed."));

		assertThat(mvc.post()
			.uri(agreement + "/enter-into-force")
			.with(TestUsers.nato())
			.header("If-Match", "\"2\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"on\": \"2009-01\"}")).hasStatusOk();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(derivedFrom(agreement)).extracting(m -> m.date().iso())
				.containsExactly("2008-09", "2008-12-03", "2009-01"));

		assertThat(mvc.delete().uri(agreement).with(TestUsers.nato()).header("If-Match", "\"3\"")).hasStatus(204);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(derivedFrom(agreement)).isEmpty());
	}

	@Test
	void aMembershipABodyAndAnOfficeEachGiveTheirMilestone() throws Exception {
		partnerExists();
		String membership = post("/api/v1/partners/BIH/memberships", """
				{"ref": "pfp-flow", "framework": "PFP", "since": "2006-12", "releasability": "PUBLIC"}""");
		String body = post("/api/v1/partners/BIH/bodies",
				"""
						{"name": "Defence Reform Commission %s", "purpose": "Reform.", "established": "2003-05", "releasability": "PUBLIC"}"""
					.formatted(UUID.randomUUID().toString().substring(0, 6)));
		String office = post("/api/v1/organisations",
				"""
						{"ref": "flow-%s", "name": "NATO Headquarters Sarajevo", "kind": "LIAISON_OFFICE", "city": "Sarajevo", "releasability": "PUBLIC"}"""
					.formatted(UUID.randomUUID().toString().substring(0, 6)));
		String officeRef = mvc.get()
			.uri(office)
			.with(TestUsers.nato())
			.exchange()
			.getResponse()
			.getContentAsString()
			.replaceAll(".*\"ref\":\"([^\"]+)\".*", "$1");
		String role = post("/api/v1/partners/BIH/roles", """
				{"organisationRef": "%s", "kind": "LIAISON_OFFICE", "from": "2004-12", "releasability": "PUBLIC"}"""
			.formatted(officeRef));

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(derivedFrom(membership)).singleElement()
				.satisfies(
						m -> assertThat(m.text()).isEqualTo("Bosnia and Herzegovina joins the Partnership for Peace."));
			assertThat(derivedFrom(body)).singleElement()
				.satisfies(m -> assertThat(m.date().iso()).isEqualTo("2003-05"));
			assertThat(derivedFrom(role)).singleElement()
				.satisfies(m -> assertThat(m.text()).contains("NATO Headquarters Sarajevo"));
		});
	}

	@Test
	void aDerivedMilestoneIsChangedThroughItsRecordOnly() {
		MilestoneSummary derived = await().atMost(Duration.ofSeconds(20))
			.until(() -> timeline.timeline(NationCode.of("SRB"), Audience.alliance())
				.stream()
				.filter(MilestoneSummary::derived)
				.findFirst(), java.util.Optional::isPresent)
			.orElseThrow();

		MvcTestResult result = mvc.put()
			.uri("/api/v1/milestones/" + derived.id())
			.with(TestUsers.nato())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"date\": \"2000\", \"text\": \"Rewritten\", \"releasability\": \"PUBLIC\"}")
			.exchange();
		assertThat(result).hasStatus(409);
		assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("derived from another record");
	}

	@Test
	void badMilestonesAreRefusedWithTheirReasons() {
		MvcTestResult result = mvc.post()
			.uri("/api/v1/partners/SRB/milestones")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"date\": \"19 April 2013\", \"text\": \"\"}")
			.exchange();
		assertThat(result).hasStatus(400);
		assertThat(mvc.post()
			.uri("/api/v1/partners/SRB/milestones")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"date\": \"2013\", \"text\": \" \", \"releasability\": \"PUBLIC\"}")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("text");
		assertThat(mvc.post()
			.uri("/api/v1/partners/SRB/milestones")
			.with(TestUsers.partner("SRB"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"date\": \"2013\", \"text\": \"x\", \"releasability\": \"PUBLIC\"}")).hasStatus(403);
		assertThat(mvc.post()
			.uri("/api/v1/partners/ZZZ/milestones")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"date\": \"2013\", \"text\": \"x\", \"releasability\": \"PUBLIC\"}")).hasStatus(400);
	}

	@Test
	void aStaleEditOfAMilestoneIsRefused() {
		String milestone = post("/api/v1/partners/SRB/milestones", """
				{"ref": "stale-%s", "date": "2014", "text": "First", "releasability": "NATO"}"""
			.formatted(UUID.randomUUID().toString().substring(0, 6)));
		String revision = "{\"date\": \"2014\", \"text\": \"%s\", \"releasability\": \"NATO\"}";
		assertThat(mvc.put()
			.uri(milestone)
			.with(TestUsers.nato())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(revision.formatted("Second"))).hasStatusOk();
		assertThat(mvc.put()
			.uri(milestone)
			.with(TestUsers.nato())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(revision.formatted("Lost"))).hasStatus(409);
		assertThat(mvc.get().uri(milestone).with(TestUsers.nato())).bodyJson()
			.extractingPath("$.text")
			.isEqualTo("Second");
	}

}
