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

/**
 * A notice period once set is changed only by someone who saw the latest one.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TransitTermsVersionTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void aStaleChangeOfTheNoticePeriodIsRefused() {
		TestPartners.ensure(mvc, "MAR");
		String ref = "version-" + UUID.randomUUID().toString().substring(0, 8);
		MvcTestResult agreement = mvc.post()
			.uri("/api/v1/partners/MAR/agreements")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"ref\": \"%s\", \"type\": \"TRANSIT\", \"title\": \"Transit %s\", \"status\": \"AGREED\", \"agreedOn\": \"2006\", \"releasability\": \"PUBLIC\"}"
						.formatted(ref, ref))
			.exchange();
		String terms = agreement.getResponse().getHeader("Location") + "/transit-terms";

		assertThat(mvc.put()
			.uri(terms)
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"noticeDays\": 10}")).hasStatusOk().hasHeader("ETag", "\"0\"");
		assertThat(mvc.put()
			.uri(terms)
			.with(TestUsers.nato())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"noticeDays\": 14}")).hasStatusOk();
		assertThat(mvc.put()
			.uri(terms)
			.with(TestUsers.nato())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"noticeDays\": 30}")).hasStatus(409);
		assertThat(mvc.put()
			.uri(terms)
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"noticeDays\": 30}")).hasStatus(409);
		assertThat(mvc.get().uri(terms).with(TestUsers.nato())).bodyJson().extractingPath("$.noticeDays").isEqualTo(14);
	}

}
