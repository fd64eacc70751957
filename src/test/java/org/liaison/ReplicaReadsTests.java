package org.liaison;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.liaison.identity.AccountService;
import org.liaison.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Liaison with a read replica ({@code LIAISON_REPLICA_URL}, which {@code .ci/run} points
 * at a streaming replica of its PostgreSQL): a request's reads are served by the replica,
 * and yet whoever writes sees their write on the very next request, a person signed in on
 * the pages as well as an API caller. Skipped without a replica.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIfEnvironmentVariable(named = "LIAISON_REPLICA_URL", matches = ".+")
class ReplicaReadsTests {

	private static final String PASSWORD = "reading on the replica, writing on the primary";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final int ROUNDS = 40;

	private final String mark = "replica-" + UUID.randomUUID().toString().substring(0, 8);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	AccountService accounts;

	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@BeforeAll
	void giveTheWritersAccounts() throws Exception {
		accounts.create(mark + "-admin", PASSWORD, Role.ADMIN, null);
		accounts.create(mark + "-staff", PASSWORD, Role.NATO_STAFF, null);
		// Written outside a request, by no one who reads them back: the replica has them
		// a moment later, as it has another person's writes.
		Instant deadline = Instant.now().plusSeconds(10);
		while (send(api("/api/v1/partners").GET()).statusCode() == 401 && Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
		}
		// Libya is a nation and a partner of this test's own (unless an earlier run made
		// it
		// one).
		send(apiAs("admin", "/api/v1/nations").POST(HttpRequest.BodyPublishers.ofString("""
				{"code": "LBY", "name": "Libya", "nameFr": "Libye", "articleFr": "la"}
				""")));
		HttpResponse<String> partner = send(api("/api/v1/partners").POST(HttpRequest.BodyPublishers.ofString("""
				{"nation": "LBY", "profile": {"summary": "A partner.", "aspirant": false, "releasability": "PUBLIC"}}
				""")));
		assertThat(partner.statusCode()).as("making Libya a partner: %s", partner.body()).isIn(201, 400, 409);
	}

	@AfterEach
	void leaveTheRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void aRequestsReadOnlyTransactionsReadTheReplicaAndEverythingElseThePrimary() throws Exception {
		TransactionTemplate readOnly = new TransactionTemplate(transactions);
		readOnly.setReadOnly(true);
		TransactionTemplate writable = new TransactionTemplate(transactions);
		assertThat(inRecovery(readOnly)).as("a read-only transaction outside a request").isFalse();

		MockHttpServletRequest request = new MockHttpServletRequest();
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		assertThat(inRecovery(readOnly)).as("a read-only transaction before the request is served").isFalse();
		Map<String, Boolean> served = new LinkedHashMap<>();
		WriterPositions.markServedRequests().doFilter(request, new MockHttpServletResponse(), (in, out) -> {
			served.put("read-only", inRecovery(readOnly));
			served.put("read-write", inRecovery(writable));
		});
		assertThat(served).as("a served request's transactions on a server in recovery")
			.containsExactly(Map.entry("read-only", true), Map.entry("read-write", false));
	}

	@Test
	void anApiCallerReadsEachRecordTheyWroteOnTheNextCall() throws Exception {
		for (int round = 1; round <= ROUNDS; round++) {
			String text = mark + " milestone " + round;
			HttpResponse<String> created = send(
					api("/api/v1/partners/LBY/milestones").POST(HttpRequest.BodyPublishers.ofString("""
							{"ref": "%s-%d", "date": "2014", "text": "%s", "releasability": "NATO"}""".formatted(mark,
							round, text))));
			assertThat(created.statusCode()).as("writing %s: %s", text, created.body()).isEqualTo(201);
			String location = created.headers().firstValue("Location").orElseThrow();

			HttpResponse<String> read = send(api(URI.create(location).getPath()).GET());
			assertThat(read.statusCode()).as("reading %s back", text).isEqualTo(200);
			assertThat(read.body()).contains(text);
		}
	}

	@Test
	void aPersonSignedInSeesEachAccountTheyAddedOnTheNextPage() throws Exception {
		HttpResponse<String> form = get("/login");
		HttpResponse<String> signedIn = post("/login",
				Map.of("username", mark + "-admin", "password", PASSWORD, "_csrf", csrf(form.body())));
		assertThat(signedIn.statusCode()).as("signing in").isEqualTo(302);
		String csrf = csrf(get("/admin/accounts").body());
		for (int round = 1; round <= ROUNDS; round++) {
			String username = mark + "-added-" + round;
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("username", username);
			fields.put("password", PASSWORD + " " + round);
			fields.put("role", "NATO_STAFF");
			fields.put("nation", "");
			fields.put("organisation", "");
			fields.put("_csrf", csrf);
			HttpResponse<String> added = post("/admin/accounts", fields);
			assertThat(added.statusCode()).as("adding %s: %s", username, added.body()).isEqualTo(302);

			HttpResponse<String> list = get("/admin/accounts?size=200");
			assertThat(list.statusCode()).isEqualTo(200);
			assertThat(list.body()).as("the accounts page right after adding %s", username).contains(username);
		}
	}

	/** Whether the transaction runs on a server in recovery: on a replica. */
	private boolean inRecovery(TransactionTemplate transaction) {
		Boolean inRecovery = transaction
			.execute(status -> jdbc.queryForObject("select pg_is_in_recovery()", Boolean.class));
		return Boolean.TRUE.equals(inRecovery);
	}

	private HttpRequest.Builder api(String path) {
		return apiAs("staff", path);
	}

	private HttpRequest.Builder apiAs(String account, String path) {
		String credentials = Base64.getEncoder()
			.encodeToString((mark + "-" + account + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(uri(path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Basic " + credentials)
			.header("Content-Type", "application/json");
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		// A client of its own: an API caller keeps no cookies.
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return browser.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, Map<String, String> fields)
			throws IOException, InterruptedException {
		String body = fields.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return browser.send(HttpRequest.newBuilder(uri(path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String csrf(String page) {
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).as("the form's CSRF token").isTrue();
		return token.group(1);
	}

}
