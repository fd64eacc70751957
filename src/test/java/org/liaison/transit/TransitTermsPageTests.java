package org.liaison.transit;

import java.util.UUID;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Staff set the notice period of a transit agreement on a page of its own, linked from
 * the agreement.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TransitTermsPageTests {

	@Autowired
	MockMvcTester mvc;

	private String transitAgreement() {
		TestPartners.ensure(mvc, "MAR");
		String ref = "terms-" + UUID.randomUUID().toString().substring(0, 8);
		MvcTestResult agreement = mvc.post()
			.uri("/api/v1/partners/MAR/agreements")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"ref\": \"%s\", \"type\": \"TRANSIT\", \"title\": \"Transit %s\", \"status\": \"AGREED\", \"agreedOn\": \"2006\", \"releasability\": \"PARTNER\"}"
						.formatted(ref, ref))
			.exchange();
		assertThat(agreement).hasStatus(201);
		return agreement.getResponse().getHeader("Location").replace("/api/v1/agreements/", "");
	}

	@Test
	void staffSetTheNoticePeriodAndBadValuesAreShownBesideTheField() {
		String id = transitAgreement();
		assertThat(mvc.get().uri("/agreements/" + id).with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains("/agreements/" + id + "/transit-terms");
		assertThat(mvc.get().uri("/agreements/" + id + "/transit-terms").with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains("No notice period is set yet");

		MvcTestResult bad = mvc.post()
			.uri("/agreements/" + id + "/transit-terms")
			.with(TestUsers.nato())
			.with(csrf())
			.param("noticeDays", "a week")
			.exchange();
		assertThat(bad).hasStatusOk();
		assertThat(bad).bodyText().contains("id=\"noticeDays-error\"", "from 1 to 90");

		assertThat(mvc.post()
			.uri("/agreements/" + id + "/transit-terms")
			.with(TestUsers.nato())
			.with(csrf())
			.param("noticeDays", "12")).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/agreements/" + id + "/transit-terms").with(TestUsers.nato())).bodyText()
			.contains("Requests must be made 12 days before entry.");
		assertThat(mvc.get().uri("/api/v1/agreements/" + id + "/transit-terms").with(TestUsers.nato())).bodyJson()
			.extractingPath("$.noticeDays")
			.isEqualTo(12);
	}

	@Test
	void onlyStaffSetItAndOtherPartnersDoNotSeeIt() {
		String id = transitAgreement();
		assertThat(mvc.post()
			.uri("/agreements/" + id + "/transit-terms")
			.with(TestUsers.partner("MAR"))
			.with(csrf())
			.param("noticeDays", "5")).hasStatus(403);
		assertThat(mvc.get().uri("/agreements/" + id + "/transit-terms").with(TestUsers.partner("SRB"))).hasStatus(404);
		assertThat(mvc.get().uri("/agreements/" + id + "/transit-terms").with(TestUsers.partner("MAR"))).hasStatusOk()
			.bodyText()
			.doesNotContain("id=\"save-terms\"");
	}

}
