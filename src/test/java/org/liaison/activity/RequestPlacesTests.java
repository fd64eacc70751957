package org.liaison.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.activity.ActivityFixtures.body;

/**
 * A request keeps its place in its partner's programme as what it is for moves: the year
 * and the area it is listed under are its event's and its activity's of the moment, and
 * an activity taken off the partner's menu takes the request's place with it. On
 * PostgreSQL the place is kept on the request by triggers, on H2 it is joined: both read
 * the same.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RequestPlacesTests {

	static final int YEAR = LocalDate.now().getYear() + 11;

	@Autowired
	MockMvcTester mvc;

	ActivityFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new ActivityFixtures(mvc);
		fixtures.setUp();
	}

	@Test
	void aRequestIsListedUnderTheYearOfItsEventAndTheAreaOfItsActivityAsTheyMove() {
		String ref = fixtures.pfpCourse("Course that moves");
		LocalDate start = LocalDate.of(YEAR, 3, 2);
		UUID event = fixtures.event(ref, 10, start, start.minusDays(1), "UKR", false);
		String request = ActivityFixtures.id(fixtures.ask(event, "UKR", 2));
		assertThat(placeOf(request, YEAR)).containsEntry("area", "defence-reform")
			.containsEntry("areaName", "Defence reform");
		assertThat(placeOf(request, YEAR + 1)).isNull();

		reviseEvent(event, start.plusYears(1));
		assertThat(placeOf(request, YEAR)).isNull();
		assertThat(placeOf(request, YEAR + 1)).containsEntry("eventStart", start.plusYears(1).toString())
			.containsEntry("area", "defence-reform");

		reviseActivity(ref, "\"area\":\"defence-reform\"", "\"area\":\"language-training\"");
		assertThat(placeOf(request, YEAR + 1)).containsEntry("area", "language-training")
			.containsEntry("areaName", "Language training");

		// Taken off the partner's menu: the request stays on the partner's list, saying
		// nothing of what it was for, and the same on every year's.
		reviseActivity(ref, "\"releasability\":\"PARTNER\"", "\"releasability\":\"NATO\"");
		for (int year : new int[] { YEAR, YEAR + 1 }) {
			assertThat(placeOf(request, year)).as("year " + year)
				.containsEntry("withheld", true)
				.doesNotContainKeys("area", "areaName", "eventStart", "activityTitle");
		}
	}

	/** The request as its partner's coordinator reads it on a year's list, or null. */
	private Map<String, Object> placeOf(String request, int year) {
		List<Map<String, Object>> listed = fixtures.programme("UKR", year)
			.stream()
			.filter(r -> request.equals(r.get("id")))
			.toList();
		assertThat(listed).hasSizeLessThanOrEqualTo(1);
		return listed.isEmpty() ? null : listed.get(0);
	}

	private void reviseEvent(UUID event, LocalDate start) {
		String current = body(mvc.get().uri("/api/v1/events/" + event).with(TestUsers.nato()).exchange());
		long version = ((Number) JsonPath.read(current, "$.version")).longValue();
		assertThat(mvc.put()
			.uri("/api/v1/events/" + event)
			.with(TestUsers.nato())
			.header("If-Match", "\"" + version + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"start": "%s", "end": "%s", "city": "Kyiv", "nation": "UKR", "seats": 10, "language": "English",
					 "deadline": "%s", "milestone": false, "illustrative": false}""".formatted(start, start.plusDays(4),
					start.minusDays(1))))
			.hasStatusOk();
	}

	private void reviseActivity(String ref, String from, String to) {
		String current = body(mvc.get().uri("/api/v1/activities/" + ref).with(TestUsers.nato()).exchange());
		long version = ((Number) JsonPath.read(current, "$.version")).longValue();
		assertThat(current).contains(from);
		assertThat(mvc.put()
			.uri("/api/v1/activities/" + ref)
			.with(TestUsers.nato())
			.header("If-Match", "\"" + version + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(current.replace(from, to))).hasStatusOk();
	}

}
