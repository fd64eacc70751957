package org.liaison.partner;

import java.time.Duration;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A nation's accession, as the nations list dates it, is a milestone of its partnership
 * that follows the list: given, corrected or taken back by an administrator. The nation
 * here is invented (a user-assigned code), so that no other test's partner changes.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccessionTests {

	private static final String NATION = "QYA";

	@Autowired
	MockMvcTester mvc;

	@BeforeEach
	void partner() {
		if (mvc.get()
			.uri("/api/v1/nations/" + NATION)
			.with(TestUsers.admin())
			.exchange()
			.getResponse()
			.getStatus() == 404) {
			assertThat(mvc.post()
				.uri("/api/v1/nations")
				.with(TestUsers.admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"code": "%s", "name": "Accedia", "nameFr": "Accédie", "articleFr": "l'"}""".formatted(NATION)))
				.hasStatus(201);
		}
		TestPartners.ensure(mvc, NATION);
	}

	private void accession(String date) {
		MvcTestResult nation = mvc.get().uri("/api/v1/nations/" + NATION).with(TestUsers.admin()).exchange();
		String version = nation.getResponse().getHeader("ETag");
		assertThat(mvc.put()
			.uri("/api/v1/nations/" + NATION)
			.with(TestUsers.admin())
			.header("If-Match", version)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code": "%s", "name": "Accedia", "nameFr": "Accédie", "articleFr": "l'", "natoMemberSince": %s}"""
				.formatted(NATION, date == null ? "null" : "\"" + date + "\"")))
			.hasStatusOk();
	}

	private String page(String query) throws Exception {
		return mvc.get()
			.uri("/partners/" + NATION + "/relations" + query)
			.exchange()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void theAccessionIsAMilestoneThatFollowsTheNationsListAndThePageSaysSoFromItsDay() throws Exception {
		accession("2020-05");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(page("")).contains("Accedia becomes a member of NATO.",
					"A member of the Alliance since May 2020"));
		assertThat(page("?on=2020-04-30")).doesNotContain("becomes a member of NATO", "A member of the Alliance")
			.contains("id=\"aspirant\"");

		accession("2020-06-15");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(page("")).contains("A member of the Alliance since 15 June 2020"));
		assertThat(page("?on=2020-06-01")).doesNotContain("becomes a member of NATO");

		accession(null);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(page("")).doesNotContain("becomes a member of NATO",
					"A member of the Alliance since"));
	}

	@Test
	void aNationThatIsAnAllyMayStillBeMadeAPartnerOnThePage() throws Exception {
		String form = mvc.get()
			.uri("/partners/new")
			.with(TestUsers.nato())
			.exchange()
			.getResponse()
			.getContentAsString();
		// Albania joined in 2009; the record of its partnership may be kept as any other.
		assertThat(form).contains("value=\"ALB\"").doesNotContain("value=\"" + NATION + "\"");
	}

}
