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
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sections a partner's page shows besides its texts: its plans in their chain, its
 * joint bodies' public meetings, what its agreements are, who leads its trust funds, and
 * highlight lists in its narratives; public facts only, as of the page's day.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RelationsPageSectionsTests {

	@Autowired
	MockMvcTester mvc;

	@BeforeEach
	void partners() {
		TestPartners.ensure(mvc, "AFG");
		TestPartners.ensure(mvc, "RUS");
	}

	private static String unique(String text) {
		return text + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	private static String ref() {
		return "s-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private String page(String uri, String language) throws Exception {
		MvcTestResult result = mvc.get().uri(uri).header(HttpHeaders.ACCEPT_LANGUAGE, language).exchange();
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

	private void plan(String ref, String type, String title, String from, String to, String status, String predecessor,
			String releasability, boolean illustrative) {
		post("/api/v1/partners/RUS/plans", """
				{"ref": "%s", "type": "%s", "title": "%s", "periodFrom": "%s", "periodTo": "%s", "status": "%s",
				 "predecessor": %s, "publicSummary": "Summary of %s", "releasability": "%s", "illustrative": %s}
				""".formatted(ref, type, title, from, to, status,
				predecessor == null ? "null" : "\"" + predecessor + "\"", title, releasability, illustrative));
	}

	@Test
	void showsThePublicPlansInTheirChainWithTypeStatusAndPeriod() throws Exception {
		String ipcp = unique("The cooperation programme of Russia");
		String itpp = unique("The tailored programme of Russia");
		String hidden = unique("A plan shared with the partner only");
		String demo = unique("An illustrative plan");
		String ipcpRef = ref();
		plan(ipcpRef, "IPCP", ipcp, "2013", "2016-06", "COMPLETED", null, "PUBLIC", false);
		plan(ref(), "ITPP", itpp, "2016-07", "2020", "IN_FORCE", ipcpRef, "PUBLIC", false);
		plan(ref(), "IPAP", hidden, "2014", "2015", "IN_FORCE", null, "PARTNER", false);
		plan(ref(), "IPAP", demo, "2014", "2015", "IN_FORCE", null, "PUBLIC", true);

		String today = page("/partners/RUS/relations", "en");
		assertThat(today)
			.contains(ipcp, "Individual Partnership and Cooperation Programme", "Completed", "Summary of " + ipcp, itpp,
					"Individually Tailored Partnership Programme", "Follows: " + ipcp)
			.doesNotContain(hidden, demo);
		assertThat(today.indexOf(ipcp)).isLessThan(today.indexOf(itpp));
		assertThat(page("/partners/RUS/relations", "fr")).contains("Fait suite à : " + ipcp);

		// Before its period ended the completed programme was in force, and its successor
		// had not begun.
		MvcTestResult day = mvc.get().uri("/api/v1/partners/RUS/relations?on=2015-01-01").exchange();
		assertThat(day).bodyJson()
			.extractingPath("$.plans[?(@.title == '" + ipcp + "')].status")
			.asArray()
			.containsExactly("IN_FORCE");
		assertThat(day).bodyText().doesNotContain(itpp, hidden, demo);
		assertThat(mvc.get().uri("/api/v1/partners/RUS/relations")).bodyJson()
			.extractingPath("$.plans[?(@.title == '" + itpp + "')].follows")
			.asArray()
			.containsExactly(ipcp);
		// The day a plan's period began is a day the page changed.
		assertThat(mvc.get().uri("/api/v1/partners/RUS/relations")).bodyJson()
			.extractingPath("$.changes")
			.asArray()
			.contains("2016-07-01", "2013-01-01");
	}

	@Test
	void showsAJointBodysPublicMeetingsWithDatePlaceAndParticipants() throws Exception {
		String body = unique("NATO-Russia Council");
		String place = unique("Brussels");
		String later = unique("Later venue");
		String hidden = unique("Closed venue");
		String location = post("/api/v1/partners/RUS/bodies", """
				{"name": "%s", "purpose": "Consultation and cooperation.", "established": "2002-05",
				 "releasability": "PUBLIC"}""".formatted(body));
		String meetings = location + "/meetings";
		post(meetings, """
				{"date": "2012-04-19", "place": "%s", "participants": [{"name": "NATO Foreign Ministers"},
				 {"name": "Ministry of Foreign Affairs of the Russian Federation", "nation": "RUS"}],
				 "releasability": "PUBLIC"}""".formatted(place));
		post(meetings, """
				{"date": "2019-01-25", "place": "%s", "participants": [], "releasability": "PUBLIC"}"""
			.formatted(later));
		post(meetings, """
				{"date": "2013-01-01", "place": "%s", "participants": [], "releasability": "NATO"}"""
			.formatted(hidden));

		assertThat(page("/partners/RUS/relations", "en")).contains(body, "Public meetings", "19 April 2012, " + place,
				"Participants: NATO Foreign Ministers, Ministry of Foreign Affairs of the Russian Federation", later)
			.doesNotContain(hidden);
		assertThat(page("/partners/RUS/relations?on=2015-01-01", "en")).contains(place).doesNotContain(later);
		assertThat(mvc.get().uri("/api/v1/partners/RUS/relations")).bodyJson()
			.extractingPath("$.bodies[?(@.name == '" + body + "')].meetings[*].place")
			.asArray()
			.containsExactly(later, place);
		assertThat(mvc.get().uri("/api/v1/partners/RUS/relations")).bodyJson()
			.extractingPath("$.changes")
			.asArray()
			.contains("2012-04-19")
			.doesNotContain("2013-01-01T00:00:00Z");
	}

	@Test
	void describesEachAgreementUnderItsTitle() throws Exception {
		String title = unique("Transit arrangement");
		String description = unique("Lets ISAF supplies cross the partner's territory");
		post("/api/v1/partners/AFG/agreements", """
				{"type": "TRANSIT", "title": "%s", "description": "%s", "status": "IN_FORCE", "inForceOn": "2010",
				 "releasability": "PUBLIC"}""".formatted(title, description));

		String page = page("/partners/AFG/relations", "en");
		assertThat(page).contains(title + "<br><span class=\"agreement-description\">" + description);
		assertThat(mvc.get().uri("/api/v1/partners/AFG/relations")).bodyJson()
			.extractingPath("$.agreements[?(@.title == '" + title + "')].description")
			.asArray()
			.containsExactly(description);
	}

	@Test
	void namesATrustFundsLeadNationsInTheReadersLanguage() throws Exception {
		String title = unique("Afghan demining project");
		post("/api/v1/partners/AFG/funds", """
				{"title": "%s", "objective": "Clear mines.", "leadNations": ["AUT", "NOR"], "sector": "15250",
				 "currency": "EUR", "status": "SCOPING", "illustrative": false, "releasability": "PUBLIC"}"""
			.formatted(title));

		assertThat(page("/partners/AFG/relations", "en")).contains("Lead nations: Austria, Norway");
		assertThat(page("/partners/AFG/relations", "fr")).contains("Autriche, Norvège");
		MvcTestResult json = mvc.get().uri("/api/v1/partners/AFG/relations").exchange();
		assertThat(json).bodyJson()
			.extractingPath("$.trustFunds[?(@.title == '" + title + "')].leadNationNames[*]")
			.asArray()
			.containsExactly("Austria", "Norway");
	}

	@Test
	void rendersANarrativesHighlightItemsAsAnEscapedList() throws Exception {
		String intro = unique("Highlights of the cooperation");
		post("/api/v1/partners/AFG/narratives",
				"""
						{"ref": "%s", "section": "AREA", "heading": "Highlights", "body": "%s:\\n- Training of <b>staff</b>\\n- Demining",
						 "position": 900, "releasability": "PUBLIC"}"""
					.formatted(ref(), intro));

		MvcTestResult result = mvc.get().uri("/partners/AFG/relations").exchange();
		String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("<p>" + intro
				+ ":</p><ul class=\"highlights\"><li>Training of &lt;b&gt;staff&lt;/b&gt;</li><li>Demining</li></ul>")
			.doesNotContain("<b>staff</b>");
		assertThat(mvc.get().uri("/api/v1/partners/AFG/relations")).bodyJson()
			.extractingPath("$.areas[?(@.heading == 'Highlights')].blocks[1].items[*]")
			.asArray()
			.contains("Training of <b>staff</b>", "Demining");
	}

}
