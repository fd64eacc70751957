package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

/**
 * Two instances of Liaison on one PostgreSQL database, behind HAProxy that sends each
 * request to the next instance in turn, as a deployment runs them. A person signs in and
 * works through the balancer; one instance stops in the middle; the person goes on
 * without signing in again, and nothing they wrote is lost.
 *
 * <p>
 * It needs what a deployment has: PostgreSQL (an empty database of its own, named by
 * {@code LIAISON_TEST_BALANCED_DATASOURCE_URL}) and HAProxy. {@code .ci/run} gives it
 * both; a run on the embedded database skips it.
 */
@TestInstance(Lifecycle.PER_CLASS)
class BalancedInstancesTests {

	private static final String ADMIN = "balanced-admin";

	private static final String PASSWORD = "harbour lights over the quay";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	/** Where the instances and the balancer write their logs, kept for a failed run. */
	private final Path logs = Path.of("target", "balanced-instances");

	private final List<LiaisonInstance> instances = new ArrayList<>();

	private Haproxy balancer;

	private URI front;

	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@BeforeAll
	void startTwoInstancesBehindTheBalancer() throws Exception {
		String database = System.getenv("LIAISON_TEST_BALANCED_DATASOURCE_URL");
		assumeTrue(database != null && !database.isBlank(),
				"LIAISON_TEST_BALANCED_DATASOURCE_URL names no database for two instances");
		assumeTrue(Haproxy.installed(), "HAProxy is not installed");
		Files.createDirectories(logs);
		Map<String, String> environment = LiaisonInstance.onDatabase(database, logs);
		environment.put("LIAISON_ADMIN_USERNAME", ADMIN);
		environment.put("LIAISON_ADMIN_PASSWORD", PASSWORD);
		// One after the other: the first creates the schema and the first administrator.
		instances.add(LiaisonInstance.start("first", Haproxy.freePort(), environment, logs));
		instances.add(LiaisonInstance.start("second", Haproxy.freePort(), environment, logs));
		int port = Haproxy.freePort();
		balancer = Haproxy.start("balancer", haproxyConfiguration(port), port, logs);
		front = URI.create("http://127.0.0.1:" + port);
	}

	@AfterAll
	void stopEverything() throws InterruptedException {
		if (balancer != null) {
			balancer.close();
		}
		for (LiaisonInstance instance : instances) {
			instance.close();
		}
	}

	@Test
	void aPersonSignedInThroughTheBalancerKeepsWorkingWhenAnInstanceStops() throws Exception {
		signIn();
		// The session is in the database: each instance knows it, whichever took the
		// sign-in.
		for (LiaisonInstance instance : instances) {
			assertThat(get(instance.uri("/account")).statusCode()).as("/account on %s", instance).isEqualTo(200);
		}
		List<String> added = new ArrayList<>();
		for (int i = 1; i <= 4; i++) {
			added.add(addAccount("before-" + i));
		}

		instances.get(0).stop();

		for (int i = 1; i <= 4; i++) {
			added.add(addAccount("after-" + i));
		}
		HttpResponse<String> list = get(front.resolve("/admin/accounts?size=200"));
		assertThat(list.statusCode()).as("still signed in after the stop").isEqualTo(200);
		assertThat(list.body()).contains(added);
	}

	private void signIn() throws IOException, InterruptedException {
		HttpResponse<String> form = get(front.resolve("/login"));
		assertThat(form.statusCode()).isEqualTo(200);
		HttpResponse<String> signedIn = post("/login",
				Map.of("username", ADMIN, "password", PASSWORD, "_csrf", csrf(form.body())));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/records"));
	}

	/**
	 * Adds an account on the administrators' page, as a person does, and says its name.
	 */
	private String addAccount(String name) throws IOException, InterruptedException {
		HttpResponse<String> page = get(front.resolve("/admin/accounts"));
		assertThat(page.statusCode()).as("the accounts page before adding %s", name).isEqualTo(200);
		String username = "balanced-" + name + "-" + System.nanoTime();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("username", username);
		fields.put("password", PASSWORD + " " + name);
		fields.put("role", "NATO_STAFF");
		fields.put("nation", "");
		fields.put("organisation", "");
		fields.put("_csrf", csrf(page.body()));
		HttpResponse<String> added = post("/admin/accounts", fields);
		assertThat(added.statusCode()).as("adding %s: %s", name, added.body()).isEqualTo(302);
		return username;
	}

	private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
		return browser.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, Map<String, String> fields)
			throws IOException, InterruptedException {
		String body = fields.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return browser.send(HttpRequest.newBuilder(front.resolve(path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String csrf(String page) {
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).as("the form's CSRF token").isTrue();
		return token.group(1);
	}

	/**
	 * Round robin with no stickiness, so that consecutive requests of one person reach
	 * different instances; an instance that stops is taken out at its first failed check,
	 * and a request that could not reach it goes to the other.
	 */
	private String haproxyConfiguration(int port) {
		StringBuilder servers = new StringBuilder();
		for (LiaisonInstance instance : instances) {
			servers.append("    server ")
				.append(instance.name())
				.append(" 127.0.0.1:")
				.append(instance.port())
				.append(" check inter 500 fall 1 rise 2\n");
		}
		return """
				global
				    maxconn 256
				defaults
				    mode http
				    timeout connect 2s
				    timeout client 60s
				    timeout server 60s
				    retries 3
				    option redispatch
				    retry-on conn-failure
				frontend liaison
				    bind 127.0.0.1:%d
				    default_backend instances
				backend instances
				    balance roundrobin
				    option httpchk GET /actuator/health/readiness
				    http-check expect status 200
				%s""".formatted(port, servers);
	}

}
