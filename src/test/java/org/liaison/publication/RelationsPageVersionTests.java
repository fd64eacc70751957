package org.liaison.publication;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.TestPartners;
import org.liaison.TestUsers;
import org.liaison.shared.MilestoneEvent.Entry;
import org.liaison.shared.MilestoneEvent.MilestoneFacts;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;
import org.liaison.timeline.internal.DerivedMilestones;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A public page's ETag is read without the page, from the partner's public revision: a
 * reader who has the page gets 304 until something the page shows is written, and then
 * the new page with a new ETag, whatever kind of record was written.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RelationsPageVersionTests {

	static final String NATION = "LKA";

	static final String JSON_PAGE = "/api/v1/partners/" + NATION + "/relations";

	static final String HTML_PAGE = "/partners/" + NATION + "/relations";

	/**
	 * Marks this run's records, which a database the suite ran on before does not hold.
	 */
	static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	/**
	 * A year of this run's own, before any other date these tests write: a membership of
	 * one framework may not overlap another of a run before.
	 */
	static final int YEAR = 1900 + Math.floorMod(RUN.hashCode(), 90);

	static final String SINCE = YEAR + "-01";

	static final String UNTIL = YEAR + "-12";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DerivedMilestones derived;

	@BeforeAll
	static void partner(@Autowired MockMvcTester mvc) {
		mvc.post()
			.uri("/api/v1/nations")
			.with(TestUsers.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\": \"LKA\", \"name\": \"Sri Lanka\", \"nameFr\": \"Sri Lanka\", \"articleFr\": \"le\"}")
			.exchange();
		TestPartners.ensure(mvc, NATION);
	}

	@Test
	void aNewNarrativeGivesTheJsonAndHtmlPagesNewETags() throws Exception {
		assertWriteChangesThePage("narratives", """
				{"ref": "{run}-version-tests-narrative", "section": "AREA", "heading": "Disaster relief",
				 "body": "Sri Lanka trains for floods {run}.", "position": 7, "releasability": "PUBLIC"}""",
				"Sri Lanka trains for floods {run}.");
	}

	@Test
	void aNewMembershipGivesThePageANewETag() throws Exception {
		assertWriteChangesThePage("memberships",
				"""
						{"ref": "{run}-version-tests-membership", "framework": "PAG", "since": "{since}", "until": "{until}", "releasability": "PUBLIC"}""",
				"{since}");
	}

	@Test
	void aNewAgreementGivesThePageANewETag() throws Exception {
		assertWriteChangesThePage("agreements", """
				{"type": "IPCP", "title": "Sri Lanka's cooperation programme {run}", "status": "SUBMITTED",
				 "submittedOn": "2016-04", "parties": [{"name": "NATO"}, {"name": "Sri Lanka", "nation": "LKA"}],
				 "releasability": "PUBLIC"}""", "Sri Lanka's cooperation programme {run}");
	}

	@Test
	void aNewMilestoneGivesThePageANewETag() throws Exception {
		assertWriteChangesThePage("milestones",
				"""
						{"date": "2017-03-02", "text": "Sri Lankan officers visit NATO headquarters {run}.", "releasability": "PUBLIC"}""",
				"Sri Lankan officers visit NATO headquarters {run}.");
	}

	@Test
	void aNewTrustFundGivesThePageANewETag() throws Exception {
		assertWriteChangesThePage("funds", """
				{"title": "Sri Lanka demining project {run}", "objective": "Clear mines.", "leadNations": ["NOR"],
				 "sector": "15250", "currency": "EUR", "status": "IN_EXECUTION", "actualStart": "2018-01",
				 "phases": [{"name": "Phase 1", "start": "2018-01", "end": "2019", "budget": "9000.00"}],
				 "releasability": "PUBLIC"}""", "Sri Lanka demining project {run}");
	}

	@Test
	void aNewStatementBodyOrPlanGivesThePageANewETag() throws Exception {
		assertWriteChangesThePage("statements", """
				{"kind": "STATEMENT", "title": "On Sri Lanka's partnership {run}", "speaker": "A spokesperson",
				 "date": "2019-05", "summary": "Words.", "releasability": "PUBLIC"}""",
				"On Sri Lanka's partnership {run}");
		assertWriteChangesThePage("bodies", """
				{"name": "Sri Lanka liaison group {run}", "purpose": "To talk.", "established": "2019-06",
				 "releasability": "PUBLIC"}""", "Sri Lanka liaison group {run}");
		assertWriteChangesThePage("plans",
				"""
						{"ref": "{run}-version-tests-plan", "type": "PARP", "title": "Sri Lanka's PARP {run}", "periodFrom": "2019",
						 "periodTo": "2021", "releasability": "PUBLIC"}""",
				"Sri Lanka's PARP {run}");
	}

	@Test
	void aMilestoneTheTimelineDerivesLaterGivesThePageANewETag() throws Exception {
		// Derived milestones are written after their record's transaction, in one of
		// their own: the page changes then too.
		String etag = settledTag(JSON_PAGE);
		assertThat(mvc.get().uri(JSON_PAGE)).bodyText().doesNotContain("Sri Lanka's derived moment " + RUN);

		derived
			.apply(new MilestoneFacts("agreement", UUID.randomUUID(), 1, new NationCode(NATION), Releasability.PUBLIC,
					List.of(new Entry("agreed", PartialDate.parse("2020-02"), "Sri Lanka's derived moment " + RUN))));

		MvcTestResult after = mvc.get().uri(JSON_PAGE).header("If-None-Match", etag).exchange();
		assertThat(after).hasStatusOk().bodyText().contains("Sri Lanka's derived moment " + RUN);
		assertThat(after.getResponse().getHeader("ETag")).isNotEqualTo(etag);
	}

	@Test
	void aPageAsOfADayHasAnETagOfItsOwnThatAlsoFollowsWrites() throws Exception {
		String today = settledTag(JSON_PAGE);
		String asOf = settledTag(JSON_PAGE + "?on=2021-01-01");
		assertThat(asOf).isNotEqualTo(today);

		add("milestones", """
				{"date": "2020-11", "text": "Sri Lanka hosts a seminar {run}.", "releasability": "PUBLIC"}""");

		MvcTestResult after = mvc.get().uri(JSON_PAGE + "?on=2021-01-01").header("If-None-Match", asOf).exchange();
		assertThat(after).hasStatusOk().bodyText().contains("Sri Lanka hosts a seminar " + RUN + ".");
	}

	@Test
	void theHtmlPageETagFollowsTheReadersLanguage() throws Exception {
		String english = mvc.get()
			.uri(HTML_PAGE)
			.header("Accept-Language", "en")
			.exchange()
			.getResponse()
			.getHeader("ETag");
		String french = mvc.get()
			.uri(HTML_PAGE)
			.header("Accept-Language", "fr")
			.exchange()
			.getResponse()
			.getHeader("ETag");
		assertThat(english).endsWith("-en\"");
		assertThat(french).endsWith("-fr\"").isNotEqualTo(english);
		assertThat(mvc.get().uri(HTML_PAGE).header("Accept-Language", "fr").header("If-None-Match", english))
			.hasStatusOk();
		assertThat(mvc.get().uri(HTML_PAGE).header("Accept-Language", "fr").header("If-None-Match", french))
			.hasStatus(304);
	}

	@Test
	void aNationWithoutAPublicPageIsNotFoundWhateverItIsAskedWith() throws Exception {
		// The API answers an anonymous reader as it does for any record it may not read.
		assertThat(mvc.get().uri("/api/v1/partners/NPL/relations")).hasStatus(401);
		assertThat(mvc.get().uri("/api/v1/partners/NPL/relations").header("If-None-Match", "*")).hasStatus(401);
		assertThat(mvc.get().uri("/partners/NPL/relations")).hasStatus(404);
		assertThat(mvc.get().uri("/partners/NPL/relations").header("If-None-Match", "*")).hasStatus(404);
	}

	/**
	 * Both pages answer 304 to their ETags before the write, and after it the page that
	 * shows the new record, with a new ETag that is itself answered with 304.
	 */
	private void assertWriteChangesThePage(String kind, String json, String shownOfRun) throws Exception {
		String shown = shownOfRun.replace("{run}", RUN).replace("{since}", SINCE).replace("{until}", UNTIL);
		String jsonTag = settledTag(JSON_PAGE);
		String htmlTag = settledTag(HTML_PAGE);
		assertThat(mvc.get().uri(JSON_PAGE)).bodyText().doesNotContain(shown);

		add(kind, json);

		MvcTestResult jsonAfter = mvc.get().uri(JSON_PAGE).header("If-None-Match", jsonTag).exchange();
		assertThat(jsonAfter).as(kind).hasStatusOk().bodyText().contains(shown);
		assertThat(jsonAfter.getResponse().getHeader("ETag")).as(kind).isNotEqualTo(jsonTag);
		MvcTestResult htmlAfter = mvc.get().uri(HTML_PAGE).header("If-None-Match", htmlTag).exchange();
		assertThat(htmlAfter).as(kind).hasStatusOk();
		assertThat(htmlAfter.getResponse().getHeader("ETag")).as(kind).isNotEqualTo(htmlTag);
		assertThat(settledTag(JSON_PAGE)).isNotEqualTo(jsonTag);
	}

	/**
	 * The page's ETag once it answers 304 to it: the milestones the timeline derives from
	 * an earlier write arrive on a thread of their own and may change the page again
	 * meanwhile.
	 */
	private String settledTag(String uri) {
		AtomicReference<String> tag = new AtomicReference<>();
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			tag.set(mvc.get().uri(uri).exchange().getResponse().getHeader("ETag"));
			assertThat(tag.get()).isNotBlank();
			assertThat(mvc.get().uri(uri).header("If-None-Match", tag.get())).hasStatus(304);
		});
		return tag.get();
	}

	private void add(String kind, String jsonOfRun) {
		String json = jsonOfRun.replace("{run}", RUN).replace("{since}", SINCE).replace("{until}", UNTIL);
		assertThat(mvc.post()
			.uri("/api/v1/partners/" + NATION + "/" + kind)
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)).as(kind + " " + json).hasStatus(201);
	}

}
