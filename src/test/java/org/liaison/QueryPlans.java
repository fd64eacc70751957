package org.liaison;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.liaison.StatementCounting.Statement;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.StatementCounting.statementsRunBy;

/**
 * How PostgreSQL would read the large tables in the statements a page runs. The
 * statements are caught as the page runs them, then explained with their own parameters
 * while sequential scans, plain index scans, hash and merge joins are priced out: the
 * plan then shows the index each filter and join would take on a small test database as
 * on a large one, where the planner would otherwise scan a test's few rows because it is
 * cheaper so. A large table read sequentially, or through one of its indexes without a
 * condition, is read whole, unless that index is one allowed to be read in order (a
 * list's order under a limit). Plans of PostgreSQL only: H2's say nothing of them.
 */
public final class QueryPlans {

	/**
	 * Lists read whole for their names, kinds and rates, which no partner makes longer:
	 * the reference lists that administrators keep, and the organisations with their
	 * former names, read to name each as it was named on a page's day.
	 */
	public static final Set<String> REFERENCE_LISTS = Set.of("partner_nation", "partner_framework", "agreement_type",
			"dialogue_statement_kind", "dialogue_body_kind", "directory_role_kind", "directory_organisation",
			"directory_organisation_former_name", "plan_type", "plan_type_level", "fund_exchange_rate", "activity_area",
			"activity_discipline");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final DataSource dataSource;

	private final Set<String> large;

	private final Set<String> wholeIndexReads;

	/**
	 * Plans that must read none of the large tables whole, except through the indexes
	 * named, which may be read in order.
	 */
	public QueryPlans(DataSource dataSource, Set<String> large, Set<String> wholeIndexReads) {
		this.dataSource = dataSource;
		this.large = Set.copyOf(large);
		this.wholeIndexReads = Set.copyOf(wholeIndexReads);
	}

	public static boolean onPostgresql(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Every table of the application's schema but the ones given and Flyway's histories:
	 * a table is large unless it is known to be small, so that a new one is watched from
	 * the day it is made.
	 */
	public static Set<String> everyTableBut(DataSource dataSource, Set<String> small) {
		Set<String> tables = new TreeSet<>();
		try (Connection connection = dataSource.getConnection();
				PreparedStatement query = connection.prepareStatement(
						"select table_name from information_schema.tables where table_schema = current_schema()"
								+ " and table_type = 'BASE TABLE'");
				ResultSet rs = query.executeQuery()) {
			while (rs.next()) {
				tables.add(rs.getString(1).toLowerCase(Locale.ROOT));
			}
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
		tables.removeIf(table -> table.startsWith("flyway_"));
		tables.removeAll(small);
		return tables;
	}

	/**
	 * What is wrong with the plans of the statements the page's reading runs on this
	 * thread: none, one line each. The reading must run statements, or there is nothing
	 * to judge.
	 */
	public List<String> problemsOf(String page, Runnable reading) {
		List<Statement> statements = statementsRunBy(reading);
		assertThat(statements).as("statements of " + page).isNotEmpty();
		return problemsOf(statements);
	}

	/** What is wrong with the plans of the statements: none, one line each. */
	public List<String> problemsOf(List<Statement> statements) {
		List<String> problems = new ArrayList<>();
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				try (var settings = connection.createStatement()) {
					settings.execute("set local enable_seqscan = off");
					settings.execute("set local enable_hashjoin = off");
					settings.execute("set local enable_mergejoin = off");
					settings.execute("set local enable_indexscan = off");
					settings.execute("set local enable_indexonlyscan = off");
				}
				for (Statement statement : statements) {
					if (reads(statement)) {
						collect(explain(connection, statement), statement.sql(), problems);
					}
				}
			}
			finally {
				connection.rollback();
				connection.setAutoCommit(true);
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return problems;
	}

	private static boolean reads(Statement statement) {
		String sql = statement.sql().strip().toLowerCase(Locale.ROOT);
		return sql.startsWith("select") || sql.startsWith("with") || sql.startsWith("(select");
	}

	private static JsonNode explain(Connection connection, Statement statement) throws Exception {
		try (PreparedStatement explain = connection.prepareStatement("explain (format json) " + statement.sql())) {
			statement.bindTo(explain);
			try (ResultSet rs = explain.executeQuery()) {
				rs.next();
				return JSON.readTree(rs.getString(1)).get(0).get("Plan");
			}
		}
	}

	private void collect(JsonNode node, String sql, List<String> problems) {
		String type = node.path("Node Type").asString();
		String relation = node.path("Relation Name").asString();
		String index = node.path("Index Name").asString();
		if (large.contains(relation)) {
			if (type.equals("Seq Scan")) {
				problems.add("reads " + relation + " whole: " + sql);
			}
			else if ((type.equals("Index Scan") || type.equals("Index Only Scan")) && !node.has("Index Cond")
					&& !wholeIndexReads.contains(index)) {
				problems.add("reads index " + index + " of " + relation + " whole: " + sql);
			}
		}
		for (JsonNode child : node.path("Plans")) {
			collect(child, sql, problems);
		}
	}

}
