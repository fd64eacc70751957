package org.liaison.partner;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Staff keep dated versions on the forms as the API does: a narrative corrected with a
 * day keeps its earlier text for the page as of earlier days; one corrected without a day
 * is rewritten where it stands. Iceland's texts here are illustrative.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DatedVersionFormsTests {

	@Autowired
	MockMvcTester mvc;

	@BeforeEach
	void iceland() {
		TestPartners.ensure(mvc, "ISL");
	}

	private String page(String query) throws Exception {
		return mvc.get()
			.uri("/partners/ISL/relations" + query)
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void aNarrativeCorrectedWithADayKeepsItsEarlierTextForEarlierDays() throws Exception {
		String ref = "dated-" + UUID.randomUUID().toString().substring(0, 8);
		String first = "Written first " + ref;
		String later = "Written later " + ref;
		MvcTestResult added = mvc.post()
			.uri("/api/v1/partners/ISL/narratives")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"ref": "%s", "section": "OVERVIEW", "body": "%s", "position": 500, "releasability": "PUBLIC",
					 "effectiveFrom": "2010-01-01"}""".formatted(ref, first))
			.exchange();
		assertThat(added).hasStatus(201);
		String location = added.getResponse().getHeader(HttpHeaders.LOCATION);
		String id = location.substring(location.lastIndexOf('/') + 1);

		String form = mvc.get()
			.uri("/narratives/" + id + "/edit")
			.with(TestUsers.nato())
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(form).contains("name=\"effectiveFrom\"", "value=\"2010-01-01\"");

		assertThat(mvc.post()
			.uri("/narratives/" + id)
			.with(TestUsers.nato())
			.with(csrf())
			.param("version", "0")
			.param("ref", ref)
			.param("section", "OVERVIEW")
			.param("body", later)
			.param("position", "500")
			.param("releasability", "PUBLIC")
			.param("effectiveFrom", "2020-03-01")).hasStatus3xxRedirection();

		assertThat(page("")).contains(later).doesNotContain(first);
		assertThat(page("?on=2015-06-30")).contains(first).doesNotContain(later);
		assertThat(page("?on=2009-12-31")).doesNotContain(first).doesNotContain(later);
	}

}
