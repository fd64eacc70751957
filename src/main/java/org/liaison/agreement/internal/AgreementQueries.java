package org.liaison.agreement.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;
import org.liaison.shared.VisibleRows;
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

	// Dates are kept in lifecycle order, so the first one present is the earliest; drafts
	// last.
	private static final VisibleRows<Row> AGREEMENTS = VisibleRows.of(
			"""
					select a.id, a.partner, a.ref, a.type_code, t.name as type_name, t.name_fr as type_name_fr, a.title, a.description, a.status,
					       a.submitted_on, a.agreed_on, a.in_force_on, a.ended_on, a.submitted_text, a.agreed_text,
					       a.in_force_text, a.ended_text, a.releasability,
					       a.updated_at, a.version""",
			" from agreement a join agreement_type t on t.code = a.type_code", AgreementQueries::visible,
			" order by coalesce(a.submitted_on, a.agreed_on, a.in_force_on, a.ended_on) nulls last, a.title, a.id",
			AgreementQueries::row);

	private static final VisibleRows<AgreementParty> PARTIES = VisibleRows.of("select p.agreement, p.name, p.nation",
			" from agreement_party p join agreement a on a.id = p.agreement", AgreementQueries::visible,
			" order by p.agreement, p.position", (rs, n) -> {
				String nation = rs.getString("nation");
				return new AgreementParty(rs.getString("name"), nation == null ? null : new NationCode(nation));
			});

	private final JdbcClient jdbc;

	private static String visible(Audience audience) {
		return audience.sqlCondition("a.partner", "a.releasability");
	}

	public PageOf<AgreementSummary> agreements(NationCode partner, Audience audience, PageOf.Request page) {
		return AGREEMENTS.page(jdbc, audience, "a.partner = :partner", Map.of("partner", partner.value()), page,
				rows -> withParties(rows, audience));
	}

	public List<AgreementSummary> allAgreements(NationCode partner, Audience audience) {
		return withParties(AGREEMENTS.list(jdbc, audience, "a.partner = :partner", Map.of("partner", partner.value())),
				audience);
	}

	public Optional<AgreementSummary> agreement(UUID id, Audience audience) {
		return AGREEMENTS.one(jdbc, audience, "a.id = :id", Map.of("id", id))
			.map(row -> withParties(List.of(row), audience).get(0));
	}

	public List<AgreementSummary> agreements(Collection<UUID> ids, Audience audience) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return withParties(AGREEMENTS.list(jdbc, audience, "a.id in (:ids)", Map.of("ids", ids)), audience);
	}

	private List<AgreementSummary> withParties(List<Row> rows, Audience audience) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<AgreementParty>> parties = PARTIES.byParent(jdbc, audience, "p.agreement",
				rows.stream().map(Row::id).toList());
		return rows.stream().map(row -> row.summary(parties.getOrDefault(row.id(), List.of()))).toList();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), new NationCode(rs.getString("partner")), rs.getString("ref"),
				rs.getString("type_code"), rs.getString("type_name"), rs.getString("type_name_fr"),
				rs.getString("title"), rs.getString("description"), AgreementStatus.valueOf(rs.getString("status")),
				PartialDate.parseOrNull(rs.getString("submitted_on")),
				PartialDate.parseOrNull(rs.getString("agreed_on")),
				PartialDate.parseOrNull(rs.getString("in_force_on")), PartialDate.parseOrNull(rs.getString("ended_on")),
				rs.getString("submitted_text"), rs.getString("agreed_text"), rs.getString("in_force_text"),
				rs.getString("ended_text"), Releasability.valueOf(rs.getString("releasability")),
				rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"));
	}

	/** An agreement's own columns, waiting for its parties. */
	private record Row(UUID id, NationCode partner, String ref, String type, String typeName, String typeNameFr,
			String title, String description, AgreementStatus status, PartialDate submittedOn, PartialDate agreedOn,
			PartialDate inForceOn, PartialDate endedOn, String submittedText, String agreedText, String inForceText,
			String endedText, Releasability releasability, java.time.Instant updatedAt, long version) {

		AgreementSummary summary(List<AgreementParty> parties) {
			return new AgreementSummary(id, partner, ref, type, typeName, typeNameFr, title, description, status,
					submittedOn, agreedOn, inForceOn, endedOn, submittedText, agreedText, inForceText, endedText,
					parties, releasability, updatedAt, version);
		}

	}

}
