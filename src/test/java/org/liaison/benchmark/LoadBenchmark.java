package org.liaison.benchmark;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.liaison.identity.AccountService;
import org.liaison.identity.ApiTokenService;
import org.liaison.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A load benchmark, not a test: it fills a database with a large generated set of
 * partnerships and measures the latency of the main read paths over HTTP on loopback, a
 * bounded number of requests from a few concurrent clients. It is not part of
 * {@code ./mvnw verify}; run it with
 *
 * <pre>./mvnw test -Dtest=LoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * on the test profile's in-memory H2 database, or on PostgreSQL with
 * SPRING_DATASOURCE_URL and SPRING_DATASOURCE_USERNAME pointing at an empty database.
 * Results go to {@code target/benchmark/results.md}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoadBenchmark {

	static final int MILESTONES_PER_PARTNER = 1_000;

	static final int AGREEMENTS_PER_PARTNER = 300;

	static final int STATEMENTS_PER_PARTNER = 100;

	/** Ten years of a menu of some 1,400 activities a year. */
	static final int ACTIVITIES = 14_000;

	static final int EVENTS_PER_ACTIVITY = 3;

	/**
	 * About 140 participation requests a year for each generated partner, as Serbia
	 * makes.
	 */
	static final int PARTICIPATION_PER_PARTNER_AND_YEAR = 140;

	static final int YEARS = 10;

	static final int REQUESTS = 400;

	static final int CLIENTS = 4;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountService accounts;

	@Autowired
	ApiTokenService tokens;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void measureTheMainReadPaths() throws Exception {
		List<String> partners = generate();
		StringBuilder report = new StringBuilder("# Load benchmark\n\n");
		report.append(
				"%d partners, each with %d milestones, %d agreements (2 parties each) and %d statements; %d requests per path from %d clients on loopback.%n%n"
					.formatted(partners.size(), MILESTONES_PER_PARTNER, AGREEMENTS_PER_PARTNER, STATEMENTS_PER_PARTNER,
							REQUESTS, CLIENTS));
		report.append("| path | p50 ms | p95 ms | p99 ms | max ms | requests/s |\n|---|---|---|---|---|---|\n");

		measure(report, "GET /api/v1/partners/{code}/relations",
				i -> get("/api/v1/partners/" + pick(partners) + "/relations", null));
		String etag = http
			.send(HttpRequest.newBuilder(uri("/api/v1/partners/SRB/relations")).build(),
					HttpResponse.BodyHandlers.discarding())
			.headers()
			.firstValue("ETag")
			.orElseThrow();
		measure(report, "GET /api/v1/partners/SRB/relations (If-None-Match: 304)",
				i -> get("/api/v1/partners/SRB/relations", etag));
		measure(report, "GET /partners/{code}/relations (HTML)",
				i -> get("/partners/" + pick(partners) + "/relations", null));
		measure(report, "GET /api/v1/partners/{code}/agreements?page=n",
				i -> get("/api/v1/partners/" + pick(partners) + "/agreements?size=25&page="
						+ ThreadLocalRandom.current().nextInt(AGREEMENTS_PER_PARTNER / 25), null));
		measure(report, "GET /api/v1/partners/{code}/milestones?page=n",
				i -> get("/api/v1/partners/" + pick(partners) + "/milestones?size=50&page="
						+ ThreadLocalRandom.current().nextInt(MILESTONES_PER_PARTNER / 50), null));
		measure(report, "GET /api/v1/partners/{code}/statements?page=n",
				i -> get("/api/v1/partners/" + pick(partners) + "/statements?size=25&page="
						+ ThreadLocalRandom.current().nextInt(STATEMENTS_PER_PARTNER / 25), null));

		Menu menu = generateMenu(partners);
		report.append("%n%d activities, %d events, %d participation requests (%d partners, %d a year, %d years).%n%n"
			.formatted(ACTIVITIES, menu.events().size(), menu.requests(), partners.size(),
					PARTICIPATION_PER_PARTNER_AND_YEAR, YEARS));
		report.append("| path | p50 ms | p95 ms | p99 ms | max ms | requests/s |\n|---|---|---|---|---|---|\n");
		measure(report, "GET /api/v1/activities?area=&type=&page=n (facets and counts)",
				i -> get("/api/v1/activities?area=area-" + ThreadLocalRandom.current().nextInt(8)
						+ "&type=COURSE&size=25&page=" + ThreadLocalRandom.current().nextInt(20), null));
		measure(report, "GET /api/v1/activities?q=word (free text)",
				i -> get("/api/v1/activities?q=course+" + ThreadLocalRandom.current().nextInt(1000) + "&size=25",
						null));
		measure(report, "GET /activities?provider=&from=&to= (HTML page)", i -> get("/activities?provider=provider-"
				+ ThreadLocalRandom.current().nextInt(40) + "&from=2012-01-01&to=2012-12-31", null));
		measure(report, "GET /api/v1/events/{id} (with fill)",
				i -> get("/api/v1/events/" + pick(menu.publicEvents()), null));
		// Signed-in reads: the API checks HTTP Basic's bcrypt hash on every call, an API
		// token's SHA-256 by
		// one indexed lookup, a browser session once.
		measure(report, "GET /api/v1/activity-areas with HTTP Basic (baseline: the bcrypt check alone)",
				i -> get("/api/v1/activity-areas", null, STAFF));
		String token = tokens.issue(STAFF, "benchmark").token();
		measure(report, "GET /api/v1/activity-areas with a Bearer API token (one indexed lookup instead of bcrypt)",
				i -> getWithToken("/api/v1/activity-areas", token));
		measure(report, "GET /api/v1/partners/{code}/participation?year= (Bearer token)",
				i -> getWithToken("/api/v1/partners/" + pick(partners) + "/participation?year="
						+ (2006 + ThreadLocalRandom.current().nextInt(YEARS)), token));
		measure(report, "GET /api/v1/events/{id}/participation-requests (Bearer token)",
				i -> getWithToken("/api/v1/events/" + pick(menu.events()) + "/participation-requests", token));
		HttpClient session = signIn(STAFF);
		measure(report, "GET /partners/{code}/programme?year= (HTML, staff session)", i -> get(session, "/partners/"
				+ pick(partners) + "/programme?year=" + (2006 + ThreadLocalRandom.current().nextInt(YEARS))));
		measure(report, "GET /events/{id} (HTML, staff session: every partner's requests)",
				i -> get(session, "/events/" + pick(menu.events())));
		measure(report, "GET /activity-fill?from=&to=&page=n (HTML, staff session: a year of events)", i -> get(session,
				"/activity-fill?from=2012-01-01&to=2012-12-31&page=" + ThreadLocalRandom.current().nextInt(100)));
		// A different span each time: the same query twice could be answered from a
		// database's cache.
		measure(report, "GET /api/v1/activity-providers/fill?from=&to= (Bearer token: a year of events by provider)",
				i -> {
					LocalDate from = LocalDate.of(2006, 1, 1)
						.plusDays(ThreadLocalRandom.current().nextInt(YEARS * 365 - 365));
					return getWithToken("/api/v1/activity-providers/fill?from=" + from + "&to=" + from.plusYears(1),
							token);
				});

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
			jdbc.update(
					"insert into partner_profile (id, nation, summary, policy, aspirant, releasability, updated_at, version) values (?, ?, ?, null, false, 'PUBLIC', ?, 0)",
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
				agreements.add(new Object[] { id, nation, "a-" + i, "Generated agreement " + i, date(i),
						releasability(i), now });
				parties.add(new Object[] { id, 0, "NATO", null });
				parties.add(new Object[] { id, 1, nation, nation });
			}
			for (int i = 0; i < STATEMENTS_PER_PARTNER; i++) {
				statements.add(new Object[] { UUID.randomUUID(), nation, "s-" + i, "Generated statement " + i, date(i),
						releasability(i), now });
			}
		}
		jdbc.batchUpdate(
				"insert into timeline_milestone (id, partner, ref, date, text, derived, releasability, updated_at, version) values (?, ?, ?, ?, ?, false, ?, ?, 0)",
				milestones);
		jdbc.batchUpdate(
				"insert into agreement (id, partner, ref, type_code, title, status, agreed_on, releasability, updated_at, version) values (?, ?, ?, 'OTHER', ?, 'AGREED', ?, ?, ?, 0)",
				agreements);
		jdbc.batchUpdate("insert into agreement_party (agreement, position, name, nation) values (?, ?, ?, ?)",
				parties);
		jdbc.batchUpdate(
				"insert into dialogue_statement (id, partner, ref, kind, title, date, summary, releasability, updated_at, version) values (?, ?, ?, 'STATEMENT', ?, ?, 'Generated.', ?, ?, 0)",
				statements);
		return partners;
	}

	record Menu(List<String> events, List<String> publicEvents, int requests) {
	}

	static final String STAFF = "benchmark-staff";

	static final String STAFF_PASSWORD = "a-benchmark-password";

	/** The menu, its events and every partner's requests, inserted in batches. */
	private Menu generateMenu(List<String> partners) {
		accounts.create(STAFF, STAFF_PASSWORD, Role.NATO_STAFF, null);
		Timestamp now = Timestamp.from(Instant.now());
		for (int i = 0; i < 8; i++) {
			jdbc.update("insert into activity_area (code, name) values (?, ?)", "area-" + i, "Area " + i);
			jdbc.update("insert into activity_discipline (code, name) values (?, ?)", "discipline-" + i,
					"Discipline " + i);
		}
		List<Object[]> activities = new ArrayList<>();
		List<Object[]> events = new ArrayList<>();
		List<String> eventIds = new ArrayList<>();
		List<String> publicEventIds = new ArrayList<>();
		String[] types = { "COURSE", "EXERCISE", "SEMINAR", "CONFERENCE", "WORKSHOP", "VISIT", "MEETING", "OTHER" };
		for (int i = 0; i < ACTIVITIES; i++) {
			UUID activity = UUID.randomUUID();
			String releasability = i % 7 == 0 ? "NATO" : i % 2 == 0 ? "PARTNER" : "PUBLIC";
			activities.add(new Object[] { activity, "ACT." + (10_000 + i), "Generated course " + i, "area-" + i % 8,
					"discipline-" + (i / 8) % 8, types[i % 3 == 0 ? 0 : i % types.length], "provider-" + i % 40,
					releasability, now });
			for (int e = 0; e < EVENTS_PER_ACTIVITY; e++) {
				UUID event = UUID.randomUUID();
				LocalDate start = LocalDate.of(2006 + (i + e) % YEARS, 1 + (i + 5 * e) % 12, 1 + i % 28);
				events.add(new Object[] { event, activity, start, start.plusDays(4), "City " + e, 20,
						start.minusDays(14), now });
				eventIds.add(event.toString());
				if (releasability.equals("PUBLIC")) {
					publicEventIds.add(event.toString());
				}
			}
		}
		jdbc.batchUpdate(
				"""
						insert into activity_menu (id, ref, title, description, area, discipline, activity_type, provider, delivery,
						    duration_days, clearance, eligible_frameworks, eligible_nations, releasability, illustrative, updated_at, version)
						values (?, ?, ?, 'Generated.', ?, ?, ?, ?, 'RESIDENTIAL', 5, false, 'PFP', '', ?, true, ?, 0)""",
				activities);
		jdbc.batchUpdate("""
				insert into activity_event (id, activity, start_on, end_on, city, nation, seats, lang, deadline, status,
				    milestone, illustrative, updated_at, version)
				values (?, ?, ?, ?, ?, 'DEU', ?, 'English', ?, 'HELD', false, true, ?, 0)""", events);
		List<Object[]> requests = new ArrayList<>();
		String[] statuses = { "ATTENDED", "APPROVED", "WAITLISTED", "DECLINED", "ATTENDED", "WITHDRAWN", "NO_SHOW" };
		int total = 0;
		for (String partner : partners) {
			Set<Integer> taken = new HashSet<>();
			while (taken.size() < PARTICIPATION_PER_PARTNER_AND_YEAR * YEARS) {
				taken.add(ThreadLocalRandom.current().nextInt(eventIds.size()));
			}
			for (int event : taken) {
				requests.add(new Object[] { UUID.randomUUID(), partner, UUID.fromString(eventIds.get(event)),
						1 + event % 2, statuses[event % statuses.length], now, now });
			}
			if (requests.size() > 20_000) {
				total += insertRequests(requests);
			}
		}
		total += insertRequests(requests);
		return new Menu(eventIds, publicEventIds, total);
	}

	/**
	 * A client holding a browser session of the account, signed in through the login
	 * form.
	 */
	private HttpClient signIn(String username) throws Exception {
		HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		String login = client.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
		assertThat(csrf.find()).as("the login form's CSRF token").isTrue();
		String form = "username=" + username + "&password=" + STAFF_PASSWORD + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<Void> signedIn = client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(signedIn.headers().firstValue("Location").orElse("")).as("signed in").contains("/records");
		return client;
	}

	private long get(HttpClient client, String path) throws Exception {
		long start = System.nanoTime();
		HttpResponse<byte[]> response = client.send(
				HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		long elapsed = System.nanoTime() - start;
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return elapsed;
	}

	private int insertRequests(List<Object[]> requests) {
		jdbc.batchUpdate("""
				insert into activity_request (id, partner, event, seats, priority, status, requested_at, illustrative,
				    updated_at, version)
				values (?, ?, ?, ?, 3, ?, ?, true, ?, 0)""", requests);
		int n = requests.size();
		requests.clear();
		return n;
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
		return get(path, etag, null);
	}

	private long get(String path, String etag, String username) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
		if (username != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((username + ":" + STAFF_PASSWORD).getBytes(StandardCharsets.UTF_8)));
		}
		if (etag != null) {
			request.header("If-None-Match", etag);
		}
		long start = System.nanoTime();
		HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		long elapsed = System.nanoTime() - start;
		assertThat(response.statusCode()).as(path).isIn(200, 304);
		return elapsed;
	}

	private long getWithToken(String path, String token) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(uri(path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + token)
			.build();
		long start = System.nanoTime();
		HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		long elapsed = System.nanoTime() - start;
		assertThat(response.statusCode()).as(path).isEqualTo(200);
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
		IntFunction<String> percentile = p -> "%.1f"
			.formatted(times.get(Math.min(times.size() - 1, times.size() * p / 100)) / 1e6);
		report.append("| %s | %s | %s | %s | %.1f | %.0f |%n".formatted(name, percentile.apply(50),
				percentile.apply(95), percentile.apply(99), times.get(times.size() - 1) / 1e6, REQUESTS / seconds));
	}

}
