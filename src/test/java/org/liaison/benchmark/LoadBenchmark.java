package org.liaison.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A load benchmark, not a test: it fills a database with a large generated set of partnerships
 * and measures the latency of the main read paths over HTTP on loopback, a bounded number of
 * requests from a few concurrent clients. It is not part of {@code ./mvnw verify}; run it with
 *
 * <pre>./mvnw test -Dtest=LoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * on the test profile's in-memory H2 database, or on PostgreSQL with SPRING_DATASOURCE_URL and
 * SPRING_DATASOURCE_USERNAME pointing at an empty database. Results go to
 * {@code target/benchmark/results.md}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoadBenchmark {

	static final int MILESTONES_PER_PARTNER = 1_000;

	static final int AGREEMENTS_PER_PARTNER = 300;

	static final int STATEMENTS_PER_PARTNER = 100;

	static final int REQUESTS = 400;

	static final int CLIENTS = 4;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void measureTheMainReadPaths() throws Exception {
		List<String> partners = generate();
		StringBuilder report = new StringBuilder("# Load benchmark\n\n");
		report.append("%d partners, each with %d milestones, %d agreements (2 parties each) and %d statements; %d requests per path from %d clients on loopback.%n%n"
			.formatted(partners.size(), MILESTONES_PER_PARTNER, AGREEMENTS_PER_PARTNER, STATEMENTS_PER_PARTNER, REQUESTS, CLIENTS));
		report.append("| path | p50 ms | p95 ms | p99 ms | max ms | requests/s |\n|---|---|---|---|---|---|\n");

		measure(report, "GET /api/v1/partners/{code}/relations", i -> get("/api/v1/partners/" + pick(partners) + "/relations", null));
		String etag = http.send(HttpRequest.newBuilder(uri("/api/v1/partners/SRB/relations")).build(),
				HttpResponse.BodyHandlers.discarding()).headers().firstValue("ETag").orElseThrow();
		measure(report, "GET /api/v1/partners/SRB/relations (If-None-Match: 304)", i -> get("/api/v1/partners/SRB/relations", etag));
		measure(report, "GET /partners/{code}/relations (HTML)", i -> get("/partners/" + pick(partners) + "/relations", null));
		measure(report, "GET /api/v1/partners/{code}/agreements?page=n", i -> get("/api/v1/partners/" + pick(partners)
				+ "/agreements?size=25&page=" + ThreadLocalRandom.current().nextInt(AGREEMENTS_PER_PARTNER / 25), null));
		measure(report, "GET /api/v1/partners/{code}/milestones?page=n", i -> get("/api/v1/partners/" + pick(partners)
				+ "/milestones?size=50&page=" + ThreadLocalRandom.current().nextInt(MILESTONES_PER_PARTNER / 50), null));
		measure(report, "GET /api/v1/partners/{code}/statements?page=n", i -> get("/api/v1/partners/" + pick(partners)
				+ "/statements?size=25&page=" + ThreadLocalRandom.current().nextInt(STATEMENTS_PER_PARTNER / 25), null));

		Path out = Path.of("target/benchmark/results.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
		System.out.println(report);
	}

	private List<String> generate() {
		List<String> nations = jdbc.queryForList(
				"select code from partner_nation where nato_member_since is null and code not in (select nation from partner_profile) order by code",
				String.class);
		Timestamp now = Timestamp.from(Instant.now());
		List<String> partners = new ArrayList<>(nations);
		for (String nation : nations) {
			jdbc.update("insert into partner_profile (id, nation, summary, policy, aspirant, releasability, updated_at, version) values (?, ?, ?, null, false, 'PUBLIC', ?, 0)",
					UUID.randomUUID(), nation, "Generated partner " + nation, now);
		}
		List<Object[]> milestones = new ArrayList<>();
		List<Object[]> agreements = new ArrayList<>();
		List<Object[]> parties = new ArrayList<>();
		List<Object[]> statements = new ArrayList<>();
		for (String nation : partners) {
			for (int i = 0; i < MILESTONES_PER_PARTNER; i++) {
				milestones.add(new Object[] { UUID.randomUUID(), nation, "m-" + i, date(i), "Generated milestone " + i,
						releasability(i), now });
			}
			for (int i = 0; i < AGREEMENTS_PER_PARTNER; i++) {
				UUID id = UUID.randomUUID();
				agreements.add(new Object[] { id, nation, "a-" + i, "Generated agreement " + i, date(i), releasability(i), now });
				parties.add(new Object[] { id, 0, "NATO", null });
				parties.add(new Object[] { id, 1, nation, nation });
			}
			for (int i = 0; i < STATEMENTS_PER_PARTNER; i++) {
				statements.add(new Object[] { UUID.randomUUID(), nation, "s-" + i, "Generated statement " + i, date(i),
						releasability(i), now });
			}
		}
		jdbc.batchUpdate("insert into timeline_milestone (id, partner, ref, date, text, derived, releasability, updated_at, version) values (?, ?, ?, ?, ?, false, ?, ?, 0)", milestones);
		jdbc.batchUpdate("insert into agreement (id, partner, ref, type_code, title, status, agreed_on, releasability, updated_at, version) values (?, ?, ?, 'OTHER', ?, 'AGREED', ?, ?, ?, 0)", agreements);
		jdbc.batchUpdate("insert into agreement_party (agreement, position, name, nation) values (?, ?, ?, ?)", parties);
		jdbc.batchUpdate("insert into dialogue_statement (id, partner, ref, kind, title, date, summary, releasability, updated_at, version) values (?, ?, ?, 'STATEMENT', ?, ?, 'Generated.', ?, ?, 0)", statements);
		return partners;
	}

	private static String date(int i) {
		int year = 1995 + i % 30;
		return switch (i % 3) {
			case 0 -> String.valueOf(year);
			case 1 -> "%d-%02d".formatted(year, 1 + i % 12);
			default -> "%d-%02d-%02d".formatted(year, 1 + i % 12, 1 + i % 28);
		};
	}

	private static String releasability(int i) {
		return i % 5 == 0 ? "NATO" : i % 3 == 0 ? "PARTNER" : "PUBLIC";
	}

	private static String pick(List<String> partners) {
		return partners.get(ThreadLocalRandom.current().nextInt(partners.size()));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private long get(String path, String etag) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
		if (etag != null) {
			request.header("If-None-Match", etag);
		}
		long start = System.nanoTime();
		HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		long elapsed = System.nanoTime() - start;
		assertThat(response.statusCode()).as(path).isIn(200, 304);
		return elapsed;
	}

	private interface Call {

		long run(int i) throws Exception;

	}

	private void measure(StringBuilder report, String name, Call call) throws Exception {
		for (int i = 0; i < 20; i++) {
			call.run(i);
		}
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		List<Future<Long>> futures = new ArrayList<>();
		long start = System.nanoTime();
		for (int i = 0; i < REQUESTS; i++) {
			int n = i;
			futures.add(clients.submit(() -> call.run(n)));
		}
		List<Long> times = new ArrayList<>();
		for (Future<Long> future : futures) {
			times.add(future.get());
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		clients.shutdown();
		Collections.sort(times);
		IntFunction<String> percentile = p -> "%.1f".formatted(times.get(Math.min(times.size() - 1, times.size() * p / 100)) / 1e6);
		report.append("| %s | %s | %s | %s | %.1f | %.0f |%n".formatted(name, percentile.apply(50), percentile.apply(95),
				percentile.apply(99), times.get(times.size() - 1) / 1e6, REQUESTS / seconds));
	}

}
