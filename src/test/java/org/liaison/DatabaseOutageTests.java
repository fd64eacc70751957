package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

/**
 * Liaison when its database stops answering: readers are told within seconds that the
 * service is unavailable for a while, health says so to the balancer, and when the
 * database is back Liaison serves again by itself. The database is PostgreSQL reached
 * through a TCP proxy (HAProxy), and the outage is the proxy stopping, as a network or a
 * database host failing would look to Liaison.
 *
 * <p>
 * Runs where {@code .ci/run} gives it an empty PostgreSQL database
 * ({@code LIAISON_TEST_BALANCED_DATASOURCE_URL}) and HAProxy; skipped on the embedded
 * database.
 */
@TestInstance(Lifecycle.PER_CLASS)
class DatabaseOutageTests {

	/** Longer than any answer may take while the database is away: no request hangs. */
	private static final Duration PATIENCE = Duration.ofSeconds(10);

	private static final Pattern DATABASE = Pattern.compile("jdbc:postgresql://([^/]+)/(.+)");

	private final Path logs = Path.of("target", "database-outage");

	private final HttpClient client = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	private String databaseServer;

	private int proxyPort;

	private Haproxy proxy;

	private LiaisonInstance liaison;

	@BeforeAll
	void startLiaisonWithItsDatabaseBehindAProxy() throws Exception {
		String database = System.getenv("LIAISON_TEST_BALANCED_DATASOURCE_URL");
		assumeTrue(database != null && !database.isBlank(),
				"LIAISON_TEST_BALANCED_DATASOURCE_URL names no PostgreSQL database");
		assumeTrue(Haproxy.installed(), "HAProxy is not installed");
		Matcher url = DATABASE.matcher(database);
		assertThat(url.matches()).as("a PostgreSQL URL: %s", database).isTrue();
		Files.createDirectories(logs);
		databaseServer = url.group(1);
		proxyPort = Haproxy.freePort();
		proxy = startProxy();
		liaison = LiaisonInstance.start("liaison", Haproxy.freePort(),
				LiaisonInstance.onDatabase("jdbc:postgresql://127.0.0.1:" + proxyPort + "/" + url.group(2), logs),
				logs);
	}

	@AfterAll
	void stopEverything() throws InterruptedException {
		if (liaison != null) {
			liaison.close();
		}
		if (proxy != null) {
			proxy.close();
		}
	}

	@Test
	void readersAreToldToComeBackWhileTheDatabaseIsAwayAndServedWhenItReturns() throws Exception {
		assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
		assertThat(get("/api/v1/nations").statusCode()).isEqualTo(200);

		proxy.close();

		HttpResponse<String> api = get("/api/v1/nations");
		assertThat(api.statusCode()).isEqualTo(503);
		assertThat(api.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(api.headers().firstValue("Retry-After")).isPresent();
		assertThat(api.body()).contains("\"status\":503").doesNotContain("Exception", "jdbc", "postgresql");
		HttpResponse<String> page = get("/partners");
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.headers().firstValue("Retry-After")).isPresent();
		assertThat(page.body()).contains("<html").doesNotContain("Exception", "jdbc", "postgresql");
		assertThat(get("/actuator/health/readiness").statusCode()).as("readiness").isEqualTo(503);

		proxy = startProxy();

		assertThat(servedAgainWithin(Duration.ofSeconds(30))).as("served again once the database is back").isTrue();
		assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
	}

	private boolean servedAgainWithin(Duration time) throws Exception {
		Instant deadline = Instant.now().plus(time);
		while (Instant.now().isBefore(deadline)) {
			if (get("/api/v1/nations").statusCode() == 200) {
				return true;
			}
			Thread.sleep(500);
		}
		return false;
	}

	/** Every answer comes within {@link #PATIENCE}, or the request fails the test. */
	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		URI uri = liaison.uri(path);
		return client.send(HttpRequest.newBuilder(uri).timeout(PATIENCE).header("Accept", acceptOf(path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static String acceptOf(String path) {
		return path.startsWith("/partners") ? "text/html" : "application/json";
	}

	private Haproxy startProxy() throws IOException, InterruptedException {
		return Haproxy.start("database-proxy", """
				defaults
				    mode tcp
				    timeout connect 2s
				    timeout client 1h
				    timeout server 1h
				frontend database
				    bind 127.0.0.1:%d
				    default_backend postgresql
				backend postgresql
				    server postgresql %s
				""".formatted(proxyPort, databaseServer), proxyPort, logs);
	}

}
