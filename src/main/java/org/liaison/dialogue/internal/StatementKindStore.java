package org.liaison.dialogue.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.dialogue.StatementKindData;
import org.liaison.dialogue.StatementKindSummary;
import org.liaison.shared.ReferenceList;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads and writes the reference list of statement kinds.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class StatementKindStore implements ReferenceList.Store<StatementKindData, StatementKindSummary> {

	private static final String COLUMNS = "select code, name, name_fr, names_participants, version"
			+ " from dialogue_statement_kind";

	private final JdbcClient jdbc;

	@Override
	public List<StatementKindSummary> all() {
		return jdbc.sql(COLUMNS + " order by name").query(StatementKindStore::kind).list();
	}

	@Override
	public Optional<StatementKindSummary> one(String code) {
		return jdbc.sql(COLUMNS + " where code = :code").param("code", code).query(StatementKindStore::kind).optional();
	}

	@Override
	public void add(StatementKindData data) {
		jdbc.sql("""
				insert into dialogue_statement_kind (code, name, name_fr, names_participants, version)
				values (:code, :name, :nameFr, :namesParticipants, 0)""")
			.param("code", data.code())
			.param("name", data.name().strip())
			.param("nameFr", data.nameFr().strip())
			.param("namesParticipants", data.namesParticipants())
			.update();
	}

	@Override
	public boolean revise(String code, long version, StatementKindData data) {
		return jdbc.sql("""
				update dialogue_statement_kind
				set name = :name, name_fr = :nameFr, names_participants = :namesParticipants, version = version + 1
				where code = :code and version = :version""")
			.param("code", code)
			.param("version", version)
			.param("name", data.name().strip())
			.param("nameFr", data.nameFr().strip())
			.param("namesParticipants", data.namesParticipants())
			.update() == 1;
	}

	private static StatementKindSummary kind(ResultSet rs, int row) throws SQLException {
		return new StatementKindSummary(rs.getString("code"), rs.getString("name"), rs.getString("name_fr"),
				rs.getBoolean("names_participants"), rs.getLong("version"));
	}

}
