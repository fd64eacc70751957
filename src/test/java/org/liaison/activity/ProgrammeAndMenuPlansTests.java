package org.liaison.activity;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.QueryPlans;
import org.liaison.TestPartners;
import org.liaison.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * On PostgreSQL, an index serves every filter and join of the statements that a partner's
 * programme and the menu run, or the totals the database keeps do, as {@link QueryPlans}
 * explains them. No statement reads the requests, events, activities or nominees whole,
 * nor an index of them without a condition, except the menu's title order, read a page at
 * a time. Skipped on H2, whose plans say nothing of PostgreSQL's. Myanmar and Bangladesh
 * are this class's partners.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProgrammeAndMenuPlansTests {

	static final String PARTNER = "MMR";

	static final String OTHER = "BGD";

	static final int YEAR = LocalDate.now().getYear() + 7;

	static final Set<String> LARGE = Set.of("activity_request", "activity_event", "activity_menu", "activity_nominee");

	static final String WINDOW_INDEX = "activity_menu_by_title";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DataSource dataSource;

	ActivityFixtures fixtures;

	QueryPlans plans;

	@BeforeEach
	void setUp() {
		assumeTrue(QueryPlans.onPostgresql(dataSource), "plans of PostgreSQL only");
		// The menu's title order is read a page at a time, under a limit.
		plans = new QueryPlans(dataSource, LARGE, Set.of(WINDOW_INDEX));
		fixtures = new ActivityFixtures(mvc);
		fixtures.setUp();
		nation(PARTNER, "Myanmar", "Myanmar");
		nation(OTHER, "Bangladesh", "Bangladesh");
		TestPartners.ensure(mvc, PARTNER);
		TestPartners.ensure(mvc, OTHER);
	}

	@Test
	void everyStatementOfTheProgrammeAndTheMenuReadsThroughAnIndex() {
		String ref = fixtures.activity("Planned course", "PARTNER", "\"nations\": [\"MMR\", \"BGD\"]");
		UUID event = fixtures.event(ref, 30, LocalDate.of(YEAR, 6, 1), LocalDate.of(YEAR, 5, 1), PARTNER, false);
		assertThat(fixtures.ask(event, PARTNER, 1)).hasStatus(201);
		assertThat(fixtures.ask(event, OTHER, 1)).hasStatus(201);

		Map<String, RequestPostProcessor> pages = new LinkedHashMap<>();
		pages.put("/api/v1/partners/" + PARTNER + "/participation?year=" + YEAR, TestUsers.nato());
		pages.put("/api/v1/partners/" + PARTNER + "/participation/counts", TestUsers.partner(PARTNER));
		pages.put("/partners/" + PARTNER + "/programme?year=" + YEAR, TestUsers.partner(PARTNER));
		pages.put("/api/v1/activities", TestUsers.nato());
		pages.put("/api/v1/activities?q=planned+course", TestUsers.nato());
		pages.put("/activities", request -> request);
		pages.forEach((page,
				reader) -> assertThat(plans.problemsOf(page, () -> assertThat(
						mvc.get().uri(page).with(reader).accept(MediaType.APPLICATION_JSON, MediaType.TEXT_HTML))
					.hasStatusOk())).as(page).isEmpty());
	}

	/**
	 * Adds the nation to the reference list, as an administrator would, unless an earlier
	 * test did (the second attempt is refused, harmlessly).
	 */
	private void nation(String code, String name, String nameFr) {
		mvc.post()
			.uri("/api/v1/nations")
			.with(TestUsers.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code": "%s", "name": "%s", "nameFr": "%s", "articleFr": "le"}""".formatted(code, name, nameFr))
			.exchange();
	}

}
