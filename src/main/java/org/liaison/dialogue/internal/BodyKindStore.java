package org.liaison.dialogue.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.dialogue.BodyKindData;
import org.liaison.dialogue.BodyKindSummary;
import org.liaison.shared.ReferenceList;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads and writes the reference list of body kinds.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class BodyKindStore implements ReferenceList.Store<BodyKindData, BodyKindSummary> {

	private static final String COLUMNS = "select code, name, name_fr, version from dialogue_body_kind";

	private final JdbcClient jdbc;

	@Override
	public List<BodyKindSummary> all() {
		return jdbc.sql(COLUMNS + " order by name").query(BodyKindStore::kind).list();
	}

	@Override
	public Optional<BodyKindSummary> one(String code) {
		return jdbc.sql(COLUMNS + " where code = :code").param("code", code).query(BodyKindStore::kind).optional();
	}

	@Override
	public void add(BodyKindData data) {
		jdbc.sql("insert into dialogue_body_kind (code, name, name_fr, version) values (:code, :name, :nameFr, 0)")
			.param("code", data.code())
			.param("name", data.name().strip())
			.param("nameFr", data.nameFr().strip())
			.update();
	}

	@Override
	public boolean revise(String code, long version, BodyKindData data) {
		return jdbc.sql("""
				update dialogue_body_kind set name = :name, name_fr = :nameFr, version = version + 1
				where code = :code and version = :version""")
			.param("code", code)
			.param("version", version)
			.param("name", data.name().strip())
			.param("nameFr", data.nameFr().strip())
			.update() == 1;
	}

	private static BodyKindSummary kind(ResultSet rs, int row) throws SQLException {
		return new BodyKindSummary(rs.getString("code"), rs.getString("name"), rs.getString("name_fr"),
				rs.getLong("version"));
	}

}
