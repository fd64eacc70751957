package org.liaison.partner.internal;

import java.util.List;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.partner.FrameworkData;
import org.liaison.partner.FrameworkSummary;
import org.liaison.shared.ReferenceList;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the frameworks and programmes of the reference list; they read as the module's
 * other records do, through {@link PartnerQueries}.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FrameworkStore implements ReferenceList.Store<FrameworkData, FrameworkSummary> {

	private final JdbcClient jdbc;

	private final PartnerQueries queries;

	@Override
	public List<FrameworkSummary> all() {
		return queries.frameworks();
	}

	@Override
	public Optional<FrameworkSummary> one(String code) {
		return queries.framework(code);
	}

	@Override
	public void add(FrameworkData data) {
		jdbc.sql(
				"insert into partner_framework (code, name, name_fr, kind, version) values (:code, :name, :nameFr, :kind, 0)")
			.param("code", data.code())
			.param("name", data.name().strip())
			.param("nameFr", data.nameFr().strip())
			.param("kind", data.kind().name())
			.update();
	}

	@Override
	public boolean revise(String code, long version, FrameworkData data) {
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
