package org.liaison;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application with every setting of the {@code prod} profile (read from
 * {@code application-prod.properties} itself), on a database of its own, behind a
 * TLS-terminating proxy on this machine: the prod profile proper runs on PostgreSQL only.
 * Answers served over HTTPS carry HSTS, and the OpenAPI description and Swagger UI are
 * for those signed in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@TestPropertySource(locations = "classpath:application-prod.properties", properties = {
		"spring.datasource.url=jdbc:h2:mem:liaison-prod-settings;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=",
		// What LIAISON_TRUSTED_PROXIES names in production: here the test itself.
		"server.tomcat.remoteip.internal-proxies=127\\\\.0\\\\.0\\\\.1" })
class ProductionSecuritySettingsTests {

	static final String HSTS = "Strict-Transport-Security";

	@LocalServerPort
	int port;

	@Autowired
	MockMvcTester mvc;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<String> get(String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void everyAnswerServedOverHttpsCarriesHstsAndNoneOverPlainHttp() throws Exception {
		for (String path : new String[] { "/", "/login", "/records", "/api/v1/partners/SRB/relations",
				"/api/v1/no-such-list", "/v3/api-docs" }) {
			HttpResponse<String> https = get(path, "X-Forwarded-Proto", "https");
			assertThat(https.headers().firstValue(HSTS)).as(path).contains("max-age=31536000 ; includeSubDomains");
			assertThat(https.headers().firstValue("Referrer-Policy")).as(path).contains("same-origin");

			assertThat(get(path).headers().firstValue(HSTS)).as(path).isEmpty();
		}
	}

	@Test
	void anAnonymousProgramIsToldToSignInForTheApiDescription() {
		assertThat(mvc.get().uri("/v3/api-docs")).hasStatus(401)
			.hasContentType("application/problem+json")
			.hasHeader("WWW-Authenticate", "Basic realm=\"Liaison\"")
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("Sign in required");
		assertThat(mvc.get().uri("/v3/api-docs/swagger-config")).hasStatus(401);
	}

	@Test
	void anAnonymousVisitorOfSwaggerUiIsSentToSignIn() {
		for (String path : new String[] { "/swagger-ui/index.html", "/swagger-ui.html" }) {
			assertThat(mvc.get().uri(path)).as(path).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
		}
		// The rest of what is public stays so.
		assertThat(mvc.get().uri("/")).hasStatusOk();
		assertThat(mvc.get().uri("/login")).hasStatusOk();
	}

	@Test
	void anyoneSignedInReadsTheApiDescriptionAndSwaggerUi() {
		assertThat(mvc.get().uri("/v3/api-docs").with(TestUsers.partner("SRB"))).hasStatusOk()
			.bodyText()
			.contains("/api/v1/agreements/{id}");
		assertThat(mvc.get().uri("/swagger-ui/index.html").with(TestUsers.partner("SRB"))).hasStatusOk();
	}

}
