package org.liaison.plan.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.plan.AssessmentSource;
import org.liaison.plan.AssessmentSummary;
import org.liaison.plan.NodeSummary;
import org.liaison.plan.PlanStatus;
import org.liaison.plan.PlanSummary;
import org.liaison.plan.Rating;
import org.liaison.plan.RoundStatus;
import org.liaison.plan.RoundSummary;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;
import org.liaison.shared.VisibleRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The plan module's read model. Every query applies the reader's {@link Audience} in its
 * WHERE clause (nodes, rounds and assessments through their plan; assessments by their
 * own releasability too), and the rows of a list of plans come in one query per kind for
 * the list.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PlanQueries {

	private static final String COLUMNS = """
			select p.id, p.partner, p.ref, p.plan_type, p.title, p.period_from, p.period_to, p.status, p.agreement_ref,
			       p.predecessor_ref, p.public_summary, p.releasability, p.illustrative, p.updated_at, p.version""";

	private static final String FROM = " from plan_plan p";

	private static final VisibleRows<PlanSummary> PLANS = VisibleRows.of(COLUMNS, FROM, PlanQueries::visible,
			" order by p.period_from nulls last, p.title, p.id", PlanQueries::plan);

	private static final VisibleRows<NodeSummary> NODES = VisibleRows.of("""
			select n.id, n.plan, n.code, n.parent_code, n.node_level, coalesce(l.name, 'level') as level_name,
			       n.position, n.title, n.description, n.lead_organisation, n.supporters, n.target_on,
			       n.target_beyond_plan, n.capability_area, n.activity_refs, n.illustrative, n.version""", """
			 from plan_node n join plan_plan p on p.id = n.plan
			left join plan_type_level l on l.plan_type = p.plan_type and l.position = n.node_level""",
			PlanQueries::visible, " order by n.plan, n.position, n.code", PlanQueries::node);

	private static final VisibleRows<AssessmentSummary> ASSESSMENTS = VisibleRows.of("""
			select a.id, a.plan, a.node, n.code, a.seq, a.assessed_on, a.rating, a.narrative, a.assessor, a.source,
			       a.cycle_label, a.round_id, a.releasability, a.illustrative, a.recorded_at, a.version,
			       r.status as round_status""", """
			 from plan_assessment a join plan_plan p on p.id = a.plan join plan_node n on n.id = a.node
			left join plan_round r on r.id = a.round_id""", PlanQueries::assessmentVisible, " order by a.plan, a.seq",
			PlanQueries::assessment);

	// The same columns for a few rows picked from many: the node's code and the round's
	// status are looked up row by row, so that picking (and counting) them never reads
	// every node.
	private static final String PICKED_ASSESSMENT_COLUMNS = """
			select a.id, a.plan, a.node, (select n.code from plan_node n where n.id = a.node) as code, a.seq,
			       a.assessed_on, a.rating, a.narrative, a.assessor, a.source, a.cycle_label, a.round_id,
			       a.releasability, a.illustrative, a.recorded_at, a.version,
			       (select r.status from plan_round r where r.id = a.round_id) as round_status""";

	// A plan's history is read a page at a time, the latest recorded first.
	private static final VisibleRows<AssessmentSummary> HISTORY = VisibleRows.of(PICKED_ASSESSMENT_COLUMNS,
			" from plan_assessment a join plan_plan p on p.id = a.plan", PlanQueries::assessmentVisible,
			" order by a.seq desc", PlanQueries::assessment);

	// Latest by date, then by the order recorded.
	private static final String RECENCY = "order by a.assessed_on desc, a.seq desc";

	private static final VisibleRows<RoundSummary> ROUNDS = VisibleRows.of(
			"select r.id, r.plan, r.cycle_label, r.status, r.opened_on, r.approved_at, r.illustrative",
			" from plan_round r join plan_plan p on p.id = r.plan", PlanQueries::visible,
			" order by r.plan, r.opened_on nulls first, r.cycle_label", PlanQueries::round);

	private final JdbcClient jdbc;

	private static String visible(Audience audience) {
		return audience.sqlCondition("p.partner", "p.releasability");
	}

	// An assessment shows by its own releasability as well as its plan's.
	private static String assessmentVisible(Audience audience) {
		return visible(audience) + " and " + audience.sqlCondition("p.partner", "a.releasability");
	}

	public PageOf<PlanSummary> plans(NationCode partner, Audience audience, PageOf.Request page) {
		return PLANS.page(jdbc, audience, "p.partner = :partner", Map.of("partner", partner.value()), page);
	}

	/** All plans the reader may see, of one partner or (partner null) of all. */
	public List<PlanSummary> allPlans(@Nullable NationCode partner, Audience audience) {
		String where = " where " + (partner == null ? "" : "p.partner = :partner and ") + visible(audience);
		JdbcClient.StatementSpec spec = jdbc
			.sql(COLUMNS + FROM + where + " order by p.partner, p.period_from nulls last, p.title, p.id")
			.params(audience.sqlParameters());
		if (partner != null) {
			spec = spec.param("partner", partner.value());
		}
		return spec.query(PlanQueries::plan).list();
	}

	public Optional<PlanSummary> plan(UUID id, Audience audience) {
		return PLANS.one(jdbc, audience, "p.id = :id", Map.of("id", id));
	}

	public Optional<PlanSummary> plan(NationCode partner, String ref, Audience audience) {
		return PLANS.one(jdbc, audience, "p.partner = :partner and p.ref = :ref",
				Map.of("partner", partner.value(), "ref", ref));
	}

	/**
	 * The nodes of the given plans in stored order (not yet as a tree), as far as the
	 * reader may see the plans.
	 */
	public Map<UUID, List<NodeSummary>> nodes(List<UUID> plans, Audience audience) {
		return NODES.byParent(jdbc, audience, "n.plan", plans);
	}

	public Optional<NodeSummary> node(UUID id, Audience audience) {
		return NODES.one(jdbc, audience, "n.id = :id", Map.of("id", id));
	}

	private static NodeSummary node(ResultSet rs, int row) throws SQLException {
		return new NodeSummary(rs.getObject("id", UUID.class), rs.getObject("plan", UUID.class), rs.getString("code"),
				rs.getString("parent_code"), rs.getInt("node_level"), rs.getString("level_name"), rs.getInt("position"),
				rs.getString("title"), rs.getString("description"), rs.getString("lead_organisation"),
				PlanStore.lines(rs.getString("supporters")), PartialDate.parseOrNull(rs.getString("target_on")),
				rs.getBoolean("target_beyond_plan"), rs.getString("capability_area"),
				PlanStore.lines(rs.getString("activity_refs")), rs.getBoolean("illustrative"), rs.getLong("version"),
				null, null);
	}

	/**
	 * The assessments of the given plans the reader may see, by plan in the order
	 * recorded.
	 */
	public Map<UUID, List<AssessmentSummary>> assessments(List<UUID> plans, Audience audience) {
		return ASSESSMENTS.byParent(jdbc, audience, "a.plan", plans);
	}

	/**
	 * Each node's latest assessment the reader may see (by date, then the order
	 * recorded), by plan: one row a node, however long its history.
	 */
	public Map<UUID, List<AssessmentSummary>> latestAssessments(List<UUID> plans, Audience audience) {
		Map<UUID, List<AssessmentSummary>> rows = new LinkedHashMap<>();
		if (plans.isEmpty()) {
			return rows;
		}
		jdbc.sql(PICKED_ASSESSMENT_COLUMNS + """
				 from plan_assessment a where a.id in (
				  select latest.id from (
				    select a.id, row_number() over (partition by a.node %s) as recency
				    from plan_assessment a join plan_plan p on p.id = a.plan
				    where a.plan in (:plans) and %s) latest
				  where latest.recency = 1)
				order by a.plan, a.seq""".formatted(RECENCY, assessmentVisible(audience)))
			.params(audience.sqlParameters())
			.param("plans", plans)
			.query(PlanQueries::assessment)
			.list()
			.forEach(a -> rows.computeIfAbsent(a.plan(), plan -> new ArrayList<>()).add(a));
		return rows;
	}

	/**
	 * The ratings progress is made of, for the given plans, as far as the reader may see
	 * them: each node's latest in each of its cycles (and among its assessments of no
	 * cycle). Only the few columns a roll-up needs are read, never the narratives.
	 */
	public List<LatestRating> latestRatings(List<UUID> plans, Audience audience) {
		if (plans.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select r.plan, r.node, r.assessed_on, r.seq, r.rating, r.cycle_label from (
				  select a.plan, a.node, a.assessed_on, a.seq, a.rating, a.cycle_label,
				         row_number() over (partition by a.node, a.cycle_label %s) as recency
				  from plan_assessment a join plan_plan p on p.id = a.plan
				  where a.plan in (:plans) and %s) r
				where r.recency = 1""".formatted(RECENCY, assessmentVisible(audience)))
			.params(audience.sqlParameters())
			.param("plans", plans)
			.query((rs, n) -> new LatestRating(rs.getObject("plan", UUID.class), rs.getObject("node", UUID.class),
					rs.getObject("assessed_on", LocalDate.class), rs.getInt("seq"),
					Rating.valueOf(rs.getString("rating")), rs.getString("cycle_label")))
			.list();
	}

	/**
	 * One page of the plan's assessments the reader may see, the latest recorded first.
	 */
	public PageOf<AssessmentSummary> history(UUID plan, Audience audience, PageOf.Request page) {
		return HISTORY.page(jdbc, audience, "a.plan = :plan", Map.of("plan", plan), page);
	}

	/**
	 * How many of the plan's assessments the reader may see were recorded after the given
	 * one: where it stands in the history.
	 */
	public long recordedAfter(UUID plan, int seq, Audience audience) {
		return jdbc
			.sql("select count(*) from plan_assessment a join plan_plan p on p.id = a.plan"
					+ " where a.plan = :plan and a.seq > :seq and " + assessmentVisible(audience))
			.params(audience.sqlParameters())
			.param("plan", plan)
			.param("seq", seq)
			.query(Long.class)
			.single();
	}

	public Optional<AssessmentSummary> assessment(UUID id, Audience audience) {
		return ASSESSMENTS.one(jdbc, audience, "a.id = :id", Map.of("id", id));
	}

	private static AssessmentSummary assessment(ResultSet rs, int row) throws SQLException {
		Timestamp recorded = rs.getTimestamp("recorded_at");
		return new AssessmentSummary(rs.getObject("id", UUID.class), rs.getObject("plan", UUID.class),
				rs.getObject("node", UUID.class), rs.getString("code"), rs.getInt("seq"),
				rs.getObject("assessed_on", LocalDate.class), Rating.valueOf(rs.getString("rating")),
				rs.getString("narrative"), rs.getString("assessor"), AssessmentSource.valueOf(rs.getString("source")),
				rs.getString("cycle_label"), rs.getObject("round_id", UUID.class),
				Releasability.valueOf(rs.getString("releasability")), rs.getBoolean("illustrative"),
				"APPROVED".equals(rs.getString("round_status")), recorded.toInstant(), rs.getLong("version"));
	}

	public Map<UUID, List<RoundSummary>> rounds(List<UUID> plans, Audience audience) {
		return ROUNDS.byParent(jdbc, audience, "r.plan", plans);
	}

	public Optional<RoundSummary> round(UUID id, Audience audience) {
		return ROUNDS.one(jdbc, audience, "r.id = :id", Map.of("id", id));
	}

	private static RoundSummary round(ResultSet rs, int row) throws SQLException {
		Timestamp approved = rs.getTimestamp("approved_at");
		return new RoundSummary(rs.getObject("id", UUID.class), rs.getObject("plan", UUID.class),
				rs.getString("cycle_label"), RoundStatus.valueOf(rs.getString("status")),
				rs.getObject("opened_on", LocalDate.class), approved == null ? null : approved.toInstant(),
				rs.getBoolean("illustrative"));
	}

	private static PlanSummary plan(ResultSet rs, int n) throws SQLException {
		return new PlanSummary(rs.getObject("id", UUID.class), new NationCode(rs.getString("partner")),
				rs.getString("ref"), rs.getString("plan_type"), rs.getString("title"),
				PartialDate.parseOrNull(rs.getString("period_from")),
				PartialDate.parseOrNull(rs.getString("period_to")), PlanStatus.valueOf(rs.getString("status")),
				rs.getString("agreement_ref"), rs.getString("predecessor_ref"), rs.getString("public_summary"),
				Releasability.valueOf(rs.getString("releasability")), rs.getBoolean("illustrative"),
				rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"));
	}

}
