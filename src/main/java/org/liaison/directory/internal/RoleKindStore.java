package org.liaison.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.directory.OrganisationKind;
import org.liaison.directory.RoleKindData;
import org.liaison.directory.RoleKindSummary;
import org.liaison.shared.ReferenceList;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads and writes the reference list of role kinds.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RoleKindStore implements ReferenceList.Store<RoleKindData, RoleKindSummary> {

	private static final String COLUMNS = """
			select code, name, name_fr, required_organisation_kind, one_at_a_time, milestone_kind, milestone_text,
			       version from directory_role_kind""";

	private final JdbcClient jdbc;

	@Override
	public List<RoleKindSummary> all() {
		return jdbc.sql(COLUMNS + " order by name").query(RoleKindStore::kind).list();
	}

	@Override
	public Optional<RoleKindSummary> one(String code) {
		return jdbc.sql(COLUMNS + " where code = :code").param("code", code).query(RoleKindStore::kind).optional();
	}

	@Override
	public void add(RoleKindData data) {
		jdbc.sql("""
				insert into directory_role_kind (code, name, name_fr, required_organisation_kind, one_at_a_time,
				                                 milestone_kind, milestone_text, version)
				values (:code, :name, :nameFr, :required, :oneAtATime, :milestoneKind, :milestoneText, 0)""")
			.param("code", data.code())
			.param("name", data.name().strip())
			.param("nameFr", data.nameFr().strip())
			.param("required", data.requiredOrganisationKind() == null ? null : data.requiredOrganisationKind().name())
			.param("oneAtATime", data.oneAtATime())
			.param("milestoneKind", data.milestoneKind().strip())
			.param("milestoneText", data.milestoneText().strip())
			.update();
	}

	@Override
	public boolean revise(String code, long version, RoleKindData data) {
		return jdbc
			.sql("""
					update directory_role_kind
					set name = :name, name_fr = :nameFr, required_organisation_kind = :required, one_at_a_time = :oneAtATime,
					    milestone_kind = :milestoneKind, milestone_text = :milestoneText, version = version + 1
					where code = :code and version = :version""")
			.param("code", code)
			.param("version", version)
			.param("name", data.name().strip())
			.param("nameFr", data.nameFr().strip())
			.param("required", data.requiredOrganisationKind() == null ? null : data.requiredOrganisationKind().name())
			.param("oneAtATime", data.oneAtATime())
			.param("milestoneKind", data.milestoneKind().strip())
			.param("milestoneText", data.milestoneText().strip())
			.update() == 1;
	}

	private static RoleKindSummary kind(ResultSet rs, int row) throws SQLException {
		String required = rs.getString("required_organisation_kind");
		return new RoleKindSummary(rs.getString("code"), rs.getString("name"), rs.getString("name_fr"),
				required == null ? null : OrganisationKind.valueOf(required), rs.getBoolean("one_at_a_time"),
				rs.getString("milestone_kind"), rs.getString("milestone_text"), rs.getLong("version"));
	}

}
