package org.liaison.plan.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.plan.PlanTypeData;
import org.liaison.plan.PlanTypeSummary;
import org.liaison.shared.ReferenceList;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads and writes the reference list of plan types with the levels of their trees. A
 * revision writes the levels again only when the type was at the version it was based on.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PlanTypeStore implements ReferenceList.Store<PlanTypeData, PlanTypeSummary> {

	private final JdbcClient jdbc;

	@Override
	public List<PlanTypeSummary> all() {
		Map<String, List<String>> levels = new HashMap<>();
		jdbc.sql("select plan_type, name from plan_type_level order by plan_type, position").query(rs -> {
			levels.computeIfAbsent(rs.getString("plan_type"), k -> new ArrayList<>()).add(rs.getString("name"));
		});
		return jdbc.sql("select code, name, name_fr, version from plan_type order by code")
			.query((rs, n) -> new PlanTypeSummary(rs.getString("code"), rs.getString("name"), rs.getString("name_fr"),
					levels.getOrDefault(rs.getString("code"), List.of()), rs.getLong("version")))
			.list();
	}

	@Override
	public Optional<PlanTypeSummary> one(String code) {
		List<String> levels = jdbc.sql("select name from plan_type_level where plan_type = :code order by position")
			.param("code", code)
			.query(String.class)
			.list();
		return jdbc.sql("select code, name, name_fr, version from plan_type where code = :code")
			.param("code", code)
			.query((rs, n) -> new PlanTypeSummary(rs.getString("code"), rs.getString("name"), rs.getString("name_fr"),
					levels, rs.getLong("version")))
			.optional();
	}

	@Override
	public void add(PlanTypeData data) {
		jdbc.sql("insert into plan_type (code, name, name_fr, version) values (:code, :name, :nameFr, 0)")
			.param("code", data.code())
			.param("name", data.name().strip())
			.param("nameFr", data.nameFr().strip())
			.update();
		writeLevels(data);
	}

	@Override
	public boolean revise(String code, long version, PlanTypeData data) {
		boolean current = jdbc.sql("""
				update plan_type set name = :name, name_fr = :nameFr, version = version + 1
				where code = :code and version = :version""")
			.param("code", code)
			.param("version", version)
			.param("name", data.name().strip())
			.param("nameFr", data.nameFr().strip())
			.update() == 1;
		if (current) {
			jdbc.sql("delete from plan_type_level where plan_type = :code").param("code", code).update();
			writeLevels(data);
		}
		return current;
	}

	private void writeLevels(PlanTypeData data) {
		for (int i = 0; i < data.levels().size(); i++) {
			jdbc.sql("insert into plan_type_level (plan_type, position, name) values (:type, :position, :name)")
				.param("type", data.code())
				.param("position", i)
				.param("name", data.levels().get(i).strip())
				.update();
		}
	}

}
