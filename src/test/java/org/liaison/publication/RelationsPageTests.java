package org.liaison.publication;

import java.time.Duration;
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
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Serbia's public page, generated from the demo records, states the facts of the seed
 * page and nothing that is not public.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RelationsPageTests {

	@Autowired
	MockMvcTester mvc;

	private String pageText() throws Exception {
		MvcTestResult result = mvc.get().uri("/partners/SRB/relations").exchange();
		assertThat(result).hasStatusOk();
		return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
	}

	@BeforeEach
	void derivedMilestonesAreIn() throws Exception {
		// Milestones derived from records arrive through events after the demo import
		// commits.
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(pageText()).contains("Serbia joins the Partnership for Peace",
					"Serbia concludes an Individual Partnership Action Plan (IPAP) with NATO",
					"NATO completes a PfP trust fund project to destroy 28,000",
					"develop alternative livelihoods for former Serbian armed forces personnel"));
	}

	@Test
	void statesEveryFactOfTheSeedPage() throws Exception {
		String page = pageText();
		assertThat(SerbiaFacts.FACTS).allSatisfy(fact -> assertThat(page).contains(fact));
	}

	@Test
	void groupsTheEvolutionOfRelationsByYearInOrder() throws Exception {
		String page = pageText();
		String evolution = page.substring(page.indexOf("id=\"evolution\""));
		int previous = -1;
		for (String year : SerbiaFacts.YEARS) {
			int at = evolution.indexOf(">" + year + "<");
			assertThat(at).as("year %s after the year before it", year).isGreaterThan(previous);
			previous = at;
		}
		assertThat(evolution.indexOf("78-day")).isLessThan(evolution.indexOf("Belgrade formally applies"));
		assertThat(evolution.indexOf("Serbia joins the Partnership for Peace"))
			.isLessThan(evolution.indexOf("Serbia submits its PfP Presentation Document"));
	}

	@Test
	void isAlsoPublishedAsJson() throws Exception {
		MvcTestResult result = mvc.get().uri("/api/v1/partners/srb/relations").exchange();
		assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("NATO's relations with Serbia");
		assertThat(result).bodyJson().extractingPath("$.lastUpdated").isEqualTo("2015-02-11T09:46:00Z");
		assertThat(result).bodyJson().extractingPath("$.evolution[0].year").isEqualTo(1999);
		assertThat(result).bodyJson()
			.extractingPath("$.agreements[*].title")
			.asArray()
			.contains("Individual Partnership Action Plan (IPAP)", "Transit agreement for KFOR forces");
	}

	@Test
	void neverPublishesIllustrativeDetailsAsFact() throws Exception {
		String page = pageText();
		// The demo's illustrative records: the projects' lead nations and ledger, grants,
		// transit.
		assertThat(page).doesNotContain("Lead nations", "illustrative", "Illustrative", "TR-SRB-", "KFOR rotation");
		assertThat(mvc.get().uri("/api/v1/partners/SRB/relations")).bodyJson()
			.extractingPath("$.trustFunds[*].leadNations[*]")
			.asArray()
			.isEmpty();
		assertThat(mvc.get().uri("/api/v1/partners/SRB/relations")).bodyJson()
			.extractingPath("$.grants")
			.asArray()
			.isEmpty();
	}

	@Test
	void showsOnlyPublicRecords() throws Exception {
		for (String releasability : new String[] { "PARTNER", "NATO" }) {
			assertThat(mvc.post()
				.uri("/api/v1/partners/SRB/milestones")
				.with(TestUsers.nato())
				.contentType(MediaType.APPLICATION_JSON)
				.content(
						"{\"date\": \"2014-03\", \"text\": \"Confidential %s milestone %s\", \"releasability\": \"%s\"}"
							.formatted(releasability, UUID.randomUUID(), releasability)))
				.hasStatus(201);
		}
		assertThat(pageText()).doesNotContain("Confidential PARTNER milestone", "Confidential NATO milestone");
		assertThat(mvc.get().uri("/api/v1/partners/SRB/relations")).bodyText().doesNotContain("Confidential");
	}

	@Test
	void answersNotModifiedUntilSomethingPublicChanges() throws Exception {
		// Another partner than Serbia, whose demo page other tests expect as the seed has
		// it.
		// Made unless it is there already: the backup check runs these tests again on a
		// copy of the suite's database.
		TestPartners.ensure(mvc, "JOR");
		String change = "A public change " + UUID.randomUUID() + ".";
		MvcTestResult first = mvc.get().uri("/api/v1/partners/JOR/relations").exchange();
		String etag = first.getResponse().getHeader("ETag");
		assertThat(etag).isNotBlank();
		assertThat(mvc.get().uri("/api/v1/partners/JOR/relations").header("If-None-Match", etag)).hasStatus(304);

		String pageEtag = mvc.get().uri("/partners/JOR/relations").exchange().getResponse().getHeader("ETag");
		assertThat(mvc.get().uri("/partners/JOR/relations").header("If-None-Match", pageEtag)).hasStatus(304);

		assertThat(mvc.post()
			.uri("/api/v1/partners/JOR/milestones")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"date\": \"2015-02-10\", \"text\": \"%s\", \"releasability\": \"PUBLIC\"}".formatted(change)))
			.hasStatus(201);
		MvcTestResult changed = mvc.get()
			.uri("/api/v1/partners/JOR/relations")
			.header("If-None-Match", etag)
			.exchange();
		assertThat(changed).hasStatusOk();
		assertThat(changed).bodyText().contains(change);
	}

	@Test
	void anUnknownOrPrivatePartnerHasNoPublicPage() throws Exception {
		assertThat(mvc.get().uri("/partners/XKX/relations")).hasStatus(404);
		assertThat(mvc.get().uri("/partners/S1/relations")).hasStatus(400);
		assertThat(mvc.get().uri("/api/v1/partners/FRA/relations")).hasStatus(401);
	}

	@Test
	void listsPartnersWithAPublicPage() throws Exception {
		assertThat(mvc.get().uri("/partners")).hasStatusOk().bodyText().contains("/partners/SRB/relations");
	}

}
