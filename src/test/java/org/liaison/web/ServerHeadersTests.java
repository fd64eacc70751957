package org.liaison.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.liaison.identity.AccountService;
import org.liaison.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the real server (Tomcat, not a mock) tells a client in its headers and error
 * answers: no client may name the host its redirects go to, the session cookie stays on
 * this site, and an address that names nothing is answered in the application's own
 * words.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServerHeadersTests {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	AccountService accounts;

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	HttpResponse<String> get(String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void aForwardedHostFromAClientIsNotBelieved() throws Exception {
		HttpResponse<String> response = get("/records", "X-Forwarded-Host", "evil.example", "X-Forwarded-Proto",
				"https");

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("evil.example")
			.startsWith("http://127.0.0.1:" + port);
	}

	@Test
	void everyAnswerKeepsItsReferrerWithinLiaison() throws Exception {
		for (String path : new String[] { "/", "/login", "/records", "/api/v1/partners/SRB/relations",
				"/api/v1/no-such-list", "/css/no-such-sheet.css" }) {
			assertThat(get(path).headers().firstValue("Referrer-Policy")).as(path).contains("same-origin");
		}
	}

	@Test
	void hstsIsNeverSentOverPlainHttpNorBelievedFromAClientThatClaimsHttps() throws Exception {
		// No proxy is trusted here (LIAISON_TRUSTED_PROXIES is empty): the request stays
		// plain HTTP, where a browser would ignore HSTS anyway.
		assertThat(get("/").headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(get("/", "X-Forwarded-Proto", "https").headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(get("/api/v1/partners/SRB/relations", "X-Forwarded-Proto", "https").headers()
			.firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void theSessionCookieStaysOnThisSiteAndOutOfScripts() throws Exception {
		HttpResponse<String> response = get("/login");

		String cookie = response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(value -> value.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
	}

	/**
	 * Sessions are rows in the database: a reader of public pages, a health probe and an
	 * API client must not each make one.
	 */
	@Test
	void anonymousReadersAndProbesAreGivenNoSession() throws Exception {
		for (String path : new String[] { "/", "/partners", "/partners/SRB/relations", "/api/v1/partners/SRB/relations",
				"/actuator/health/readiness" }) {
			assertThat(get(path, "Accept", "text/html").headers().allValues("Set-Cookie")).as(path)
				.noneMatch(value -> value.startsWith("JSESSIONID="));
		}
	}

	@Test
	void anApiAddressThatNamesNothingIsAProblemDocument() throws Exception {
		HttpResponse<String> response = get("/api/v1/no-such-list", "Accept", "application/json");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(response.body()).contains("\"status\":404").contains("There is nothing at this address");
	}

	@Test
	void aPageAddressThatNamesNothingIsTheApplicationsOwnErrorPage() throws Exception {
		if (accounts.roleOf("server-headers").isEmpty()) {
			accounts.create("server-headers", "a-long-enough-password", Role.NATO_STAFF, null);
		}
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String login = browser.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
		assertThat(csrf.find()).isTrue();
		browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("username=server-headers&password=a-long-enough-password&_csrf=" + csrf.group(1)))
			.build(), HttpResponse.BodyHandlers.discarding());

		HttpResponse<String> response = browser.send(
				HttpRequest.newBuilder(uri("/no-such-page")).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("There is nothing at this address")
			.contains("href=\"/\"")
			.doesNotContain("Whitelabel");
	}

}
