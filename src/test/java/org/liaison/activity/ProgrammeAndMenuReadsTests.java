package org.liaison.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.TestPartners;
import org.liaison.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.StatementCounting.statementsOf;
import static org.liaison.activity.ActivityFixtures.body;

/**
 * A partner's programme of a year and the menu read a window of their records, whatever
 * the size of the record: as many SQL statements for a partner with eleven requests as
 * with one, and the programme's chart and the menu's counts, wherever the database keeps
 * them as totals, always equal to what the lists show. Laos and Cambodia are this class's
 * partners; its provider, the year of its events and the word its titles share are its
 * own.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProgrammeAndMenuReadsTests {

	static final String PARTNER = "LAO";

	static final String OTHER = "KHM";

	/** A year of this class's own, far enough ahead that its events take requests. */
	static final int YEAR = LocalDate.now().getYear() + 6;

	/** A word in this class's titles only, for its searches. */
	static final String WORD = "Mekong" + ThreadLocalRandom.current().nextInt(100_000, 999_999);

	/**
	 * This run's own provider and area: a database kept between runs counts only this
	 * run's.
	 */
	static final String PROVIDER = "programme-reads-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);

	static final String AREA = PROVIDER + "-area";

	static final RequestPostProcessor ANONYMOUS = request -> request;

	/** Requests a page of the programme, fewer than a test adds. */
	static final int PAGE = 5;

	@Autowired
	MockMvcTester mvc;

	ActivityFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new ActivityFixtures(mvc);
		fixtures.setUp();
		nation(PARTNER, "Laos", "Laos");
		nation(OTHER, "Cambodia", "Cambodge");
		TestPartners.ensure(mvc, PARTNER);
		TestPartners.ensure(mvc, OTHER);
		fixtures.post("/api/v1/activity-areas", """
				{"code": "%s", "name": "Programme reads"}""".formatted(AREA));
		fixtures.post("/api/v1/organisations", """
				{"ref": "%s", "name": "Programme Reads School", "kind": "TRAINING_CENTRE", "city": "Vientiane",
				 "releasability": "PUBLIC"}""".formatted(PROVIDER));
	}

	@Test
	void theProgrammeAndTheMenuRunAsManyStatementsForElevenRequestsAsForOne() {
		addActivityWithRequests("PUBLIC");
		// Once before counting, for what a first read of the run asks once.
		count();
		Map<String, Long> few = count();
		assertThat(few).allSatisfy((page, statements) -> assertThat(statements).as(page).isPositive());

		for (int i = 0; i < 10; i++) {
			addActivityWithRequests(i % 2 == 0 ? "PUBLIC" : "NATO");
		}
		Map<String, Long> many = count();

		assertThat(many).isEqualTo(few);
		String firstPage = json(participation(PARTNER) + "&size=" + PAGE, TestUsers.nato());
		assertThat(JsonPath.<List<?>>read(firstPage, "$.items[*]")).as("a page of the partner's requests")
			.hasSize(PAGE);
		assertThat(programme(PARTNER, TestUsers.nato()))
			.as("all eleven of the partner's requests of the year are on its programme, a page at a time")
			.hasSize(11);
		List<Object> withheld = programme(PARTNER, TestUsers.partner(PARTNER)).stream()
			.map(request -> request.get("withheld"))
			.toList();
		assertThat(withheld).as("the partner's six it sees, then those of the activities now NATO-only, withheld")
			.startsWith(false, false, false, false, false, false, true, true, true, true, true)
			.containsOnly(false, true)
			.filteredOn(Boolean.FALSE::equals)
			.hasSize(6);
	}

	@Test
	void theProgrammesChartCountsTheSeatsItsListsHoldAsTheyMove() {
		String ref = activity("PUBLIC", "Chart of the programme");
		UUID event = fixtures.event(ref, 20, LocalDate.of(YEAR, 5, 4), LocalDate.of(YEAR, 5, 1), PARTNER, false);
		String request = ActivityFixtures.id(fixtures.ask(event, OTHER, 3));
		fixtures.staff("/api/v1/participation-requests/" + request + "/approve");
		assertThat(seatsCharted(OTHER, TestUsers.nato())).isEqualTo(seatsListed(OTHER, TestUsers.nato())).isEqualTo(3);
		assertThat(seatsCharted(OTHER, TestUsers.partner(OTHER))).isEqualTo(3);

		// Staff make the activity NATO-only: the partner's chart no longer counts it,
		// staff's
		// still does.
		revise(ref, "NATO", "Chart of the programme");
		assertThat(seatsCharted(OTHER, TestUsers.partner(OTHER))).isZero();
		assertThat(seatsCharted(OTHER, TestUsers.nato())).isEqualTo(seatsListed(OTHER, TestUsers.nato())).isEqualTo(3);

		fixtures.staff("/api/v1/participation-requests/" + request + "/decline");
		assertThat(seatsCharted(OTHER, TestUsers.nato())).isEqualTo(seatsListed(OTHER, TestUsers.nato())).isZero();
	}

	@Test
	void theMenusCountsAreThoseOfTheActivitiesItListsAsTheyChange() {
		String first = activity("PUBLIC", "Counted course");
		activity("PUBLIC", "Counted course");
		activity("NATO", "Counted course");
		String menu = "/api/v1/activities?size=200&provider=" + PROVIDER;

		assertThat(providerCount(menu, ANONYMOUS)).isEqualTo(listed(menu, ANONYMOUS))
			.isEqualTo(listed(menu + "&q=" + WORD, ANONYMOUS));
		assertThat(providerCount(menu, TestUsers.nato())).isEqualTo(listed(menu, TestUsers.nato()))
			.isEqualTo(providerCount(menu, ANONYMOUS) + countOf(menu, TestUsers.nato(), "NATO"));

		long publicBefore = providerCount(menu, ANONYMOUS);
		revise(first, "NATO", "Counted course");
		assertThat(providerCount(menu, ANONYMOUS)).isEqualTo(publicBefore - 1).isEqualTo(listed(menu, ANONYMOUS));
		assertThat(json("/activities?provider=" + PROVIDER, ANONYMOUS)).contains(PROVIDER);
	}

	/**
	 * Each page as its reader sees it, counted: pages of five requests, which eleven fill
	 * more than twice, the withheld ones on a later page than the first.
	 */
	private Map<String, Long> count() {
		String programme = "/partners/" + PARTNER + "/programme?year=" + YEAR + "&size=" + PAGE;
		String participation = participation(PARTNER) + "&size=" + PAGE;
		Map<String, Long> counts = new LinkedHashMap<>();
		count(counts, "staff", participation, TestUsers.nato());
		count(counts, "the partner", participation, TestUsers.partner(PARTNER));
		count(counts, "staff", programme, TestUsers.nato());
		count(counts, "the partner", programme, TestUsers.partner(PARTNER));
		count(counts, "staff", "/api/v1/activities", TestUsers.nato());
		count(counts, "staff", "/api/v1/activities?q=" + WORD, TestUsers.nato());
		count(counts, "the public", "/activities", ANONYMOUS);
		count(counts, "the public", "/activities?q=" + WORD, ANONYMOUS);
		return counts;
	}

	private void count(Map<String, Long> counts, String reader, String page, RequestPostProcessor as) {
		counts.put(reader + " " + page, statementsOf(
				() -> assertThat(mvc.get().uri(page).accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON).with(as))
					.as(page)
					.hasStatusOk()));
	}

	/**
	 * An activity of this class's provider with an event of its year, asked for by both
	 * partners; one that is to be NATO-only is made so after they asked, so that its
	 * requests are withheld from the partners.
	 */
	private void addActivityWithRequests(String releasability) {
		String asked = releasability.equals("NATO") ? "PARTNER" : releasability;
		String ref = activity(asked, "Course");
		UUID event = fixtures.event(ref, 40, LocalDate.of(YEAR, 3, 2), LocalDate.of(YEAR, 3, 1), OTHER, false);
		assertThat(fixtures.ask(event, PARTNER, 1)).hasStatus(201);
		assertThat(fixtures.ask(event, OTHER, 2)).hasStatus(201);
		if (!asked.equals(releasability)) {
			revise(ref, releasability, "Course");
		}
	}

	private String activity(String releasability, String title) {
		for (int attempt = 0; attempt < 5; attempt++) {
			String ref = ActivityFixtures.newRef();
			MvcTestResult result = fixtures.post("/api/v1/activities", activityJson(ref, releasability, title));
			if (result.getResponse().getStatus() == 201) {
				return ref;
			}
			assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(400);
		}
		throw new IllegalStateException("No free reference");
	}

	private void revise(String ref, String releasability, String title) {
		MvcTestResult current = mvc.get().uri("/api/v1/activities/" + ref).with(TestUsers.nato()).exchange();
		long version = ((Number) JsonPath.read(body(current), "$.version")).longValue();
		assertThat(mvc.put()
			.uri("/api/v1/activities/" + ref)
			.with(TestUsers.nato())
			.header("If-Match", "\"" + version + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(activityJson(ref, releasability, title))).hasStatusOk();
	}

	private static String activityJson(String ref, String releasability, String title) {
		return """
				{"ref": "%s", "title": "%s %s", "description": "A course.", "area": "%s",
				 "discipline": "defence-planning", "type": "SEMINAR", "provider": "%s", "delivery": "ONLINE",
				 "durationDays": 2, "clearance": false, "nations": ["%s", "%s"], "releasability": "%s",
				 "illustrative": false}""".formatted(ref, title, WORD, AREA, PROVIDER, PARTNER, OTHER, releasability);
	}

	/** The seats of this class's area and year on the partner's chart. */
	private long seatsCharted(String partner, RequestPostProcessor reader) {
		List<Map<String, Object>> counts = JsonPath
			.read(json("/api/v1/partners/" + partner + "/participation/counts", reader), "$[*]");
		return counts.stream()
			.filter(c -> AREA.equals(c.get("area")) && ((Number) c.get("year")).intValue() == YEAR)
			.mapToLong(c -> ((Number) c.get("seats")).longValue())
			.sum();
	}

	/**
	 * The seats held by the partner's requests of this class's area and year, as listed.
	 */
	private long seatsListed(String partner, RequestPostProcessor reader) {
		return programme(partner, reader).stream()
			.filter(r -> AREA.equals(r.get("area")))
			.filter(r -> List.of("APPROVED", "ATTENDED", "NO_SHOW").contains(r.get("status")))
			.mapToLong(r -> ((Number) r.get("seats")).longValue())
			.sum();
	}

	private static String participation(String partner) {
		return "/api/v1/partners/" + partner + "/participation?year=" + YEAR;
	}

	/**
	 * The partner's requests of this class's year and this run's area, or withheld, read
	 * page by page as a client would, in the programme's order.
	 */
	private List<Map<String, Object>> programme(String partner, RequestPostProcessor reader) {
		List<Map<String, Object>> requests = new ArrayList<>();
		int pages = 1;
		for (int page = 0; page < pages; page++) {
			String body = json(participation(partner) + "&size=" + PAGE + "&page=" + page, reader);
			pages = JsonPath.<Integer>read(body, "$.total") / PAGE + 1;
			requests.addAll(JsonPath.<List<Map<String, Object>>>read(body,
					"$.items[?(@.area == '" + AREA + "' || @.withheld == true)]"));
		}
		return requests;
	}

	private long providerCount(String menu, RequestPostProcessor reader) {
		Map<String, Object> counts = JsonPath.read(json(menu, reader), "$.providerCounts");
		Object count = counts.get(PROVIDER);
		return count == null ? 0 : ((Number) count).longValue();
	}

	private long listed(String menu, RequestPostProcessor reader) {
		String page = json(menu, reader);
		List<?> items = JsonPath.read(page, "$.page.items[?(@.provider == '" + PROVIDER + "')]");
		assertThat(((Number) JsonPath.read(page, "$.page.total")).longValue()).as("total of " + menu)
			.isEqualTo(items.size());
		return items.size();
	}

	private long countOf(String menu, RequestPostProcessor reader, String releasability) {
		List<?> items = JsonPath.read(json(menu, reader),
				"$.page.items[?(@.releasability == '" + releasability + "')]");
		return items.size();
	}

	private String json(String uri, RequestPostProcessor reader) {
		MvcTestResult result = mvc.get()
			.uri(uri)
			.with(reader)
			.accept(MediaType.APPLICATION_JSON, MediaType.TEXT_HTML)
			.exchange();
		assertThat(result).as(uri).hasStatusOk();
		return body(result);
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
