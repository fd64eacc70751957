package org.liaison.web;

import org.junit.jupiter.api.Test;
import org.liaison.SessionCookie;
import org.liaison.TestUsers;
import org.liaison.identity.AccountService;
import org.liaison.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * What operators and API clients rely on: health, the OpenAPI description, sign-in, error
 * pages and the choice of language.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApplicationEndpointsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountService accounts;

	@Test
	void anApiCallWithCredentialsLeavesTheBrowserSessionAlone() {
		if (accounts.roleOf("session-test").isEmpty()) {
			accounts.create("session-test", "a-long-enough-password", Role.NATO_STAFF, null);
		}
		MvcTestResult login = mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", "session-test")
			.param("password", "a-long-enough-password")
			.exchange();
		assertThat(login).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/records");
		SessionCookie session = SessionCookie.from(login);

		assertThat(mvc.get()
			.uri("/api/v1/partners/SRB/agreements")
			.with(session)
			.with(httpBasic("session-test", "a-long-enough-password"))).hasStatusOk();
		assertThat(
				mvc.get().uri("/api/v1/partners/SRB/agreements").with(session).with(httpBasic("session-test", "wrong")))
			.hasStatus(401);
		assertThat(mvc.get().uri("/records").with(session)).hasStatusOk();
	}

	@Test
	void aWrongPasswordIsToldWithoutSayingWhichPartWasWrong() {
		assertThat(mvc.post().uri("/login").with(csrf()).param("username", "nobody").param("password", "nothing"))
			.hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/login?error");
		assertThat(mvc.get().uri("/login?error")).bodyText().contains("The username or password is not right.");
	}

	@Test
	void reportsHealthForLivenessAndReadiness() {
		assertThat(mvc.get().uri("/actuator/health")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("UP");
		assertThat(mvc.get().uri("/actuator/health/liveness")).hasStatusOk();
		assertThat(mvc.get().uri("/actuator/health/readiness")).hasStatusOk();
	}

	@Test
	void describesTheApiWithOpenApi() {
		MvcTestResult result = mvc.get().uri("/v3/api-docs").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyText()
			.contains("/api/v1/partners/{code}/relations", "/api/v1/dossiers", "/api/v1/agreements/{id}");
		assertThat(mvc.get().uri("/swagger-ui/index.html")).hasStatusOk();
	}

	@Test
	void staffPagesNeedSignInAndPublicPagesDoNot() {
		assertThat(mvc.get().uri("/")).hasStatusOk();
		assertThat(mvc.get().uri("/login")).hasStatusOk().bodyText().contains("Sign in to Liaison");
		assertThat(mvc.get().uri("/records")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
		assertThat(mvc.get().uri("/records").with(TestUsers.partner("SRB"))).hasStatusOk()
			.bodyText()
			.contains("Serbia");
	}

	@Test
	void formsWithoutTheirCsrfTokenAreRefused() {
		assertThat(mvc.post()
			.uri("/partners/SRB/milestones")
			.with(TestUsers.nato())
			.param("date", "2014")
			.param("text", "No token")
			.param("releasability", "PUBLIC")).hasStatus(403);
	}

	@Test
	void showsAnErrorPageForWhatDoesNotExist() {
		MvcTestResult result = mvc.get()
			.uri("/agreements/" + java.util.UUID.randomUUID())
			.with(TestUsers.nato())
			.exchange();
		assertThat(result).hasStatus(404);
		assertThat(result).bodyText().contains("id=\"error-message\"").doesNotContain("Exception");
		assertThat(mvc.get().uri("/agreements/not-an-id").with(TestUsers.nato())).hasStatus(400);
	}

	@Test
	void speaksFrenchWhenAsked() {
		assertThat(mvc.get().uri("/partners/SRB/relations").header("Accept-Language", "fr")).hasStatusOk()
			.bodyText()
			.contains("Évolution des relations", "Dernière mise à jour")
			.doesNotContain("''");
		assertThat(mvc.get().uri("/partners/SRB/relations?lang=fr")).hasStatusOk()
			.bodyText()
			.contains("Cadre de la coopération");
		// A message without arguments keeps its apostrophe too (it is formatted once, not
		// twice).
		assertThat(mvc.get()
			.uri("/agreements/" + java.util.UUID.randomUUID() + "?lang=fr")
			.with(org.liaison.TestUsers.nato())).hasStatus(404)
			.bodyText()
			.contains("Retour à l'accueil")
			.doesNotContain("Retour à laccueil");
	}

}
