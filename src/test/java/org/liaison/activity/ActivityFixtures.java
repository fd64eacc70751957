package org.liaison.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.liaison.TestUsers;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the activity tests share: the partners UKR and CHE (members of the PfP), an area,
 * a discipline and a provider, and activities and events made through the API. The
 * database is shared by all tests, so everything is created unless it exists.
 */
final class ActivityFixtures {

	static final String PROVIDER = "activity-test-school";

	static final LocalDate FUTURE = LocalDate.now().plusYears(2).withDayOfYear(100);

	private final MockMvcTester mvc;

	ActivityFixtures(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	/**
	 * References no other test of this run takes: counted up from a random start, above
	 * the demo menu's and the CSV tests' (which import up to ACT.11299).
	 */
	private static final AtomicInteger NEXT_REF = new AtomicInteger(
			ThreadLocalRandom.current().nextInt(20_000, 60_000));

	static String newRef() {
		return "ACT." + NEXT_REF.getAndIncrement();
	}

	MvcTestResult post(String uri, String json) {
		return mvc.post()
			.uri(uri)
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	void setUp() {
		for (String nation : new String[] { "UKR", "CHE" }) {
			post("/api/v1/partners", """
					{"nation": "%s", "profile": {"summary": "A partner.", "aspirant": false, "releasability": "PUBLIC"}}
					""".formatted(nation));
			post("/api/v1/partners/" + nation + "/memberships",
					"""
							{"ref": "pfp-activity-tests", "framework": "PFP", "since": "1994-02", "releasability": "PUBLIC"}""");
		}
		post("/api/v1/activity-areas", """
				{"code": "defence-reform", "name": "Defence reform"}""");
		post("/api/v1/activity-areas", """
				{"code": "language-training", "name": "Language training"}""");
		post("/api/v1/activity-disciplines", """
				{"code": "defence-planning", "name": "Defence planning"}""");
		post("/api/v1/organisations",
				"""
						{"ref": "%s", "name": "Activity Test School", "kind": "TRAINING_CENTRE", "city": "Oberammergau", "releasability": "PUBLIC"}"""
					.formatted(PROVIDER));
	}

	/**
	 * An activity open to the given eligibility, such as {@code "frameworks": ["PFP"]};
	 * answers its reference.
	 */
	String activity(String title, String releasability, String eligibility) {
		setUp();
		for (int attempt = 0; attempt < 5; attempt++) {
			String ref = newRef();
			MvcTestResult result = post("/api/v1/activities", """
					{"ref": "%s", "title": "%s", "description": "A course.", "area": "defence-reform",
					 "discipline": "defence-planning", "type": "COURSE", "provider": "%s", "delivery": "RESIDENTIAL",
					 "durationDays": 5, "clearance": false, %s, "fee": {"amount": "100.00", "currency": "EUR"},
					 "releasability": "%s", "illustrative": false}""".formatted(ref, title, PROVIDER, eligibility,
					releasability));
			if (result.getResponse().getStatus() == 201) {
				return ref;
			}
			assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(400);
		}
		throw new IllegalStateException("No free reference");
	}

	String pfpCourse(String title) {
		return activity(title, "PARTNER", "\"frameworks\": [\"PFP\"]");
	}

	/**
	 * An event of the activity with the given seats, taking requests until the day before
	 * it starts.
	 */
	UUID event(String ref, int seats) {
		return event(ref, seats, FUTURE, FUTURE.minusDays(1), "UKR", false);
	}

	UUID event(String ref, int seats, LocalDate start, LocalDate deadline, String nation, boolean milestone) {
		MvcTestResult result = post("/api/v1/activities/" + ref + "/events", """
				{"start": "%s", "end": "%s", "city": "Kyiv", "nation": "%s", "seats": %d, "language": "English",
				 "deadline": "%s", "milestone": %s, "milestoneText": "A major exercise", "illustrative": false}"""
			.formatted(start, start.plusDays(4), nation, seats, deadline, milestone));
		assertThat(result).hasStatus(201);
		return UUID.fromString(JsonPath.read(body(result), "$.id"));
	}

	/** A partner's coordinator asks for seats; answers the response. */
	MvcTestResult ask(UUID event, String nation, int seats) {
		return mvc.post()
			.uri("/api/v1/events/" + event + "/participation-requests")
			.with(TestUsers.partner(nation))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"seats": %d, "priority": 1, "planGoal": "IPAP-%s 2.1",
							 "nominees": [{"name": "Olena Petrenko", "rankOrFunction": "Major", "organisation": "Ministry of Defence"}]}"""
						.formatted(seats, nation))
			.exchange();
	}

	/**
	 * The partner's requests of a year, as its own coordinator reads them through the API
	 * page by page, in the programme's order.
	 */
	List<Map<String, Object>> programme(String partner, int year) {
		List<Map<String, Object>> requests = new ArrayList<>();
		int pages = 1;
		for (int page = 0; page < pages; page++) {
			MvcTestResult result = mvc.get()
				.uri("/api/v1/partners/" + partner + "/participation?year=" + year + "&size=200&page=" + page)
				.with(TestUsers.partner(partner))
				.exchange();
			assertThat(result).hasStatusOk();
			pages = (JsonPath.<Integer>read(body(result), "$.total") + 199) / 200;
			requests.addAll(JsonPath.<List<Map<String, Object>>>read(body(result), "$.items[*]"));
		}
		return requests;
	}

	/**
	 * The page, of 25 as the programme page shows them, of the partner's programme of a
	 * year on which its own coordinator finds the request sought: other tests' requests
	 * of the partner may come before it.
	 */
	int programmePage(String partner, int year, Predicate<Map<String, Object>> sought) {
		List<Map<String, Object>> requests = programme(partner, year);
		for (int position = 0; position < requests.size(); position++) {
			if (sought.test(requests.get(position))) {
				return position / 25;
			}
		}
		throw new AssertionError("No request sought on " + partner + "'s programme of " + year);
	}

	static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String id(MvcTestResult result) {
		return JsonPath.read(body(result), "$.id");
	}

	static String status(MvcTestResult result) {
		return JsonPath.read(body(result), "$.status");
	}

	MvcTestResult staff(String uri) {
		return mvc.post().uri(uri).with(TestUsers.nato()).exchange();
	}

}
