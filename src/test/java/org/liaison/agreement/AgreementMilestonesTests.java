package org.liaison.agreement;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liaison.TestPartners;
import org.liaison.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * An agreement's lifecycle on Australia's timeline, from the public facts of its
 * partnership across the globe: its Individual Partnership and Cooperation Programme of
 * February 2013, renewed in 2019 (the dates of submission are illustrative). Every dated
 * step is a milestone with the text a person gave for it, and that text stays through
 * revisions and dossiers. Georgia's presentation document is in {@link AgreementTests}:
 * the partner tests create Georgia themselves.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AgreementMilestonesTests {

	private static final String AUSTRALIA = "AUS";

	@Autowired
	MockMvcTester mvc;

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** Records an agreement of Australia through the API and answers its id. */
	private String record(String json) {
		TestPartners.ensure(mvc, AUSTRALIA);
		MvcTestResult result = mvc.post()
			.uri("/api/v1/partners/AUS/agreements")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
		assertThat(result).hasStatus(201);
		return result.getResponse().getHeader("Location").replace("/api/v1/agreements/", "");
	}

	/** Australia's first IPCP with a text for each step. */
	private String ipcpWithEveryText(String ref) {
		return record(ipcp(ref, "Australia's first IPCP.", "2019"));
	}

	private static String ipcp(String ref, String description, String endedOn) {
		return """
				{"ref": "%1$s", "type": "IPCP", "title": "Individual Partnership and Cooperation Programme",
				 "description": "%2$s", "status": "SUPERSEDED", "submittedOn": "2012", "agreedOn": "2013-02",
				 "inForceOn": "2013-02", "endedOn": "%3$s",
				 "submittedText": "Australia submits its IPCP (%1$s).",
				 "agreedText": "Australia and NATO agree an IPCP (%1$s).",
				 "inForceText": "Australia's IPCP takes effect (%1$s).",
				 "endedText": "A renewed IPCP replaces Australia's first (%1$s).",
				 "parties": [{"name": "Australia", "nation": "AUS"}, {"name": "NATO"}], "releasability": "PUBLIC"}
				""".formatted(ref, description, endedOn);
	}

	private void assertOnTheTimeline(String date, String text) {
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(mvc.get().uri("/api/v1/partners/AUS/milestones?size=500")).bodyJson()
				.extractingPath("$.items[?(@.text == '" + text.replace("'", "\\'") + "')].date")
				.asArray()
				.containsExactly(date));
	}

	@Test
	void theTimelineShowsASubmittedDocumentWithTheTextGivenWithTheMove() {
		String ref = unique("ipcp");
		String id = record(
				"""
						{"ref": "%s", "type": "IPCP", "title": "Individual Partnership and Cooperation Programme", "status": "DRAFT",
						 "parties": [{"name": "Australia", "nation": "AUS"}, {"name": "NATO"}], "releasability": "PUBLIC"}
						"""
					.formatted(ref));
		String text = "Australia submits its first IPCP to NATO (" + ref + ").";

		assertThat(mvc.post()
			.uri("/api/v1/agreements/" + id + "/submit")
			.with(TestUsers.nato())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"on\": \"2012\", \"text\": \"" + text + "\"}")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.submittedText")
			.isEqualTo(text);

		assertOnTheTimeline("2012", text);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(mvc.get().uri("/partners/AUS/relations")).bodyText().contains(text));
	}

	@Test
	void aStepWithoutATextIsOnTheTimelineWithASentenceMadeFromTheTitle() {
		String title = unique("Individual Partnership and Cooperation Programme");
		record("""
				{"type": "IPCP", "title": "%s", "status": "SUBMITTED", "submittedOn": "2012-11",
				 "parties": [{"name": "Australia", "nation": "AUS"}], "releasability": "PUBLIC"}
				""".formatted(title));

		assertOnTheTimeline("2012-11", title + " submitted.");
	}

	@Test
	void stepsOfOneDateAreOnTheTimelineInTheOrderTheyHappened() {
		String title = unique("Individual Partnership and Cooperation Programme");
		record("""
				{"type": "IPCP", "title": "%s", "status": "IN_FORCE", "submittedOn": "2013", "agreedOn": "2013",
				 "inForceOn": "2013", "releasability": "PUBLIC"}
				""".formatted(title));

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(mvc.get().uri("/api/v1/partners/AUS/milestones?size=500")).bodyJson()
				.extractingPath("$.items[?(@.text =~ /" + title + ".*/)].text")
				.asArray()
				.containsExactly(title + " submitted.", title + " agreed.", title + " enters into force."));
	}

	@Test
	void theFormAndTheMoveGiveEachStepItsOwnText() {
		TestPartners.ensure(mvc, AUSTRALIA);
		String ref = unique("ipcp");
		String agreed = "Australia and NATO agree an IPCP (" + ref + ").";

		MvcTestResult saved = mvc.post()
			.uri("/partners/AUS/agreements")
			.with(TestUsers.nato())
			.with(csrf())
			.param("ref", ref)
			.param("title", "Individual Partnership and Cooperation Programme")
			.param("type", "IPCP")
			.param("status", "AGREED")
			.param("agreedOn", "2013-02")
			.param("agreedText", agreed)
			.param("inForceText", "")
			.param("parties", "Australia | AUS\nNATO")
			.param("releasability", "PUBLIC")
			.exchange();
		assertThat(saved).hasStatus3xxRedirection();
		String page = saved.getResponse().getRedirectedUrl();
		String inForce = "Australia's IPCP takes effect (" + ref + ").";

		assertThat(mvc.post()
			.uri(page + "/enter-into-force")
			.with(TestUsers.nato())
			.with(csrf())
			.param("version", "0")
			.param("on", "2013-02")
			.param("text", inForce)).hasStatus3xxRedirection();

		assertThat(mvc.get().uri(page).with(TestUsers.nato())).bodyText()
			.contains("id=\"agreed-text\">" + agreed)
			.contains("id=\"in-force-text\">" + inForce)
			.doesNotContain("id=\"submitted-text\"");
		assertOnTheTimeline("2013-02", agreed);
		assertOnTheTimeline("2013-02", inForce);
	}

	@Test
	void aMoveRefusesATooLongTextBesideItsField() {
		String id = record("""
				{"type": "IPCP", "title": "%s", "status": "DRAFT", "releasability": "PUBLIC"}
				""".formatted(unique("Individual Partnership and Cooperation Programme")));

		MvcTestResult result = mvc.post()
			.uri("/agreements/" + id + "/submit")
			.with(TestUsers.nato())
			.with(csrf())
			.param("version", "0")
			.param("on", "2012")
			.param("text", "x".repeat(1001))
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyText().contains("id=\"text-submit-error\"", "at most 1000 characters");
		assertThat(mvc.get().uri("/api/v1/agreements/" + id).with(TestUsers.nato())).bodyJson()
			.extractingPath("$.status")
			.isEqualTo("DRAFT");
	}

	@Test
	void theEditFormKeepsTheTextOfEveryStepSoThatARevisionKeepsThem() {
		String ref = unique("ipcp");
		String id = ipcpWithEveryText(ref);

		MvcTestResult form = mvc.get().uri("/agreements/" + id + "/edit").with(TestUsers.nato()).exchange();
		assertThat(form).bodyText()
			.contains("value=\"Australia submits its IPCP (" + ref + ").\"")
			.contains("value=\"Australia and NATO agree an IPCP (" + ref + ").\"")
			.contains("value=\"Australia&#39;s IPCP takes effect (" + ref + ").\"")
			.contains("value=\"A renewed IPCP replaces Australia&#39;s first (" + ref + ").\"");

		assertThat(mvc.put()
			.uri("/api/v1/agreements/" + id)
			.with(TestUsers.nato())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(ipcp(ref, "Australia's first programme of cooperation with NATO.", "2019-08"))).hasStatusOk();

		assertOnTheTimeline("2012", "Australia submits its IPCP (" + ref + ").");
		assertOnTheTimeline("2013-02", "Australia and NATO agree an IPCP (" + ref + ").");
		assertOnTheTimeline("2013-02", "Australia's IPCP takes effect (" + ref + ").");
		assertOnTheTimeline("2019-08", "A renewed IPCP replaces Australia's first (" + ref + ").");
	}

	@Test
	void theTextOfEveryStepSurvivesADossierRoundTrip() throws Exception {
		String ref = unique("ipcp");
		String id = ipcpWithEveryText(ref);
		String dossier = mvc.get()
			.uri("/api/v1/partners/AUS/dossier")
			.with(TestUsers.nato())
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(dossier).doesNotContain("\"milestoneText\"");
		assertThat(mvc.delete().uri("/api/v1/agreements/" + id).with(TestUsers.nato()).header("If-Match", "\"0\""))
			.hasStatus(204);

		assertThat(mvc.post()
			.uri("/api/v1/dossiers")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content(dossier)).hasStatusOk();

		assertThat(mvc.get().uri("/api/v1/partners/AUS/agreements?size=500").with(TestUsers.nato())).bodyJson()
			.extractingPath("$.items[?(@.ref == '" + ref + "')]")
			.asArray()
			.singleElement()
			.satisfies(agreement -> assertThat(agreement.toString()).contains(
					"submittedText=Australia submits its IPCP (" + ref + ").",
					"agreedText=Australia and NATO agree an IPCP (" + ref + ").",
					"inForceText=Australia's IPCP takes effect (" + ref + ").",
					"endedText=A renewed IPCP replaces Australia's first (" + ref + ")."));
		assertOnTheTimeline("2019", "A renewed IPCP replaces Australia's first (" + ref + ").");
	}

	@Test
	void anOldDossierWithOneMilestoneTextImportsItAsTheTextOfTheAgreement() {
		TestPartners.ensure(mvc, AUSTRALIA);
		String ref = unique("ipcp");
		String agreed = "Australia and NATO agree an IPCP (" + ref + ").";

		assertThat(mvc.post()
			.uri("/api/v1/dossiers")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"format": "liaison-dossier", "version": 1,
					 "partner": {"nation": "AUS", "updatedAt": "2015-02-11T09:46:00Z",
					   "profile": {"summary": "A partner.", "aspirant": false, "releasability": "PUBLIC"}},
					 "agreements": [{"ref": "%1$s", "type": "IPCP",
					   "title": "Individual Partnership and Cooperation Programme (%1$s)",
					   "status": "IN_FORCE", "agreedOn": "2013-02", "inForceOn": "2013-02",
					   "milestoneText": "%2$s",
					   "parties": [{"name": "Australia", "nation": "AUS"}, {"name": "NATO"}],
					   "releasability": "PUBLIC", "updatedAt": "2015-02-11T09:46:00Z"}]}
					""".formatted(ref, agreed))).hasStatusOk();

		assertThat(mvc.get().uri("/api/v1/partners/AUS/agreements?size=500").with(TestUsers.nato())).bodyJson()
			.extractingPath("$.items[?(@.ref == '" + ref + "')].agreedText")
			.asArray()
			.containsExactly(agreed);
		assertOnTheTimeline("2013-02", agreed);
		assertOnTheTimeline("2013-02",
				"Individual Partnership and Cooperation Programme (" + ref + ") enters into force.");
	}

}
