package org.liaison.plan.internal;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.plan.PlanTypeData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the reference list of plan types. A revision names the version it was based on
 * and changes the type only if it is still at that version, so that two administrators
 * never overwrite each other.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PlanTypeStore {

	private final JdbcClient jdbc;

	public void add(PlanTypeData data) {
		jdbc.sql("insert into plan_type (code, name, name_fr, version) values (:code, :name, :nameFr, 0)")
			.param("code", data.code())
			.param("name", data.name().strip())
			.param("nameFr", data.nameFr().strip())
			.update();
		writeLevels(data);
	}

	/**
	 * @return whether the type was at that version (and so was changed)
	 */
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
