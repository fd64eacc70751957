package org.liaison.agreement.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.agreement.AgreementParty;
import org.liaison.agreement.AgreementStatus;
import org.liaison.agreement.AgreementSummary;
import org.liaison.agreement.AgreementTypeSummary;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The agreement module's read model. Every query that returns agreements or their parties
 * applies the reader's {@link Audience} in its WHERE clause, and the parties of a list
 * come in one query for the whole list.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AgreementQueries {

	private static final String SELECT = """
			select a.id, a.partner, a.ref, a.type_code, t.name as type_name, a.title, a.description, a.status,
			       a.submitted_on, a.agreed_on, a.in_force_on, a.ended_on, a.milestone_text, a.releasability,
			       a.updated_at, a.version
			from agreement a join agreement_type t on t.code = a.type_code""";

	// Dates are kept in lifecycle order, so the first one present is the earliest; drafts
	// last.
	private static final String ORDER = " order by coalesce(a.submitted_on, a.agreed_on, a.in_force_on, a.ended_on)"
			+ " nulls last, a.title, a.id";

	private final JdbcClient jdbc;

	public PageOf<AgreementSummary> agreements(NationCode partner, Audience audience, PageOf.Request page) {
		String where = " where a.partner = :partner and " + audience.sqlCondition("a.partner", "a.releasability");
		long total = jdbc.sql("select count(*) from agreement a" + where)
			.params(audience.sqlParameters())
			.param("partner", partner.value())
			.query(Long.class)
			.single();
		List<Row> rows = jdbc.sql(SELECT + where + ORDER + " limit :limit offset :offset")
			.params(audience.sqlParameters())
			.param("partner", partner.value())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(AgreementQueries::row)
			.list();
		return new PageOf<>(withParties(rows, audience), page.page(), page.size(), total);
	}

	public List<AgreementSummary> allAgreements(NationCode partner, Audience audience) {
		List<Row> rows = jdbc
			.sql(SELECT + " where a.partner = :partner and " + audience.sqlCondition("a.partner", "a.releasability")
					+ ORDER)
			.params(audience.sqlParameters())
			.param("partner", partner.value())
			.query(AgreementQueries::row)
			.list();
		return withParties(rows, audience);
	}

	public Optional<AgreementSummary> agreement(UUID id, Audience audience) {
		List<Row> rows = jdbc
			.sql(SELECT + " where a.id = :id and " + audience.sqlCondition("a.partner", "a.releasability"))
			.params(audience.sqlParameters())
			.param("id", id)
			.query(AgreementQueries::row)
			.list();
		return withParties(rows, audience).stream().findFirst();
	}

	public List<AgreementSummary> agreements(Collection<UUID> ids, Audience audience) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<Row> rows = jdbc
			.sql(SELECT + " where a.id in (:ids) and " + audience.sqlCondition("a.partner", "a.releasability") + ORDER)
			.params(audience.sqlParameters())
			.param("ids", ids)
			.query(AgreementQueries::row)
			.list();
		return withParties(rows, audience);
	}

	public List<AgreementTypeSummary> types() {
		return jdbc.sql("select code, name from agreement_type order by name")
			.query((rs, n) -> new AgreementTypeSummary(rs.getString("code"), rs.getString("name")))
			.list();
	}

	public Optional<AgreementTypeSummary> type(String code) {
		return jdbc.sql("select code, name from agreement_type where code = :code")
			.param("code", code)
			.query((rs, n) -> new AgreementTypeSummary(rs.getString("code"), rs.getString("name")))
			.optional();
	}

	private List<AgreementSummary> withParties(List<Row> rows, Audience audience) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<AgreementParty>> parties = new LinkedHashMap<>();
		jdbc.sql("""
				select p.agreement, p.name, p.nation
				from agreement_party p join agreement a on a.id = p.agreement
				where p.agreement in (:ids) and %s
				order by p.agreement, p.position""".formatted(audience.sqlCondition("a.partner", "a.releasability")))
			.params(audience.sqlParameters())
			.param("ids", rows.stream().map(Row::id).toList())
			.query(rs -> {
				String nation = rs.getString("nation");
				parties.computeIfAbsent(rs.getObject("agreement", UUID.class), id -> new ArrayList<>())
					.add(new AgreementParty(rs.getString("name"), nation == null ? null : new NationCode(nation)));
			});
		return rows.stream().map(row -> row.summary(parties.getOrDefault(row.id(), List.of()))).toList();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), new NationCode(rs.getString("partner")), rs.getString("ref"),
				rs.getString("type_code"), rs.getString("type_name"), rs.getString("title"),
				rs.getString("description"), AgreementStatus.valueOf(rs.getString("status")),
				PartialDate.parseOrNull(rs.getString("submitted_on")),
				PartialDate.parseOrNull(rs.getString("agreed_on")),
				PartialDate.parseOrNull(rs.getString("in_force_on")), PartialDate.parseOrNull(rs.getString("ended_on")),
				rs.getString("milestone_text"), Releasability.valueOf(rs.getString("releasability")),
				rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"));
	}

	/** An agreement's own columns, waiting for its parties. */
	private record Row(UUID id, NationCode partner, String ref, String type, String typeName, String title,
			String description, AgreementStatus status, PartialDate submittedOn, PartialDate agreedOn,
			PartialDate inForceOn, PartialDate endedOn, String milestoneText, Releasability releasability,
			java.time.Instant updatedAt, long version) {

		AgreementSummary summary(List<AgreementParty> parties) {
			return new AgreementSummary(id, partner, ref, type, typeName, title, description, status, submittedOn,
					agreedOn, inForceOn, endedOn, milestoneText, parties, releasability, updatedAt, version);
		}

	}

}
