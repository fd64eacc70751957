package org.liaison.activity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.TestPartners;
import org.liaison.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * On PostgreSQL, an index serves every filter and join of the statements that a partner's
 * programme and the menu run, or the totals the database keeps do: the statements a page
 * runs are caught as it runs them, then explained with their own parameters while
 * sequential scans, plain index scans, hash and merge joins are priced out, so that the
 * plan shows the index each filter and join would take on a small test database as on a
 * large one. No statement then reads the requests, events, activities or nominees whole,
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

	/** The statements of the page being read, with their parameters. */
	final List<QueryInfo> caught = Collections.synchronizedList(new ArrayList<>());

	volatile boolean catching;

	ActivityFixtures fixtures;

	@BeforeEach
	void setUp() throws Exception {
		assumeTrue(onPostgresql(), "plans of PostgreSQL only");
		fixtures = new ActivityFixtures(mvc);
		fixtures.setUp();
		nation(PARTNER, "Myanmar", "Myanmar");
		nation(OTHER, "Bangladesh", "Bangladesh");
		TestPartners.ensure(mvc, PARTNER);
		TestPartners.ensure(mvc, OTHER);
		((ProxyDataSource) dataSource).addListener(new QueryExecutionListener() {
			@Override
			public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
			}

			@Override
			public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
				if (catching) {
					caught.addAll(queries);
				}
			}
		});
	}

	@Test
	void everyStatementOfTheProgrammeAndTheMenuReadsThroughAnIndex() throws Exception {
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
		for (var page : pages.entrySet()) {
			List<String> problems = problemsOf(page.getKey(), page.getValue());
			assertThat(problems).as(page.getKey()).isEmpty();
		}
	}

	/** What is wrong with the plans of the page's statements: none, one line each. */
	private List<String> problemsOf(String page, RequestPostProcessor reader) throws Exception {
		caught.clear();
		catching = true;
		try {
			assertThat(mvc.get().uri(page).with(reader).accept(MediaType.APPLICATION_JSON, MediaType.TEXT_HTML))
				.hasStatusOk();
		}
		finally {
			catching = false;
		}
		List<QueryInfo> statements = List.copyOf(caught);
		assertThat(statements).as("statements of " + page).isNotEmpty();
		List<String> problems = new ArrayList<>();
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (var statement = connection.createStatement()) {
				statement.execute("set local enable_seqscan = off");
				statement.execute("set local enable_hashjoin = off");
				statement.execute("set local enable_mergejoin = off");
				// Plain index scans too, so that the planner shows which index serves a
				// filter (as a bitmap of it) rather than reading a small table's whole
				// index in order, as it may where a test's few rows are cheaper so.
				statement.execute("set local enable_indexscan = off");
				statement.execute("set local enable_indexonlyscan = off");
			}
			for (QueryInfo query : statements) {
				if (!query.getQuery().contains("activity_") || !query.getQuery().strip().startsWith("select")) {
					continue;
				}
				JsonNode plan = explain(connection, query);
				collect(plan, query.getQuery(), problems);
			}
			connection.rollback();
		}
		return problems;
	}

	private static JsonNode explain(Connection connection, QueryInfo query) throws Exception {
		try (PreparedStatement explain = connection.prepareStatement("explain (format json) " + query.getQuery())) {
			List<ParameterSetOperation> parameters = query.getParametersList().isEmpty() ? List.of()
					: query.getParametersList().get(0);
			for (ParameterSetOperation parameter : parameters) {
				parameter.getMethod().invoke(explain, parameter.getArgs());
			}
			try (ResultSet rs = explain.executeQuery()) {
				rs.next();
				return JsonMapper.builder().build().readTree(rs.getString(1)).get(0).get("Plan");
			}
		}
	}

	/**
	 * A scan of a large table is a problem when it is sequential, or reads an index whole
	 * (no condition), unless that index is the menu's order under a limit.
	 */
	private static void collect(JsonNode node, String sql, List<String> problems) {
		String type = node.path("Node Type").asString();
		String relation = node.path("Relation Name").asString();
		String index = node.path("Index Name").asString();
		if (LARGE.contains(relation)) {
			if (type.equals("Seq Scan")) {
				problems.add("reads " + relation + " whole: " + sql);
			}
			else if ((type.equals("Index Scan") || type.equals("Index Only Scan")) && !node.has("Index Cond")
					&& !index.equals(WINDOW_INDEX)) {
				problems.add("reads index " + index + " whole: " + sql);
			}
		}
		for (JsonNode child : node.path("Plans")) {
			collect(child, sql, problems);
		}
	}

	private boolean onPostgresql() throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
		}
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
