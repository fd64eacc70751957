package org.liaison.timeline;

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

/**
 * A date a source gives loosely stays as loose as the source: recorded as "early 2009",
 * it is shown as "early 2009" (and "début 2009" in French) on every page, never as a day
 * nobody knows. Sweden, an Ally since 2024, keeps the record of its years as a partner.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LooseDatesTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void aMilestoneKnownToAPartOfTheYearIsShownAsTheSourceGivesIt() throws Exception {
		TestPartners.ensure(mvc, "SWE");
		MvcTestResult recorded = mvc.post()
			.uri("/api/v1/partners/SWE/milestones")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"date": "early 2009", "text": "Illustrative: a milestone whose source says only early 2009.",
					 "releasability": "PUBLIC"}
					""")
			.exchange();

		assertThat(recorded).hasStatus(201);
		assertThat(recorded).bodyJson().extractingPath("$.date").asString().isEqualTo("2009-01~E");
		assertThat(mvc.get().uri("/partners/SWE/relations?lang=en").exchange().getResponse().getContentAsString())
			.contains("early 2009");
		assertThat(mvc.get().uri("/partners/SWE/relations?lang=fr").exchange().getResponse().getContentAsString())
			.contains("début 2009");
	}

	@Test
	void aPartOfTheYearNobodyCanPlaceIsRefusedNamingTheFormsThatAre() throws Exception {
		TestPartners.ensure(mvc, "SWE");
		MvcTestResult refused = mvc.post()
			.uri("/api/v1/partners/SWE/milestones")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"date": "winter 2009", "text": "Illustrative.", "releasability": "PUBLIC"}
					""")
			.exchange();

		assertThat(refused).hasStatus(400);
		assertThat(refused.getResponse().getContentAsString()).contains("early 2009, mid-2010")
			.doesNotContain("org.liaison");
	}

}
