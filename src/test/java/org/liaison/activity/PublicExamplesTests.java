package org.liaison.activity;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff publish a cooperation activity as an example of a partner's participation by
 * making it PUBLIC; the partner's public page then names it, and nothing else of its
 * programme.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicExamplesTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void aPublicActivityThePartnerTookPartInAppearsOnItsPage() {
		ActivityFixtures fixtures = new ActivityFixtures(mvc);
		String mark = UUID.randomUUID().toString().substring(0, 8);
		String published = fixtures.activity("Published course " + mark, "PUBLIC", "\"frameworks\": [\"PFP\"]");
		String onlyAsked = fixtures.activity("Only asked course " + mark, "PUBLIC", "\"frameworks\": [\"PFP\"]");
		String partnerOnly = fixtures.activity("Partner-only course " + mark, "PARTNER", "\"frameworks\": [\"PFP\"]");

		for (String ref : new String[] { published, partnerOnly }) {
			UUID event = fixtures.event(ref, 4);
			String request = ActivityFixtures.id(fixtures.ask(event, "UKR", 1));
			assertThat(
					ActivityFixtures.status(fixtures.staff("/api/v1/participation-requests/" + request + "/approve")))
				.isEqualTo("APPROVED");
		}
		fixtures.ask(fixtures.event(onlyAsked, 4), "UKR", 1);

		assertThat(mvc.get().uri("/partners/UKR/relations")).hasStatusOk()
			.bodyText()
			.contains("Published course " + mark)
			.doesNotContain("Only asked course " + mark, "Partner-only course " + mark);
		assertThat(mvc.get().uri("/api/v1/partners/UKR/relations")).bodyJson()
			.extractingPath("$.examples[*].title")
			.asArray()
			.contains("Published course " + mark);
		assertThat(mvc.get().uri("/partners/CHE/relations")).bodyText().doesNotContain("Published course " + mark);
	}

}
