package org.liaison.publication;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.TestPartners;
import org.liaison.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partner's public page as it stood on a day: what began later is not on it, a
 * narrative reads in the version of that day, the page offers the days it changed, and it
 * stays the public page whoever reads it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RelationsPageAsOfTests {

	@Autowired
	MockMvcTester mvc;

	@BeforeEach
	void partners() {
		for (String nation : new String[] { "BIH", "MNE" }) {
			TestPartners.ensure(mvc, nation);
		}
	}

	private static String unique(String text) {
		return text + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	private String page(String uri, RequestPostProcessor... readers) throws Exception {
		var request = mvc.get().uri(uri);
		for (RequestPostProcessor reader : readers) {
			request = request.with(reader);
		}
		MvcTestResult result = request.exchange();
		assertThat(result).hasStatusOk();
		return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private String post(String uri, String json) {
		MvcTestResult result = mvc.post()
			.uri(uri)
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
		assertThat(result).hasStatus(201);
		return result.getResponse().getHeader("Location");
	}

	private void milestone(String nation, String date, String text, String releasability) {
		post("/api/v1/partners/" + nation + "/milestones", """
				{"date": "%s", "text": "%s", "releasability": "%s"}""".formatted(date, text, releasability));
	}

	private String narrative(String nation, String ref, String body, String effectiveFrom) {
		return post("/api/v1/partners/" + nation + "/narratives", """
				{"ref": "%s", "section": "OVERVIEW", "body": "%s", "position": 900, "releasability": "PUBLIC",
				 "effectiveFrom": "%s"}""".formatted(ref, body, effectiveFrom));
	}

	private void reviseNarrative(String location, String ref, String body, String effectiveFrom) {
		String etag = mvc.get().uri(location).with(TestUsers.nato()).exchange().getResponse().getHeader("ETag");
		assertThat(mvc.put()
			.uri(location)
			.with(TestUsers.nato())
			.header("If-Match", etag)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"ref": "%s", "section": "OVERVIEW", "body": "%s", "position": 900, "releasability": "PUBLIC",
					 "effectiveFrom": "%s"}""".formatted(ref, body, effectiveFrom))).hasStatusOk();
	}

	@Test
	void aRecordThatBeganAfterTheDayIsNotOnThatDaysPage() throws Exception {
		String earlier = unique("Montenegro's first IPAP");
		String later = unique("Montenegro's later plan");
		String laterMilestone = unique("A milestone of 2018");
		post("/api/v1/partners/MNE/agreements", """
				{"type": "IPAP", "title": "%s", "status": "IN_FORCE", "agreedOn": "2006-05", "inForceOn": "2006-05",
				 "releasability": "PUBLIC"}""".formatted(earlier));
		post("/api/v1/partners/MNE/agreements", """
				{"type": "IPAP", "title": "%s", "status": "AGREED", "submittedOn": "2017-12-12", "agreedOn": "2018-02",
				 "releasability": "PUBLIC"}""".formatted(later));
		milestone("MNE", "2018-01", laterMilestone, "PUBLIC");

		String day = page("/partners/MNE/relations?on=2017-12-11");
		assertThat(day).contains(earlier, "The page as it stood on 11 December 2017")
			.doesNotContain(later, laterMilestone);
		assertThat(page("/partners/MNE/relations")).contains(earlier, later, laterMilestone);
		assertThat(mvc.get().uri("/api/v1/partners/MNE/relations?on=2017-12-11")).bodyJson()
			.extractingPath("$.on")
			.isEqualTo("2017-12-11");
	}

	@Test
	void aNarrativeVersionOfALaterYearDoesNotReplaceTheEarlierOneOnTheEarlierDay() throws Exception {
		String ref = "as-of-" + UUID.randomUUID().toString().substring(0, 8);
		String of2015 = unique("What the page said of Bosnia and Herzegovina in 2015");
		String of2022 = unique("What the page says of Bosnia and Herzegovina since 2022");
		String location = narrative("BIH", ref, of2015, "2015-03-01");
		reviseNarrative(location, ref, of2022, "2022-01-01");

		assertThat(page("/partners/BIH/relations?on=2017-12-11")).contains(of2015).doesNotContain(of2022);
		assertThat(page("/partners/BIH/relations")).contains(of2022).doesNotContain(of2015);
		assertThat(page("/partners/BIH/relations?on=2014-06-30")).doesNotContain(of2015, of2022);
		// Today's API reads the latest version, as it did before versions were dated.
		assertThat(mvc.get().uri(location).with(TestUsers.nato())).bodyJson()
			.extractingPath("$.body")
			.isEqualTo(of2022);
	}

	@Test
	void theSelectorListsTheDaysThePageChangedLatestFirst() throws Exception {
		String ref = "as-of-" + UUID.randomUUID().toString().substring(0, 8);
		String location = narrative("MNE", ref, unique("Montenegro's overview"), "2011-04-05");
		reviseNarrative(location, ref, unique("Montenegro's revised overview"), "2013-09-17");
		milestone("MNE", "2012-06-28", unique("A dated milestone"), "PUBLIC");

		MvcTestResult json = mvc.get().uri("/api/v1/partners/MNE/relations").exchange();
		assertThat(json).bodyJson()
			.extractingPath("$.changes")
			.asArray()
			.containsSubsequence("2013-09-17", "2012-06-28", "2011-04-05");
		assertThat(page("/partners/MNE/relations")).contains("href=\"/partners/MNE/relations?on=2012-06-28\"");
		// On the chosen day, that day is marked and not linked.
		assertThat(page("/partners/MNE/relations?on=2012-06-28")).contains("<strong>28 June 2012</strong>")
			.doesNotContain("href=\"/partners/MNE/relations?on=2012-06-28\"");
	}

	@Test
	void aBadDayIsRefusedNamingTheParameterAndItsForm() throws Exception {
		MvcTestResult html = mvc.get().uri("/partners/MNE/relations?on=11.12.2017").exchange();
		assertThat(html).hasStatus(400);
		assertThat(html.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("the parameter on takes a date as YYYY-MM-DD");

		MvcTestResult api = mvc.get().uri("/api/v1/partners/MNE/relations?on=2017-02-30").exchange();
		assertThat(api).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(api).bodyJson().extractingPath("$.errors[0].field").isEqualTo("on");
		assertThat(api).bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("'2017-02-30'", "YYYY-MM-DD")
			.doesNotContain("java", "Exception");
	}

	@Test
	void everyReaderGetsThePublicPageOfTheDayOnly() throws Exception {
		String shared = unique("Shared with Montenegro only");
		String natoOnly = unique("For NATO only");
		String published = unique("Published for all");
		milestone("MNE", "2010-03", shared, "PARTNER");
		milestone("MNE", "2010-04", natoOnly, "NATO");
		milestone("MNE", "2010-05", published, "PUBLIC");

		for (RequestPostProcessor[] reader : new RequestPostProcessor[][] { {}, { TestUsers.partner("MNE") },
				{ TestUsers.partner("BIH") }, { TestUsers.nato() } }) {
			assertThat(page("/partners/MNE/relations?on=2016-01-01", reader)).contains(published)
				.doesNotContain(shared, natoOnly);
		}
		assertThat(mvc.get().uri("/api/v1/partners/MNE/relations?on=2016-01-01").with(TestUsers.partner("BIH")))
			.bodyText()
			.contains(published)
			.doesNotContain(shared, natoOnly);
	}

}
