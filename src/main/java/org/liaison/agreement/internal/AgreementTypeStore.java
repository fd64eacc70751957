package org.liaison.agreement.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.agreement.AgreementTypeData;
import org.liaison.agreement.AgreementTypeSummary;
import org.liaison.shared.ReferenceList;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads and writes the reference list of agreement types. A type's code is its key, given
 * by the person who adds it, so a new type is always inserted, never saved over another.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AgreementTypeStore implements ReferenceList.Store<AgreementTypeData, AgreementTypeSummary> {

	private static final String COLUMNS = "select code, name, name_fr, version from agreement_type";

	private final JdbcClient jdbc;

	@Override
	public List<AgreementTypeSummary> all() {
		return jdbc.sql(COLUMNS + " order by name").query(AgreementTypeStore::type).list();
	}

	@Override
	public Optional<AgreementTypeSummary> one(String code) {
		return jdbc.sql(COLUMNS + " where code = :code").param("code", code).query(AgreementTypeStore::type).optional();
	}

	@Override
	public void add(AgreementTypeData data) {
		jdbc.sql("insert into agreement_type (code, name, name_fr, version) values (:code, :name, :nameFr, 0)")
			.param("code", data.code())
			.param("name", data.name().strip())
			.param("nameFr", data.nameFr().strip())
			.update();
	}

	@Override
	public boolean revise(String code, long version, AgreementTypeData data) {
		return jdbc.sql("""
				update agreement_type set name = :name, name_fr = :nameFr, version = version + 1
				where code = :code and version = :version""")
			.param("code", code)
			.param("version", version)
			.param("name", data.name().strip())
			.param("nameFr", data.nameFr().strip())
			.update() == 1;
	}

	private static AgreementTypeSummary type(ResultSet rs, int row) throws SQLException {
		return new AgreementTypeSummary(rs.getString("code"), rs.getString("name"), rs.getString("name_fr"),
				rs.getLong("version"));
	}

}
