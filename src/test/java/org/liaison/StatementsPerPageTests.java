package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.StatementCounting.statementsOf;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.liaison.publication.RelationsService;
import org.liaison.shared.NationCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A page runs as many SQL statements for a partner with many records as for one with few:
 * no page reads its records one by one. Each page is counted with one record of each
 * kind, then again after ten more of each. The pages are the partner's, and every other
 * path of the benchmark set but the programme and the menu, which
 * ProgrammeAndMenuReadsTests counts so: a plan's page and tree, an activity, an event, a
 * fund project and its ledger, a window of the calendar, a page of agreements and of
 * milestones after the first.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StatementsPerPageTests {

	static final String NATION = "IRQ";

	static final AtomicInteger records = new AtomicInteger();

	/** This run's own refs: a database the suite ran on before keeps the last run's. */
	static final String RUN = TestCodes.lowerLetters(6);

	static final RequestPostProcessor ANONYMOUS = request -> request;

	/** The year of the record's events. */
	static final int YEAR = LocalDate.now().getYear() + 9;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	RelationsService relations;

	/** The pages, with who reads them. */
	Map<String, RequestPostProcessor> pages;

	/** The records of the kinds of the benchmark's paths. */
	PartnerRecord record;

	static Map<String, RequestPostProcessor> pages(PartnerRecord record) {
		Map<String, RequestPostProcessor> pages = new LinkedHashMap<>();
		// Today's public page is built once for each version and then served as kept, so
		// whether a reading builds it depends on what was read before: the pages as of
		// today are built at every reading, and today's own build is counted below.
		String today = "?on=" + LocalDate.now();
		pages.put("/partners/" + NATION + "/relations" + today, ANONYMOUS);
		pages.put("/api/v1/partners/" + NATION + "/relations" + today, ANONYMOUS);
		for (String path : List.of("", "/agreements", "/statements", "/bodies", "/timeline", "/funds", "/plans",
				"/science-grants", "/progress")) {
			pages.put("/partners/" + NATION + path, TestUsers.nato());
		}
		for (String path : List.of("/agreements", "/statements", "/bodies", "/milestones", "/narratives", "/funds",
				"/plans", "/science-grants", "/progress", "/dossier")) {
			pages.put("/api/v1/partners/" + NATION + path, TestUsers.nato());
		}
		pages.putAll(record.paths());
		return pages;
	}

	@Test
	void everyPageRunsAsManyStatementsForElevenRecordsOfEachKindAsForOne() {
		TestPartners.ensure(mvc, NATION);
		record = new PartnerRecord(mvc, NATION, YEAR).make();
		pages = pages(record);
		addOneOfEachKind();
		Map<String, Long> few = count();
		assertThat(few).as("statements counted").allSatisfy((path, statements) -> assertThat(statements).isPositive());

		for (int i = 0; i < 10; i++) {
			addOneOfEachKind();
		}
		Map<String, Long> many = count();

		assertThat(many).isEqualTo(few);
	}

	private Map<String, Long> count() {
		Map<String, Long> counts = new LinkedHashMap<>();
		pages.forEach((path, reader) -> counts.put(path, statementsOf(() -> assertThat(
				mvc.get().uri(path).accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, MediaType.ALL).with(reader))
			.as(path)
			.hasStatusOk())));
		counts.put("today's public page, built",
				statementsOf(() -> relations.page(new NationCode(NATION), Locale.ENGLISH, null)));
		return counts;
	}

	/**
	 * Public records of every kind the pages show, as NATO staff add them, and one more
	 * of each kind of the record (an agreement, a milestone, an event with the partner's
	 * request, a goal with an assessment, an entry of the ledger).
	 */
	private void addOneOfEachKind() {
		int n = records.incrementAndGet();
		record.more();
		add("bodies", """
				{"name": "Body %s %d", "purpose": "To talk.", "established": "2018-02", "releasability": "PUBLIC"}"""
			.formatted(RUN, n));
		add("statements",
				"""
						{"kind": "STATEMENT", "title": "Statement %s %d", "speaker": "A speaker", "date": "2018-03", "summary": "Words.",
						 "releasability": "PUBLIC"}"""
					.formatted(RUN, n));
		add("narratives", """
				{"ref": "narrative-%s-%d", "section": "AREA", "heading": "Area %d", "body": "Text %d.", "position": %d,
				 "releasability": "PUBLIC"}""".formatted(RUN, n, n, n, n));
		add("funds", """
				{"title": "Project %s %d", "objective": "Destroy surplus ammunition.", "leadNations": ["AUT", "NOR"],
				 "sector": "15250", "currency": "EUR", "status": "IN_EXECUTION", "actualStart": "2013-07",
				 "phases": [{"name": "Phase 1", "start": "2013-07", "end": "2014", "budget": "5000.00"}],
				 "releasability": "PUBLIC"}""".formatted(RUN, n));
		add("plans", """
				{"ref": "plan-%s-%d", "type": "PARP", "title": "PARP %d", "periodFrom": "2014", "periodTo": "2016",
				 "releasability": "PUBLIC"}""".formatted(RUN, n, n));
		add("science-grants", """
				{"title": "Grant %s %d", "mechanism": "MULTI_YEAR_PROJECT", "priorities": ["CBRN_DEFENCE"],
				 "natoDirector": {"name": "A director", "institution": "A university", "nation": "NOR"},
				 "partnerDirector": {"name": "Another director", "institution": "An institute", "nation": "%s"},
				 "budget": {"amount": "350000", "currency": "EUR"}, "status": "APPROVED", "decidedOn": "2016-05",
				 "releasability": "PUBLIC"}""".formatted(RUN, n, NATION));
	}

	private void add(String kind, String json) {
		assertThat(mvc.post()
			.uri("/api/v1/partners/" + NATION + "/" + kind)
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)).as(kind + " " + json).hasStatus(201);
	}

}
