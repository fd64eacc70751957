package org.liaison.dialogue.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.dialogue.BodySummary;
import org.liaison.dialogue.StatementSummary;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;
import org.liaison.shared.VisibleRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dialogue module's read model. Every query applies the reader's {@link Audience} in
 * its WHERE clause, so a hidden body or statement is never selected, counted or paged
 * over.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DialogueQueries {

	private final JdbcClient jdbc;

	public List<BodySummary> bodies(NationCode partner, Audience audience) {
		return BODIES.list(jdbc, audience, "b.partner = :partner", Map.of("partner", partner.value()));
	}

	public Optional<BodySummary> body(UUID id, Audience audience) {
		return BODIES.one(jdbc, audience, "b.id = :id", Map.of("id", id));
	}

	public PageOf<StatementSummary> statements(NationCode partner, Audience audience, PageOf.Request page) {
		return STATEMENTS.page(jdbc, audience, "s.partner = :partner", Map.of("partner", partner.value()), page);
	}

	public List<StatementSummary> allStatements(NationCode partner, Audience audience) {
		return STATEMENTS.list(jdbc, audience, "s.partner = :partner", Map.of("partner", partner.value()));
	}

	public Optional<StatementSummary> statement(UUID id, Audience audience) {
		return STATEMENTS.one(jdbc, audience, "s.id = :id", Map.of("id", id));
	}

	private static String visible(Audience audience) {
		return audience.sqlCondition("partner", "releasability");
	}

	private static final VisibleRows<BodySummary> BODIES = VisibleRows.of("""
			select b.id, b.partner, b.ref, b.name, b.short_name, b.purpose, b.basis, b.members, b.established,
			       b.dissolved, b.milestone_text, b.releasability, b.updated_at, b.version, b.kind,
			       k.name as kind_name, k.name_fr as kind_name_fr""",
			" from dialogue_body b left join dialogue_body_kind k on k.code = b.kind",
			audience -> audience.sqlCondition("b.partner", "b.releasability"), " order by b.established, b.name",
			DialogueQueries::body);

	// The ISO text of a partial date sorts as the date; ref breaks ties so that pages
	// never overlap or skip a row.
	private static final VisibleRows<StatementSummary> STATEMENTS = VisibleRows.of("""
			select s.id, s.partner, s.ref, s.kind, k.name as kind_name, k.name_fr as kind_name_fr,
			       k.names_participants, s.title, s.speaker, s.date, s.place, s.quote, s.summary, s.source,
			       s.releasability, s.updated_at, s.version""",
			" from dialogue_statement s join dialogue_statement_kind k on k.code = s.kind",
			audience -> audience.sqlCondition("s.partner", "s.releasability"), " order by s.date desc, s.ref",
			DialogueQueries::statement);

	private static BodySummary body(ResultSet rs, int row) throws SQLException {
		return new BodySummary(rs.getObject("id", UUID.class), new NationCode(rs.getString("partner")),
				rs.getString("ref"), rs.getString("name"), rs.getString("short_name"), rs.getString("purpose"),
				rs.getString("basis"), rs.getString("members"), PartialDate.parseOrNull(rs.getString("established")),
				PartialDate.parseOrNull(rs.getString("dissolved")), rs.getString("milestone_text"),
				Releasability.valueOf(rs.getString("releasability")), instant(rs), rs.getLong("version"),
				rs.getString("kind"), rs.getString("kind_name"), rs.getString("kind_name_fr"));
	}

	private static StatementSummary statement(ResultSet rs, int row) throws SQLException {
		return new StatementSummary(rs.getObject("id", UUID.class), new NationCode(rs.getString("partner")),
				rs.getString("ref"), rs.getString("kind"), rs.getString("kind_name"), rs.getString("kind_name_fr"),
				rs.getBoolean("names_participants"), rs.getString("title"), rs.getString("speaker"),
				PartialDate.parse(rs.getString("date")), rs.getString("place"), rs.getString("quote"),
				rs.getString("summary"), rs.getString("source"), Releasability.valueOf(rs.getString("releasability")),
				instant(rs), rs.getLong("version"));
	}

	private static Instant instant(ResultSet rs) throws SQLException {
		return rs.getTimestamp("updated_at").toInstant();
	}

}
