package org.liaison.web;

import org.junit.jupiter.api.Test;
import org.liaison.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input is told in words that name the field and what it allows, never in Java's; a
 * database that does not answer is told as a pause to wait out.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ErrorMessagesTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void aValueOutsideAListNamesTheValuesTheFieldTakes() throws Exception {
		MvcTestResult result = mvc.get().uri("/api/v1/activities?type=NOPE").exchange();

		assertThat(result).hasStatus(400);
		assertThat(result.getResponse().getContentAsString()).contains("'NOPE' is not one of the values type takes")
			.contains("COURSE, EXERCISE, SEMINAR")
			.doesNotContain("org.liaison")
			.doesNotContain("enum constant");
	}

	@Test
	void anIdThatIsNotOneSaysSoWithoutJavasWords() throws Exception {
		MvcTestResult result = mvc.get().uri("/api/v1/agreements/overdue").with(TestUsers.nato()).exchange();

		assertThat(result).hasStatus(400);
		assertThat(result.getResponse().getContentAsString()).contains("'overdue' is not the id of a record")
			.doesNotContain("Invalid UUID string");
	}

	@Test
	void aListValueOutsideTheListInJsonNamesTheAllowedValues() throws Exception {
		MvcTestResult result = mvc.post()
			.uri("/api/v1/partners/UKR/agreements")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type": "IPAP", "title": "Plan", "status": "NEARLY", "releasability": "PUBLIC"}
					""")
			.exchange();

		assertThat(result).hasStatus(400);
		assertThat(result.getResponse().getContentAsString())
			.contains("at $.status: 'NEARLY' is not one of DRAFT, SUBMITTED")
			.doesNotContain("org.liaison")
			.doesNotContain("`");
	}

	@Test
	void anOmittedTrueOrFalseFieldMeansFalse() throws Exception {
		String code = "OPED_" + org.liaison.TestCodes.letters(7);
		MvcTestResult result = mvc.post()
			.uri("/api/v1/statement-kinds")
			.with(TestUsers.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code": "%s", "name": "Op-ed", "nameFr": "Tribune"}""".formatted(code))
			.exchange();
		assertThat(result.getResponse().getContentAsString()).doesNotContain("FAIL_ON_NULL_FOR_PRIMITIVES");
		assertThat(result).hasStatus(201).bodyJson().extractingPath("$.namesParticipants").isEqualTo(false);
	}

	@Test
	void anOmittedAspirationIsLeftUnknownAndNeverAJavaError() throws Exception {
		MvcTestResult result = mvc.post()
			.uri("/api/v1/partners")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"nation": "KAZ", "profile": {"summary": "A partner in Central Asia.", "releasability": "PUBLIC"}}
					""")
			.exchange();

		assertThat(result.getResponse().getContentAsString()).doesNotContain("FAIL_ON_NULL_FOR_PRIMITIVES");
		assertThat(result.getResponse().getStatus()).isIn(201, 400, 409);
		// Whether a partner aspires to membership is a fact a source gives or does not
		// (an
		// earlier test may have made the partner already, with its own answer).
		if (result.getResponse().getStatus() == 201) {
			assertThat(result.getResponse().getContentAsString()).doesNotContain("\"aspirant\"");
		}
	}

	@Test
	void aDatabaseThatDoesNotAnswerIsAPauseToWaitOut() throws Exception {
		ResponseEntity<ProblemDetail> answer = new ApiProblemAdvice()
			.unavailable(new CannotGetJdbcConnectionException("Connection is not available, request timed out"));

		assertThat(answer.getStatusCode().value()).isEqualTo(503);
		assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
		assertThat(answer.getBody().getDetail()).contains("try again in a few seconds")
			.doesNotContain("Connection is not");
		assertThat(Unavailable.isCause(new IllegalStateException(new CannotGetJdbcConnectionException("x")))).isTrue();
		assertThat(Unavailable.isCause(new IllegalStateException("no"))).isFalse();
	}

}
