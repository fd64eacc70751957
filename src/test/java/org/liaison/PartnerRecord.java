package org.liaison;

import java.io.UnsupportedEncodingException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partner's record of the kinds the benchmark's paths read, made through the API as
 * NATO staff and the partner's coordinator would make it, that a test can make longer:
 * agreements, milestones, an activity with events the partner asked for and was given
 * seats at, a plan with goals and their assessments, and a fund project with its ledger.
 * The partner must be one already; the activity's area, discipline and provider, and
 * every reference, are this record's own, so that a database kept between runs takes them
 * again.
 */
public final class PartnerRecord {

	private static final AtomicInteger NEXT = new AtomicInteger();

	private final MockMvcTester mvc;

	private final String nation;

	/** The year of the events, far enough ahead that they take requests. */
	private final int year;

	private final String run = TestCodes.lowerLetters(8);

	private String activity;

	private UUID event;

	private String plan;

	private String cycle;

	private String project;

	public PartnerRecord(MockMvcTester mvc, String nation, int year) {
		this.mvc = mvc;
		this.nation = nation;
		this.year = year;
	}

	/** The record with one of each kind. */
	public PartnerRecord make() {
		String reference = "record-" + run;
		created(post("/api/v1/activity-areas", TestUsers.nato(), """
				{"code": "%s", "name": "Partner record %s"}""".formatted(reference, run)));
		created(post("/api/v1/activity-disciplines", TestUsers.nato(), """
				{"code": "%s", "name": "Partner record %s"}""".formatted(reference, run)));
		created(post("/api/v1/organisations", TestUsers.nato(), """
				{"ref": "%s", "name": "Partner Record School %s", "kind": "TRAINING_CENTRE", "city": "Thimphu",
				 "releasability": "PUBLIC"}""".formatted(reference, run)));
		activity = activity(reference);
		plan = id(post("/api/v1/partners/" + nation + "/plans", TestUsers.nato(), """
				{"ref": "parp-%s", "type": "PARP", "title": "PARP %s", "periodFrom": "2014", "periodTo": "2016",
				 "releasability": "PARTNER"}""".formatted(run, run)));
		cycle = "C" + run;
		id(post("/api/v1/plans/" + plan + "/nodes", TestUsers.nato(), """
				{"code": "%s", "title": "Cycle 2014"}""".formatted(cycle)));
		MvcTestResult fund = post("/api/v1/partners/" + nation + "/funds", TestUsers.nato(), """
				{"title": "Project %s", "objective": "Destroy surplus ammunition.", "leadNations": ["NOR"],
				 "sector": "15250", "currency": "EUR", "status": "IN_EXECUTION", "actualStart": "2013-07",
				 "phases": [{"name": "Phase 1", "start": "2013-07", "end": "2014", "budget": "1000000.00"}],
				 "releasability": "PUBLIC"}""".formatted(run));
		assertThat(fund).hasStatus(201);
		project = fund.getResponse().getHeader("Location").replace("/api/v1/funds/", "");
		more();
		return this;
	}

	/**
	 * One more of each kind: an agreement, a milestone, an event with the partner's
	 * request granted, a goal with an assessment, an entry of the ledger.
	 */
	public void more() {
		int n = NEXT.incrementAndGet();
		created(post("/api/v1/partners/" + nation + "/agreements", TestUsers.nato(), """
				{"type": "IPAP", "title": "Agreement %d %s", "status": "AGREED", "agreedOn": "2017-05",
				 "parties": [{"name": "NATO"}, {"name": "The partner", "nation": "%s"}], "releasability": "PUBLIC"}"""
			.formatted(n, run, nation)));
		created(post("/api/v1/partners/" + nation + "/milestones", TestUsers.nato(), """
				{"date": "2019-0%d", "text": "Milestone %d %s.", "releasability": "PUBLIC"}""".formatted(1 + n % 9, n,
				run)));
		LocalDate start = LocalDate.of(year, 1 + n % 12, 1 + n % 28);
		UUID added = UUID.fromString(id(post("/api/v1/activities/" + activity + "/events", TestUsers.nato(), """
				{"start": "%s", "end": "%s", "city": "Thimphu", "nation": "%s", "seats": 30, "language": "English",
				 "deadline": "%s", "milestone": false, "illustrative": false}""".formatted(start, start.plusDays(4),
				nation, start.minusDays(10)))));
		event = event == null ? added : event;
		String request = id(post("/api/v1/events/" + added + "/participation-requests", TestUsers.partner(nation),
				"""
						{"seats": 2, "priority": 1, "planGoal": "PARP 2.1",
						 "nominees": [{"name": "Karma Dorji", "rankOrFunction": "Major", "organisation": "Ministry of Defence"}]}"""));
		assertThat(mvc.post().uri("/api/v1/participation-requests/" + request + "/approve").with(TestUsers.nato()))
			.hasStatusOk();
		String goal = id(post("/api/v1/plans/" + plan + "/nodes", TestUsers.nato(),
				"""
						{"code": "G%d", "parent": "%s", "title": "Goal %d", "lead": "MoD", "target": "2016", "area": "logistics"}"""
					.formatted(n, cycle, n)));
		id(post("/api/v1/nodes/" + goal + "/assessments", TestUsers.nato(), """
				{"on": "2015-06-30", "rating": "ON_TRACK", "source": "NATO", "cycle": "PARP assessment 2015"}"""));
		String version = mvc.get()
			.uri("/api/v1/funds/" + project)
			.with(TestUsers.nato())
			.exchange()
			.getResponse()
			.getHeader("ETag");
		assertThat(mvc.post()
			.uri("/api/v1/funds/" + project + "/transactions")
			.with(TestUsers.nato())
			.header("If-Match", version)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind": "RECEIPT", "nation": "NOR", "amount": "%d.00", "currency": "EUR", "on": "2013-08-01"}"""
				.formatted(1000 + n)))
			.hasStatus(201);
	}

	/**
	 * The paths of the benchmark set that read this record, with who reads them, but for
	 * the public page, the programme and the menu: their own tests read those.
	 */
	public Map<String, RequestPostProcessor> paths() {
		String partner = "/partners/" + nation;
		String api = "/api/v1/partners/" + nation;
		Map<String, RequestPostProcessor> paths = new LinkedHashMap<>();
		paths.put(partner, TestUsers.nato());
		paths.put(api, TestUsers.nato());
		// A page after the first, as the benchmark reads one, of one record: as full
		// whether the partner has two or many.
		paths.put(api + "/agreements?page=1&size=1", TestUsers.nato());
		paths.put(api + "/milestones?page=1&size=1", TestUsers.nato());
		paths.put(partner + "/timeline", TestUsers.nato());
		paths.put("/plans/" + plan, TestUsers.nato());
		paths.put("/api/v1/activities/" + activity, TestUsers.nato());
		paths.put("/api/v1/events/" + event, TestUsers.nato());
		paths.put("/api/v1/funds/" + project, TestUsers.nato());
		paths.put("/api/v1/funds/" + project + "/transactions", TestUsers.nato());
		paths.put("/api/v1/plans/" + plan, TestUsers.nato());
		paths.put(api + "/progress", TestUsers.nato());
		paths.put(api + "/calendar.ics?from=" + year + "-01-01&to=" + (year + 1) + "-12-31", TestUsers.nato());
		paths.put(api + "/dossier", TestUsers.nato());
		return paths;
	}

	private String activity(String reference) {
		for (int attempt = 0; attempt < 5; attempt++) {
			// Above the references ActivityFixtures counts up from (below 60,000 and a
			// few
			// hundred more).
			String ref = "ACT." + ThreadLocalRandom.current().nextInt(70_000, 100_000);
			MvcTestResult result = post("/api/v1/activities", TestUsers.nato(),
					"""
							{"ref": "%s", "title": "Course of %s", "description": "A course.", "area": "%s",
							 "discipline": "%s", "type": "COURSE", "provider": "%s", "delivery": "RESIDENTIAL",
							 "durationDays": 5, "clearance": false, "nations": ["%s"], "fee": {"amount": "100.00", "currency": "EUR"},
							 "releasability": "PUBLIC", "illustrative": false}"""
						.formatted(ref, run, reference, reference, reference, nation));
			if (result.getResponse().getStatus() == 201) {
				return ref;
			}
		}
		throw new IllegalStateException("No free activity reference");
	}

	private MvcTestResult post(String uri, RequestPostProcessor user, String json) {
		return mvc.post().uri(uri).with(user).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}

	private static void created(MvcTestResult result) {
		assertThat(result).as(body(result)).hasStatus(201);
	}

	private static String id(MvcTestResult result) {
		created(result);
		return JsonPath.read(body(result), "$.id");
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
