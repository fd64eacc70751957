package org.liaison.publication;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.liaison.QueryPlans;
import org.liaison.StatementCounting.Statement;
import org.liaison.TestPartners;
import org.liaison.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.liaison.StatementCounting.statementsRunBy;

/**
 * Every read of a partner's public page, today's and a past day's, finds the partner's
 * records by an index on PostgreSQL: each statement the page runs is explained as
 * {@link QueryPlans} explains it, so that a plan still reading a table whole shows a read
 * no index serves. Only the reference lists are read whole. A test database is small,
 * where PostgreSQL would scan anyway; at the scale of the Alliance it must not. Skipped
 * on H2, whose plans say nothing of PostgreSQL's.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RelationsPageQueryPlanTests {

	static final String NATION = "MDV";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DataSource dataSource;

	@Test
	void everyReadOfThePageTodayAndOnAPastDayIsServedByAnIndex() {
		assumeTrue(QueryPlans.onPostgresql(dataSource), "plans of PostgreSQL only");
		QueryPlans plans = new QueryPlans(dataSource, QueryPlans.everyTableBut(dataSource, QueryPlans.REFERENCE_LISTS),
				Set.of());
		partnerWithRecordsOfEveryKind();
		// The first reading after a write builds the page; a past day's is always built.
		List<Statement> today = statementsRunBy(() -> assertThat(
				mvc.get().uri("/api/v1/partners/" + NATION + "/relations").accept(MediaType.APPLICATION_JSON))
			.hasStatusOk());
		List<Statement> pastDay = statementsRunBy(() -> assertThat(mvc.get()
			.uri("/partners/" + NATION + "/relations?on=" + LocalDate.now().minusDays(1))
			.accept(MediaType.TEXT_HTML)).hasStatusOk());
		assertThat(today).as("statements of today's page").hasSizeGreaterThan(10);
		assertThat(pastDay).as("statements of a past day's page").hasSizeGreaterThan(10);

		assertThat(plans.problemsOf(today)).as("today's page").isEmpty();
		assertThat(plans.problemsOf(pastDay)).as("a past day's page").isEmpty();
	}

	private void partnerWithRecordsOfEveryKind() {
		// References of this run's own: a database the suite ran on before keeps those.
		String run = UUID.randomUUID().toString();
		// A membership of one framework may not overlap another: each run's is a year of
		// its own.
		int year = 1900 + Math.floorMod(run.hashCode(), 90);
		mvc.post()
			.uri("/api/v1/nations")
			.with(TestUsers.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\": \"MDV\", \"name\": \"Maldives\", \"nameFr\": \"Maldives\", \"articleFr\": \"les\"}")
			.exchange();
		TestPartners.ensure(mvc, NATION);
		add("narratives", """
				{"ref": "plan-tests-narrative-%s", "section": "AREA", "heading": "Maritime security",
				 "body": "The Maldives patrol their waters.", "position": 1, "releasability": "PUBLIC"}"""
			.formatted(run));
		add("memberships",
				"""
						{"ref": "plan-tests-membership-%s", "framework": "PAG", "since": "%d-01", "until": "%d-12", "releasability": "PUBLIC"}"""
					.formatted(run, year, year));
		add("agreements", """
				{"type": "IPCP", "title": "The Maldives' programme %1$s", "status": "AGREED", "agreedOn": "2015-03",
				 "parties": [{"name": "NATO"}, {"name": "Maldives", "nation": "MDV"}], "releasability": "PUBLIC"}"""
			.formatted(run));
		add("milestones", """
				{"date": "2016-08", "text": "A Maldivian delegation visits NATO. %1$s", "releasability": "PUBLIC"}"""
			.formatted(run));
		add("funds", """
				{"title": "Maldives coastal project %1$s", "objective": "Train coastguards.", "leadNations": ["NOR"],
				 "sector": "15250", "currency": "EUR", "status": "IN_EXECUTION", "actualStart": "2017-01",
				 "phases": [{"name": "Phase 1", "start": "2017-01", "end": "2018", "budget": "7000.00"}],
				 "releasability": "PUBLIC"}""".formatted(run));
		add("statements", """
				{"kind": "STATEMENT", "title": "On the Maldives %1$s", "speaker": "A spokesperson", "date": "2018-02",
				 "summary": "Words.", "releasability": "PUBLIC"}""".formatted(run));
		add("bodies", """
				{"name": "Maldives liaison group %1$s", "purpose": "To talk.", "established": "2018-04",
				 "releasability": "PUBLIC"}""".formatted(run));
		add("plans", """
				{"ref": "plan-tests-plan-%s", "type": "PARP", "title": "The Maldives' PARP %1$s", "periodFrom": "2019",
				 "periodTo": "2021", "releasability": "PUBLIC"}""".formatted(run));
		add("science-grants", """
				{"title": "Maldives grant %1$s", "mechanism": "MULTI_YEAR_PROJECT", "priorities": ["CBRN_DEFENCE"],
				 "natoDirector": {"name": "A director", "institution": "A university", "nation": "NOR"},
				 "partnerDirector": {"name": "Another director", "institution": "An institute", "nation": "MDV"},
				 "budget": {"amount": "350000", "currency": "EUR"}, "status": "APPROVED", "decidedOn": "2016-05",
				 "releasability": "PUBLIC"}""".formatted(run));
	}

	private void add(String kind, String json) {
		assertThat(mvc.post()
			.uri("/api/v1/partners/" + NATION + "/" + kind)
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)).as(kind + " " + json).hasStatus(201);
	}

}
