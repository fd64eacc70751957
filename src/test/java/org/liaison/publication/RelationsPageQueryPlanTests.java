package org.liaison.publication;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.liaison.StatementCounting.Statement;
import org.liaison.TestPartners;
import org.liaison.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.StatementCounting.statementsRunBy;

/**
 * Every read of a partner's public page, today's and a past day's, finds the partner's
 * records by an index on PostgreSQL: each statement the page runs is explained with
 * sequential scans ruled out, so that a plan still scanning a table sequentially shows a
 * read no index serves. Only the reference lists, read whole, are scanned. A test
 * database is small, where PostgreSQL would scan anyway; at the scale of the Alliance it
 * must not.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnabledIfEnvironmentVariable(named = "SPRING_DATASOURCE_URL", matches = "jdbc:postgresql:.*")
class RelationsPageQueryPlanTests {

	static final String NATION = "MDV";

	/**
	 * Lists read whole for their names and kinds, which no partner makes longer (the
	 * organisations with their former names, to name each as it was named on the page's
	 * day).
	 */
	static final Set<String> READ_WHOLE = Set.of("partner_nation", "partner_framework", "agreement_type",
			"dialogue_statement_kind", "dialogue_body_kind", "directory_role_kind", "directory_organisation",
			"directory_organisation_former_name", "plan_type", "plan_type_level", "fund_exchange_rate", "activity_area",
			"activity_discipline");

	static final Pattern SEQUENTIAL = Pattern.compile("Seq Scan on (\\w+)");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void everyReadOfThePageTodayAndOnAPastDayIsServedByAnIndex() {
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

		for (Statement statement : concat(today, pastDay)) {
			if (!statement.sql().strip().toLowerCase().startsWith("select")) {
				continue;
			}
			assertThat(sequentiallyScanned(statement)).as(statement.sql()).isSubsetOf(READ_WHOLE);
		}
	}

	private Set<String> sequentiallyScanned(Statement statement) {
		return transactions.execute(status -> {
			jdbc.execute("set local enable_seqscan = off");
			List<String> plan = jdbc.queryForList("explain " + statement.sql(), String.class,
					statement.parameters().toArray());
			Set<String> tables = new TreeSet<>();
			for (String line : plan) {
				Matcher scan = SEQUENTIAL.matcher(line);
				if (scan.find()) {
					tables.add(scan.group(1));
				}
			}
			return tables;
		});
	}

	private static List<Statement> concat(List<Statement> first, List<Statement> second) {
		return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
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
