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
 * An agreement's lifecycle on Georgia's timeline, from the public facts of its
 * partnership: its PfP Presentation Document (1994) and the first Individual Partnership
 * Action Plan of any partner (29 October 2004). Every dated step is a milestone with the
 * text a person gave for it, and that text stays through revisions and dossiers.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AgreementMilestonesTests {

	private static final String GEORGIA = "GEO";

	@Autowired
	MockMvcTester mvc;

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** Records an agreement of Georgia through the API and answers its id. */
	private String record(String json) {
		TestPartners.ensure(mvc, GEORGIA);
		MvcTestResult result = mvc.post()
			.uri("/api/v1/partners/GEO/agreements")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
		assertThat(result).hasStatus(201);
		return result.getResponse().getHeader("Location").replace("/api/v1/agreements/", "");
	}

	/**
	 * Georgia's IPAP with a text for each step; the steps after its agreement are
	 * illustrative.
	 */
	private String ipapWithEveryText(String ref) {
		return record("""
				{"ref": "%1$s", "type": "IPAP", "title": "Individual Partnership Action Plan", "status": "SUPERSEDED",
				 "submittedOn": "2004", "agreedOn": "2004-10-29", "inForceOn": "2004-10-29", "endedOn": "2009",
				 "submittedText": "Georgia submits its IPAP (%1$s).",
				 "agreedText": "Georgia is the first partner to agree an IPAP with NATO (%1$s).",
				 "inForceText": "Georgia's IPAP takes effect (%1$s).",
				 "endedText": "An Annual National Programme replaces Georgia's IPAP (%1$s).",
				 "parties": [{"name": "Georgia", "nation": "GEO"}, {"name": "NATO"}], "releasability": "PUBLIC"}
				""".formatted(ref));
	}

	private void assertOnTheTimeline(String date, String text) {
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(mvc.get().uri("/api/v1/partners/GEO/milestones?size=500")).bodyJson()
				.extractingPath("$.items[?(@.text == '" + text.replace("'", "\\'") + "')].date")
				.asArray()
				.containsExactly(date));
	}

	@Test
	void theTimelineShowsASubmittedPresentationDocumentWithTheTextGivenWithTheMove() {
		String ref = unique("pfp-presentation-document");
		String id = record("""
				{"ref": "%s", "type": "PRESENTATION_DOCUMENT", "title": "PfP Presentation Document", "status": "DRAFT",
				 "parties": [{"name": "Georgia", "nation": "GEO"}, {"name": "NATO"}], "releasability": "PUBLIC"}
				""".formatted(ref));
		String text = "Georgia submits its PfP Presentation Document to NATO (" + ref + ").";

		assertThat(mvc.post()
			.uri("/api/v1/agreements/" + id + "/submit")
			.with(TestUsers.nato())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"on\": \"1994\", \"text\": \"" + text + "\"}")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.submittedText")
			.isEqualTo(text);

		assertOnTheTimeline("1994", text);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(mvc.get().uri("/partners/GEO/relations")).bodyText().contains(text));
	}

	@Test
	void aStepWithoutATextIsOnTheTimelineWithASentenceMadeFromTheTitle() {
		String title = unique("PfP Presentation Document");
		record("""
				{"type": "PRESENTATION_DOCUMENT", "title": "%s", "status": "SUBMITTED", "submittedOn": "1994-05",
				 "parties": [{"name": "Georgia", "nation": "GEO"}], "releasability": "PUBLIC"}
				""".formatted(title));

		assertOnTheTimeline("1994-05", title + " submitted.");
	}

	@Test
	void theFormAndTheMoveGiveEachStepItsOwnText() {
		TestPartners.ensure(mvc, GEORGIA);
		String ref = unique("ipap");
		String agreed = "Georgia is the first partner to agree an IPAP with NATO (" + ref + ").";

		MvcTestResult saved = mvc.post()
			.uri("/partners/GEO/agreements")
			.with(TestUsers.nato())
			.with(csrf())
			.param("ref", ref)
			.param("title", "Individual Partnership Action Plan")
			.param("type", "IPAP")
			.param("status", "AGREED")
			.param("agreedOn", "2004-10-29")
			.param("agreedText", agreed)
			.param("inForceText", "")
			.param("parties", "Georgia | GEO\nNATO")
			.param("releasability", "PUBLIC")
			.exchange();
		assertThat(saved).hasStatus3xxRedirection();
		String page = saved.getResponse().getRedirectedUrl();
		String inForce = "Georgia's IPAP takes effect (" + ref + ").";

		assertThat(mvc.post()
			.uri(page + "/enter-into-force")
			.with(TestUsers.nato())
			.with(csrf())
			.param("version", "0")
			.param("on", "2004-10-29")
			.param("text", inForce)).hasStatus3xxRedirection();

		assertThat(mvc.get().uri(page).with(TestUsers.nato())).bodyText()
			.contains("id=\"agreed-text\">" + agreed)
			.contains("id=\"in-force-text\">" + inForce)
			.doesNotContain("id=\"submitted-text\"");
		assertOnTheTimeline("2004-10-29", agreed);
		assertOnTheTimeline("2004-10-29", inForce);
	}

	@Test
	void aMoveRefusesATooLongTextBesideItsField() {
		String id = record("""
				{"type": "PRESENTATION_DOCUMENT", "title": "%s", "status": "DRAFT", "releasability": "PUBLIC"}
				""".formatted(unique("PfP Presentation Document")));

		MvcTestResult result = mvc.post()
			.uri("/agreements/" + id + "/submit")
			.with(TestUsers.nato())
			.with(csrf())
			.param("version", "0")
			.param("on", "1994")
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
		String ref = unique("ipap");
		String id = ipapWithEveryText(ref);

		MvcTestResult form = mvc.get().uri("/agreements/" + id + "/edit").with(TestUsers.nato()).exchange();
		assertThat(form).bodyText()
			.contains("value=\"Georgia submits its IPAP (" + ref + ").\"")
			.contains("value=\"Georgia is the first partner to agree an IPAP with NATO (" + ref + ").\"")
			.contains("value=\"Georgia&#39;s IPAP takes effect (" + ref + ").\"")
			.contains("value=\"An Annual National Programme replaces Georgia&#39;s IPAP (" + ref + ").\"");

		assertThat(mvc.put()
			.uri("/api/v1/agreements/" + id)
			.with(TestUsers.nato())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"ref": "%1$s", "type": "IPAP", "title": "Individual Partnership Action Plan", "status": "SUPERSEDED",
							 "description": "The first IPAP of any partner.",
							 "submittedOn": "2004", "agreedOn": "2004-10-29", "inForceOn": "2004-10-29", "endedOn": "2010",
							 "submittedText": "Georgia submits its IPAP (%1$s).",
							 "agreedText": "Georgia is the first partner to agree an IPAP with NATO (%1$s).",
							 "inForceText": "Georgia's IPAP takes effect (%1$s).",
							 "endedText": "An Annual National Programme replaces Georgia's IPAP (%1$s).",
							 "parties": [{"name": "Georgia", "nation": "GEO"}, {"name": "NATO"}], "releasability": "PUBLIC"}
							"""
						.formatted(ref)))
			.hasStatusOk();

		assertOnTheTimeline("2004", "Georgia submits its IPAP (" + ref + ").");
		assertOnTheTimeline("2004-10-29", "Georgia is the first partner to agree an IPAP with NATO (" + ref + ").");
		assertOnTheTimeline("2004-10-29", "Georgia's IPAP takes effect (" + ref + ").");
		assertOnTheTimeline("2010", "An Annual National Programme replaces Georgia's IPAP (" + ref + ").");
	}

	@Test
	void theTextOfEveryStepSurvivesADossierRoundTrip() throws Exception {
		String ref = unique("ipap");
		String id = ipapWithEveryText(ref);
		String dossier = mvc.get()
			.uri("/api/v1/partners/GEO/dossier")
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

		assertThat(mvc.get().uri("/api/v1/partners/GEO/agreements?size=500").with(TestUsers.nato())).bodyJson()
			.extractingPath("$.items[?(@.ref == '" + ref + "')]")
			.asArray()
			.singleElement()
			.satisfies(agreement -> assertThat(agreement.toString()).contains(
					"submittedText=Georgia submits its IPAP (" + ref + ").",
					"agreedText=Georgia is the first partner to agree an IPAP with NATO (" + ref + ").",
					"inForceText=Georgia's IPAP takes effect (" + ref + ").",
					"endedText=An Annual National Programme replaces Georgia's IPAP (" + ref + ")."));
		assertOnTheTimeline("2009", "An Annual National Programme replaces Georgia's IPAP (" + ref + ").");
	}

	@Test
	void anOldDossierWithOneMilestoneTextImportsItAsTheTextOfTheAgreement() {
		TestPartners.ensure(mvc, GEORGIA);
		String ref = unique("ipap");
		String agreed = "Georgia is the first partner to agree an IPAP with NATO (" + ref + ").";

		assertThat(mvc.post()
			.uri("/api/v1/dossiers")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"format": "liaison-dossier", "version": 1,
							 "partner": {"nation": "GEO", "updatedAt": "2015-02-11T09:46:00Z",
							   "profile": {"summary": "A partner.", "aspirant": false, "releasability": "PUBLIC"}},
							 "agreements": [{"ref": "%1$s", "type": "IPAP", "title": "Individual Partnership Action Plan (%1$s)",
							   "status": "IN_FORCE", "agreedOn": "2004-10-29", "inForceOn": "2004-10-29",
							   "milestoneText": "%2$s",
							   "parties": [{"name": "Georgia", "nation": "GEO"}, {"name": "NATO"}],
							   "releasability": "PUBLIC", "updatedAt": "2015-02-11T09:46:00Z"}]}
							"""
						.formatted(ref, agreed)))
			.hasStatusOk();

		assertThat(mvc.get().uri("/api/v1/partners/GEO/agreements?size=500").with(TestUsers.nato())).bodyJson()
			.extractingPath("$.items[?(@.ref == '" + ref + "')].agreedText")
			.asArray()
			.containsExactly(agreed);
		assertOnTheTimeline("2004-10-29", agreed);
		assertOnTheTimeline("2004-10-29", "Individual Partnership Action Plan (" + ref + ") enters into force.");
	}

}
