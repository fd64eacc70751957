package org.liaison.science.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.science.GrantDirector;
import org.liaison.science.GrantMechanism;
import org.liaison.science.GrantStatus;
import org.liaison.science.GrantSummary;
import org.liaison.science.PrioritySummary;
import org.liaison.science.ReportSummary;
import org.liaison.shared.Audience;
import org.liaison.shared.Money;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;
import org.liaison.shared.VisibleRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The science module's read model. Every query that returns grants, their priorities or
 * their reports applies the reader's {@link Audience} in its WHERE clause, and the
 * priorities and the reports of a list come in one query each for the whole list.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class GrantQueries {

	private static final String COLUMNS = """
			select g.id, g.partner, g.ref, g.title, g.description, g.mechanism,
			       g.nato_director_name, g.nato_director_institution, g.nato_director_nation,
			       g.partner_director_name, g.partner_director_institution, g.partner_director_nation,
			       g.currency, g.budget_amount, g.nato_share_amount, g.partner_share_amount, g.status,
			       g.review_on, g.decided_on, g.decision_reason, g.start_on, g.end_on, g.illustrative,
			       g.releasability, g.updated_at, g.version""";

	// Newest first: by the latest stage's date (applications without dates lead), then by
	// change.
	private static final VisibleRows<Row> GRANTS = VisibleRows.of(COLUMNS, " from science_grant g",
			GrantQueries::visible,
			" order by coalesce(g.start_on, g.decided_on, g.review_on) desc nulls first, g.updated_at desc, g.id",
			GrantQueries::row);

	private static final VisibleRows<PrioritySummary> PRIORITIES = VisibleRows.of("select gp.grant_id, p.code, p.name",
			" from science_grant_priority gp join science_priority p on p.code = gp.priority"
					+ " join science_grant g on g.id = gp.grant_id",
			GrantQueries::visible, " order by gp.grant_id, p.name",
			(rs, n) -> new PrioritySummary(rs.getString("code"), rs.getString("name")));

	private static final VisibleRows<ReportSummary> REPORTS = VisibleRows.of(
			"select r.grant_id, r.due_on, r.submitted_on, r.summary, r.final_report",
			" from science_report r join science_grant g on g.id = r.grant_id", GrantQueries::visible,
			" order by r.grant_id, r.due_on",
			(rs, n) -> new ReportSummary(rs.getObject("due_on", LocalDate.class),
					rs.getObject("submitted_on", LocalDate.class), rs.getString("summary"),
					rs.getBoolean("final_report")));

	private final JdbcClient jdbc;

	private static String visible(Audience audience) {
		return audience.sqlCondition("g.partner", "g.releasability");
	}

	public PageOf<GrantSummary> grants(NationCode partner, Audience audience, PageOf.Request page) {
		return GRANTS.page(jdbc, audience, "g.partner = :partner", Map.of("partner", partner.value()), page,
				rows -> withChildren(rows, audience));
	}

	public List<GrantSummary> allGrants(NationCode partner, Audience audience) {
		return withChildren(GRANTS.list(jdbc, audience, "g.partner = :partner", Map.of("partner", partner.value())),
				audience);
	}

	/** Grants of every partner that have started, and so may have reports overdue. */
	public List<GrantSummary> startedGrants(Audience audience) {
		List<Row> rows = jdbc
			.sql(COLUMNS
					+ " from science_grant g where g.status in ('ACTIVE', 'COMPLETED') and g.start_on is not null and "
					+ visible(audience) + " order by g.partner, g.title, g.id")
			.params(audience.sqlParameters())
			.query(GrantQueries::row)
			.list();
		return withChildren(rows, audience);
	}

	public Optional<GrantSummary> grant(UUID id, Audience audience) {
		return GRANTS.one(jdbc, audience, "g.id = :id", Map.of("id", id))
			.map(row -> withChildren(List.of(row), audience).get(0));
	}

	public List<PrioritySummary> priorities() {
		return jdbc.sql("select code, name from science_priority order by name")
			.query((rs, n) -> new PrioritySummary(rs.getString("code"), rs.getString("name")))
			.list();
	}

	private List<GrantSummary> withChildren(List<Row> rows, Audience audience) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<UUID> ids = rows.stream().map(Row::id).toList();
		Map<UUID, List<PrioritySummary>> priorities = PRIORITIES.byParent(jdbc, audience, "gp.grant_id", ids);
		Map<UUID, List<ReportSummary>> reports = REPORTS.byParent(jdbc, audience, "r.grant_id", ids);
		return rows.stream()
			.map(row -> row.summary(priorities.getOrDefault(row.id(), List.of()),
					reports.getOrDefault(row.id(), List.of())))
			.toList();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		String code = rs.getString("currency");
		Currency currency = code == null ? null : Currency.getInstance(code);
		return new Row(rs.getObject("id", UUID.class), new NationCode(rs.getString("partner")), rs.getString("ref"),
				rs.getString("title"), rs.getString("description"), GrantMechanism.valueOf(rs.getString("mechanism")),
				director(rs, "nato_director_"), director(rs, "partner_director_"),
				Amounts.money(rs.getBigDecimal("budget_amount"), currency),
				Amounts.money(rs.getBigDecimal("nato_share_amount"), currency),
				Amounts.money(rs.getBigDecimal("partner_share_amount"), currency),
				GrantStatus.valueOf(rs.getString("status")), PartialDate.parseOrNull(rs.getString("review_on")),
				PartialDate.parseOrNull(rs.getString("decided_on")), rs.getString("decision_reason"),
				PartialDate.parseOrNull(rs.getString("start_on")), PartialDate.parseOrNull(rs.getString("end_on")),
				rs.getBoolean("illustrative"), Releasability.valueOf(rs.getString("releasability")),
				rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"));
	}

	/** A co-director, or none when no source names one. */
	private static @Nullable GrantDirector director(ResultSet rs, String prefix) throws SQLException {
		String name = rs.getString(prefix + "name");
		return name == null ? null : new GrantDirector(name, rs.getString(prefix + "institution"),
				new NationCode(rs.getString(prefix + "nation")));
	}

	/** A grant's own columns, waiting for its priorities and reports. */
	private record Row(UUID id, NationCode partner, String ref, String title, @Nullable String description,
			GrantMechanism mechanism, @Nullable GrantDirector natoDirector, @Nullable GrantDirector partnerDirector,
			@Nullable Money budget, @Nullable Money natoShare, @Nullable Money partnerShare, GrantStatus status,
			@Nullable PartialDate reviewOn, @Nullable PartialDate decidedOn, @Nullable String decisionReason,
			@Nullable PartialDate start, @Nullable PartialDate end, boolean illustrative, Releasability releasability,
			Instant updatedAt, long version) {

		GrantSummary summary(List<PrioritySummary> priorities, List<ReportSummary> reports) {
			return new GrantSummary(id, partner, ref, title, description, mechanism, priorities, natoDirector,
					partnerDirector, budget, natoShare, partnerShare, status, reviewOn, decidedOn, decisionReason,
					start, end, illustrative, reports, releasability, updatedAt, version);
		}

	}

}
