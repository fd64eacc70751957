package org.liaison.fund.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.fund.Amounts;
import org.liaison.fund.OutputSummary;
import org.liaison.fund.OutputValueData;
import org.liaison.fund.PhaseData;
import org.liaison.fund.ProjectStatus;
import org.liaison.fund.ProjectSummary;
import org.liaison.fund.StatusChange;
import org.liaison.fund.TransactionKind;
import org.liaison.fund.TransactionSummary;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Qualifier;
import org.liaison.shared.Releasability;
import org.liaison.shared.VisibleRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The fund module's read model. Every query applies the reader's {@link Audience} in its
 * WHERE clause (child rows through their project), and the child rows of a list of
 * projects come in one query per kind for the whole list.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FundQueries {

	private static final String COLUMNS = """
			select p.id, p.partner, p.ref, p.title, p.objective, p.lead_nations_illustrative, p.executing_agent,
			       p.sector, p.currency, p.planned_start, p.planned_end, p.actual_start, p.actual_end, p.status,
			       p.illustrative, p.launch_text, p.completion_text, p.releasability, p.updated_at, p.version""";

	private static final String FROM = " from fund_project p";

	private static final String ORDER = " order by coalesce(p.actual_start, p.planned_start) nulls last, p.title, p.id";

	private static final VisibleRows<Row> PROJECTS = VisibleRows.of(COLUMNS, FROM, FundQueries::visible, ORDER,
			FundQueries::row);

	private static final VisibleRows<TransactionSummary> TRANSACTIONS = VisibleRows
		.of("""
				select t.id, t.project, t.seq, t.kind, t.nation, t.organisation, t.amount, t.currency, t.value_date,
				       t.in_kind, t.pre_financed_by, t.reverses, t.note, t.illustrative, t.recorded_at, r.seq as reversed_by""",
				"""
						 from fund_transaction t join fund_project p on p.id = t.project
						left join fund_transaction r on r.project = t.project and r.reverses = t.seq""",
				FundQueries::visible, " order by t.project, t.seq", FundQueries::transaction);

	private final JdbcClient jdbc;

	/**
	 * Which projects an audience sees, for a query whose project is aliased {@code p}:
	 * what its releasability and partner scope allow, and for an executing agent also the
	 * projects it executes, whatever their releasability, since it reports on them (and
	 * nothing more of any other project).
	 */
	private static String visible(Audience audience) {
		String scope = audience.sqlCondition("p.partner", "p.releasability");
		return audience.executingAgent() == null ? scope : "(" + scope + " or p.executing_agent = :audienceAgent)";
	}

	public PageOf<ProjectSummary> projects(NationCode partner, Audience audience, PageOf.Request page) {
		return PROJECTS.page(jdbc, audience, "p.partner = :partner", Map.of("partner", partner.value()), page,
				rows -> complete(rows, audience));
	}

	/** All projects the reader may see, of one partner or (partner null) of all. */
	public List<ProjectSummary> allProjects(@Nullable NationCode partner, Audience audience) {
		return allProjects(partner, null, audience);
	}

	/**
	 * All projects the reader may see, of one partner or (partner null) of all, and of
	 * one executing agent or (agent null) of any.
	 */
	public List<ProjectSummary> allProjects(@Nullable NationCode partner, @Nullable String agent, Audience audience) {
		String where = " where " + (partner == null ? "" : "p.partner = :partner and ")
				+ (agent == null ? "" : "p.executing_agent = :agent and ") + visible(audience);
		JdbcClient.StatementSpec spec = jdbc.sql(COLUMNS + FROM + where + ORDER).params(audience.sqlParameters());
		if (partner != null) {
			spec = spec.param("partner", partner.value());
		}
		if (agent != null) {
			spec = spec.param("agent", agent);
		}
		return complete(spec.query(FundQueries::row).list(), audience);
	}

	public Optional<ProjectSummary> project(UUID id, Audience audience) {
		return PROJECTS.one(jdbc, audience, "p.id = :id", Map.of("id", id))
			.map(row -> complete(List.of(row), audience).get(0));
	}

	public Optional<ProjectSummary> project(NationCode partner, String ref, Audience audience) {
		return PROJECTS
			.one(jdbc, audience, "p.partner = :partner and p.ref = :ref",
					Map.of("partner", partner.value(), "ref", ref))
			.map(row -> complete(List.of(row), audience).get(0));
	}

	/**
	 * The ledgers of the given projects, in order, as far as the reader may see the
	 * projects.
	 */
	public Map<UUID, List<TransactionSummary>> transactions(List<UUID> projects, Audience audience) {
		return TRANSACTIONS.byParent(jdbc, audience, "t.project", projects);
	}

	private static TransactionSummary transaction(ResultSet rs, int row) throws SQLException {
		String nation = rs.getString("nation");
		String preFinancedBy = rs.getString("pre_financed_by");
		Currency currency = Currency.getInstance(rs.getString("currency"));
		return new TransactionSummary(rs.getObject("id", UUID.class), rs.getObject("project", UUID.class),
				rs.getInt("seq"), TransactionKind.valueOf(rs.getString("kind")),
				nation == null ? null : new NationCode(nation), rs.getString("organisation"),
				Amounts.money(rs.getBigDecimal("amount"), currency), rs.getObject("value_date", LocalDate.class),
				rs.getBoolean("in_kind"), preFinancedBy == null ? null : new NationCode(preFinancedBy),
				(Integer) rs.getObject("reverses", Integer.class), (Integer) rs.getObject("reversed_by", Integer.class),
				rs.getString("note"), rs.getBoolean("illustrative"), rs.getTimestamp("recorded_at").toInstant());
	}

	/**
	 * The outputs of the given projects with their values, as far as the reader may see
	 * the projects.
	 */
	public Map<UUID, List<OutputSummary>> outputs(List<UUID> projects, Audience audience) {
		Map<UUID, List<OutputSummary>> result = new HashMap<>();
		if (projects.isEmpty()) {
			return result;
		}
		record Key(UUID project, String item) {
		}
		Map<Key, List<OutputValueData>> values = new HashMap<>();
		jdbc.sql("""
				select v.project, v.item, v.value_on, v.amount, v.source, v.qualifier
				from fund_output_value v join fund_project p on p.id = v.project
				where v.project in (:ids) and %s
				order by v.project, v.item, v.value_on""".formatted(visible(audience)))
			.params(audience.sqlParameters())
			.param("ids", projects)
			.query(rs -> {
				values
					.computeIfAbsent(new Key(rs.getObject("project", UUID.class), rs.getString("item")),
							k -> new ArrayList<>())
					.add(new OutputValueData(PartialDate.parse(rs.getString("value_on")),
							Amounts.plain(rs.getBigDecimal("amount")), rs.getString("source"),
							qualifier(rs.getString("qualifier"))));
			});
		jdbc.sql("""
				select o.project, o.item, o.label, o.unit, o.baseline, o.target, o.target_qualifier
				from fund_output o join fund_project p on p.id = o.project
				where o.project in (:ids) and %s
				order by o.project, o.position""".formatted(visible(audience)))
			.params(audience.sqlParameters())
			.param("ids", projects)
			.query(rs -> {
				UUID project = rs.getObject("project", UUID.class);
				String item = rs.getString("item");
				result.computeIfAbsent(project, p -> new ArrayList<>())
					.add(new OutputSummary(item, rs.getString("label"), rs.getString("unit"),
							plainOrNull(rs.getBigDecimal("baseline")), plainOrNull(rs.getBigDecimal("target")),
							values.getOrDefault(new Key(project, item), List.of()),
							qualifier(rs.getString("target_qualifier"))));
			});
		return result;
	}

	private static @Nullable Qualifier qualifier(@Nullable String name) {
		return name == null ? null : Qualifier.valueOf(name);
	}

	private static java.math.@Nullable BigDecimal plainOrNull(java.math.@Nullable BigDecimal value) {
		return value == null ? null : Amounts.plain(value);
	}

	private List<ProjectSummary> complete(List<Row> rows, Audience audience) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<UUID> ids = rows.stream().map(Row::id).toList();
		Map<UUID, List<NationCode>> leads = new LinkedHashMap<>();
		children("select l.project, l.nation from fund_lead_nation l join fund_project p on p.id = l.project", "l", ids,
				audience, rs -> leads.computeIfAbsent(rs.getObject("project", UUID.class), k -> new ArrayList<>())
					.add(new NationCode(rs.getString("nation"))));
		Map<UUID, List<PhaseData>> phases = new LinkedHashMap<>();
		children(
				"select f.project, f.name, f.start_on, f.end_on, f.budget from fund_phase f join fund_project p on p.id = f.project",
				"f", ids, audience,
				rs -> phases.computeIfAbsent(rs.getObject("project", UUID.class), k -> new ArrayList<>())
					.add(new PhaseData(rs.getString("name"), PartialDate.parseOrNull(rs.getString("start_on")),
							PartialDate.parseOrNull(rs.getString("end_on")),
							Amounts.plain(rs.getBigDecimal("budget")))));
		Map<UUID, List<StatusChange>> changes = new LinkedHashMap<>();
		children(
				"select c.project, c.from_status, c.to_status, c.moved_on, c.reason from fund_status_change c join fund_project p on p.id = c.project",
				"c", ids, audience,
				rs -> changes.computeIfAbsent(rs.getObject("project", UUID.class), k -> new ArrayList<>())
					.add(new StatusChange(ProjectStatus.valueOf(rs.getString("from_status")),
							ProjectStatus.valueOf(rs.getString("to_status")),
							PartialDate.parse(rs.getString("moved_on")), rs.getString("reason"))));
		return rows.stream()
			.map(row -> row.summary(leads.getOrDefault(row.id(), List.of()), phases.getOrDefault(row.id(), List.of()),
					changes.getOrDefault(row.id(), List.of())))
			.toList();
	}

	private void children(String select, String alias, List<UUID> ids, Audience audience,
			org.springframework.jdbc.core.RowCallbackHandler handler) {
		jdbc.sql(select + " where " + alias + ".project in (:ids) and " + visible(audience) + " order by " + alias
				+ ".project, " + alias + ".position")
			.params(audience.sqlParameters())
			.param("ids", ids)
			.query(handler);
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), new NationCode(rs.getString("partner")), rs.getString("ref"),
				rs.getString("title"), rs.getString("objective"), rs.getBoolean("lead_nations_illustrative"),
				rs.getString("executing_agent"), rs.getString("sector"), Currency.getInstance(rs.getString("currency")),
				PartialDate.parseOrNull(rs.getString("planned_start")),
				PartialDate.parseOrNull(rs.getString("planned_end")),
				PartialDate.parseOrNull(rs.getString("actual_start")),
				PartialDate.parseOrNull(rs.getString("actual_end")), ProjectStatus.valueOf(rs.getString("status")),
				rs.getBoolean("illustrative"), rs.getString("launch_text"), rs.getString("completion_text"),
				Releasability.valueOf(rs.getString("releasability")), rs.getTimestamp("updated_at").toInstant(),
				rs.getLong("version"));
	}

	private record Row(UUID id, NationCode partner, String ref, String title, @Nullable String objective,
			boolean leadNationsIllustrative, @Nullable String executingAgent, String sector, Currency currency,
			@Nullable PartialDate plannedStart, @Nullable PartialDate plannedEnd, @Nullable PartialDate actualStart,
			@Nullable PartialDate actualEnd, ProjectStatus status, boolean illustrative, @Nullable String launchText,
			@Nullable String completionText, Releasability releasability, Instant updatedAt, long version) {

		ProjectSummary summary(List<NationCode> leads, List<PhaseData> phases, List<StatusChange> changes) {
			return new ProjectSummary(id, partner, ref, title, objective, leads, leadNationsIllustrative,
					executingAgent, sector, currency, plannedStart, plannedEnd, actualStart, actualEnd, phases, status,
					changes, illustrative, launchText, completionText, releasability, updatedAt, version);
		}

	}

}
