package org.liaison.partner.internal;

import java.util.List;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.partner.NationData;
import org.liaison.partner.NationSummary;
import org.liaison.shared.NationCode;
import org.liaison.shared.ReferenceList;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the nations of the reference list; they read as the module's other records do,
 * through {@link PartnerQueries}.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class NationStore implements ReferenceList.Store<NationData, NationSummary> {

	private final JdbcClient jdbc;

	private final PartnerQueries queries;

	@Override
	public List<NationSummary> all() {
		return queries.nations();
	}

	@Override
	public Optional<NationSummary> one(String code) {
		return queries.nation(NationCode.of(code));
	}

	@Override
	public void add(NationData data) {
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

	@Override
	public boolean revise(String code, long version, NationData data) {
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

}
