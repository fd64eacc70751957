package org.liaison.publication;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What no source says stays unsaid: a membership whose start is not known is named
 * without a date (and gives the timeline no milestone), and a partner whose aspiration is
 * not known is said neither to aspire nor not to. Malta's first PfP membership (1995 to
 * 1996) is a fact; the start of its second is left unknown here on purpose.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FactsNotKnownTests {

	@Autowired
	MockMvcTester mvc;

	@BeforeEach
	void malta() {
		mvc.post()
			.uri("/api/v1/partners")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"nation": "MLT", "profile": {"summary": "Malta is a partner.", "releasability": "PUBLIC"}}""")
			.exchange();
	}

	private MvcTestResult membership(String json) {
		return mvc.post()
			.uri("/api/v1/partners/MLT/memberships")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	private String page(String query) throws Exception {
		return HtmlUtils.htmlUnescape(mvc.get()
			.uri("/partners/MLT/relations" + query)
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void aMembershipOfUnknownStartIsNamedWithoutADateAndGivesNoMilestone() throws Exception {
		assertThat(membership(
				"""
						{"ref": "pfp-1995", "framework": "PFP", "since": "1995-04", "until": "1996-10", "releasability": "PUBLIC",
						 "milestoneText": "Malta joins the Partnership for Peace."}"""))
			.hasStatus(201);
		MvcTestResult unknown = membership("""
				{"ref": "pfp-again", "framework": "PFP", "releasability": "PUBLIC",
				 "milestoneText": "Malta rejoins the Partnership for Peace."}""");
		assertThat(unknown).hasStatus(201);
		assertThat(unknown).bodyJson().doesNotHavePath("$.since");

		// The milestone is derived after the commit, by a listener of the membership's
		// event: the page shows it once the listener has run.
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(page("")).contains("Malta joins the Partnership for Peace."));
		String page = page("");
		assertThat(page)
			.contains("<li>Partnership for Peace: April 1995 to October 1996</li>", "<li>Partnership for Peace</li>")
			.doesNotContain("Malta rejoins");
		assertThat(mvc.get().uri("/api/v1/partners/MLT/milestones").with(TestUsers.nato())).bodyText()
			.doesNotContain("Malta rejoins");
	}

	@Test
	void anAspirationNoSourceGivesIsNeitherClaimedNorDenied() throws Exception {
		String version = mvc.get()
			.uri("/api/v1/partners/MLT")
			.with(TestUsers.nato())
			.exchange()
			.getResponse()
			.getHeader("ETag");
		assertThat(mvc.put()
			.uri("/api/v1/partners/MLT")
			.with(TestUsers.nato())
			.header("If-Match", version)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"summary": "Malta is a partner.", "releasability": "PUBLIC"}""")).hasStatusOk();
		assertThat(mvc.get().uri("/api/v1/partners/MLT").with(TestUsers.nato())).bodyJson()
			.doesNotHavePath("$.aspirant");
		assertThat(page("")).doesNotContain("id=\"aspirant\"", "aspires to membership", "not an aspirant");
		assertThat(mvc.get().uri("/partners/MLT").with(TestUsers.nato())).bodyText().contains("Not known");
	}

}
