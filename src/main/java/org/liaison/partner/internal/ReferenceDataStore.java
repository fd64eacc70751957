package org.liaison.partner.internal;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.partner.FrameworkData;
import org.liaison.partner.NationData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the nations and frameworks of the reference lists. A revision names the version
 * it was based on and changes the row only if it is still at that version, so that two
 * administrators never overwrite each other.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReferenceDataStore {

	private final JdbcClient jdbc;

	public void addNation(NationData data) {
		jdbc.sql("""
				insert into partner_nation (code, name, name_fr, article_fr, nato_member_since, version)
				values (:code, :name, :nameFr, :articleFr, :since, 0)""")
			.param("code", data.code())
			.param("name", data.name().strip())
			.param("nameFr", data.nameFr().strip())
			.param("articleFr", data.article())
			.param("since", data.natoMemberSince() == null ? null : data.natoMemberSince().toString())
			.update();
	}

	/**
	 * @return whether the nation was at that version (and so was changed)
	 */
	public boolean reviseNation(String code, long version, NationData data) {
		return jdbc.sql("""
				update partner_nation set name = :name, name_fr = :nameFr, article_fr = :articleFr,
				       nato_member_since = :since, version = version + 1
				where code = :code and version = :version""")
			.param("code", code)
			.param("version", version)
			.param("name", data.name().strip())
			.param("nameFr", data.nameFr().strip())
			.param("articleFr", data.article())
			.param("since", data.natoMemberSince() == null ? null : data.natoMemberSince().toString())
			.update() == 1;
	}

	public void addFramework(FrameworkData data) {
		jdbc.sql(
				"insert into partner_framework (code, name, name_fr, kind, version) values (:code, :name, :nameFr, :kind, 0)")
			.param("code", data.code())
			.param("name", data.name().strip())
			.param("nameFr", data.nameFr().strip())
			.param("kind", data.kind().name())
			.update();
	}

	/**
	 * @return whether the framework was at that version (and so was changed)
	 */
	public boolean reviseFramework(String code, long version, FrameworkData data) {
		return jdbc.sql("""
				update partner_framework set name = :name, name_fr = :nameFr, kind = :kind, version = version + 1
				where code = :code and version = :version""")
			.param("code", code)
			.param("version", version)
			.param("name", data.name().strip())
			.param("nameFr", data.nameFr().strip())
			.param("kind", data.kind().name())
			.update() == 1;
	}

}
