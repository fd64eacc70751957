package org.liaison.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liaison.TestPartners;
import org.liaison.TestUsers;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agency and its successor are one organisation with its names by date: the NATO
 * Maintenance and Supply Agency (NAMSA) became the NATO Support Agency (NSPA) on 1 July
 * 2012. It is found by either name and named, as of a day, as it was named then.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FormerNamesTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void anOrganisationKeepsItsFormerNamesIsFoundByThemAndIsNamedAsOfADay() throws Exception {
		String ref = "nspa-" + UUID.randomUUID().toString().substring(0, 8);
		MvcTestResult recorded = mvc.post()
			.uri("/api/v1/organisations")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"ref": "%s", "name": "NATO Support and Procurement Agency %s", "shortName": "NSPA",
					 "kind": "EXECUTING_AGENT", "releasability": "PUBLIC",
					 "formerNames": [{"name": "NATO Maintenance and Supply Agency %s", "shortName": "NAMSA",
					                  "endedOn": "2012-06"}]}""".formatted(ref, ref, ref))
			.exchange();
		assertThat(recorded).hasStatus(201);
		String location = recorded.getResponse().getHeader(HttpHeaders.LOCATION);
		assertThat(mvc.get().uri(location).with(TestUsers.nato())).bodyJson()
			.extractingPath("$.formerNames[0].shortName")
			.isEqualTo("NAMSA");

		String page = mvc.get()
			.uri(location.replace("/api/v1", ""))
			.with(TestUsers.nato())
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Formerly",
				"NATO Maintenance and Supply Agency " + ref + " (NAMSA), until June 2012");
		assertThat(mvc.get().uri("/api/v1/organisations?q=maintenance and supply agency " + ref).with(TestUsers.nato()))
			.bodyText()
			.contains(ref);

		OrganisationSummary nspa = new OrganisationSummary(UUID.randomUUID(), ref, "NSPA today", null,
				OrganisationKind.EXECUTING_AGENT, null, null, null, Releasability.PUBLIC, java.time.Instant.now(), 0,
				List.of(new FormerName("NAMSA then", null, PartialDate.parse("2012-06"))));
		assertThat(nspa.nameOn(LocalDate.of(2012, 6, 30))).isEqualTo("NAMSA then");
		assertThat(nspa.nameOn(LocalDate.of(2012, 7, 1))).isEqualTo("NSPA today");
	}

	@Test
	void thePublicPageNamesAnExecutingAgentAsItWasNamedOnThePagesDay() throws Exception {
		TestPartners.ensure(mvc, "BLR");
		String ref = "agency-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(mvc.post()
			.uri("/api/v1/organisations")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"ref": "%s", "name": "Support agency %s", "kind": "EXECUTING_AGENT", "releasability": "PUBLIC",
					 "formerNames": [{"name": "Supply agency %s", "endedOn": "2012-06"}]}""".formatted(ref, ref, ref)))
			.hasStatus(201);
		assertThat(mvc.post()
			.uri("/api/v1/partners/BLR/funds")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title": "Demilitarisation %s", "objective": "Destroy surplus.", "executingAgent": "%s",
					 "sector": "15250", "currency": "EUR", "actualStart": "2010", "status": "IN_EXECUTION",
					 "illustrative": false, "releasability": "PUBLIC"}""".formatted(ref, ref))).hasStatus(201);

		assertThat(mvc.get().uri("/partners/BLR/relations")).bodyText()
			.contains("Support agency " + ref)
			.doesNotContain("Supply agency " + ref);
		assertThat(mvc.get().uri("/partners/BLR/relations?on=2011-06-01")).bodyText()
			.contains("Supply agency " + ref)
			.doesNotContain("Support agency " + ref);
	}

	@Test
	void aFormerNameWithoutTheDateItEndedIsRefusedWithItsField() {
		MvcTestResult refused = mvc.post()
			.uri("/api/v1/organisations")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Renamed agency", "kind": "EXECUTING_AGENT", "releasability": "PUBLIC",
					 "formerNames": [{"name": "Old agency"}]}""")
			.exchange();
		assertThat(refused).hasStatus(400);
		assertThat(refused).bodyJson().extractingPath("$.errors[0].field").isEqualTo("formerNames[0].endedOn");
	}

}
