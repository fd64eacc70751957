package org.liaison.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.directory.OrganisationKind;
import org.liaison.directory.OrganisationSummary;
import org.liaison.directory.RoleKind;
import org.liaison.directory.RoleSummary;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.PagedQuery;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The directory's read model. Every query applies the reader's {@link Audience} in its
 * WHERE clause: an organisation is read against its own nation, and a role only shows
 * when both the role and the organisation it names may be seen, so a role never reveals a
 * hidden organisation.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DirectoryQueries {

	private final JdbcClient jdbc;

	public PageOf<OrganisationSummary> organisations(Audience audience, @Nullable String query, PageOf.Request page) {
		String where = organisationCondition(audience);
		String pattern = null;
		if (query != null && !query.isBlank()) {
			where += " and (lower(o.name) like :q escape '\\' or lower(o.short_name) like :q escape '\\')";
			pattern = "%" + escapeLike(query.strip().toLowerCase(Locale.ROOT)) + "%";
		}
		Map<String, Object> params = new HashMap<>(audience.sqlParameters());
		if (pattern != null) {
			params.put("q", pattern);
		}
		return PagedQuery
			.of(jdbc, ORGANISATION_COLUMNS, ORGANISATION_FROM + " where " + where, " order by o.name, o.ref")
			.params(params)
			.page(page, DirectoryQueries::organisation);
	}

	public List<OrganisationSummary> allOrganisations(Audience audience) {
		return jdbc.sql(ORGANISATION_SELECT + " where " + organisationCondition(audience) + " order by o.name, o.ref")
			.params(audience.sqlParameters())
			.query(DirectoryQueries::organisation)
			.list();
	}

	public Optional<OrganisationSummary> organisation(UUID id, Audience audience) {
		return jdbc.sql(ORGANISATION_SELECT + " where o.id = :id and " + organisationCondition(audience))
			.params(audience.sqlParameters())
			.param("id", id)
			.query(DirectoryQueries::organisation)
			.optional();
	}

	public Optional<OrganisationSummary> organisationByRef(String ref, Audience audience) {
		return jdbc.sql(ORGANISATION_SELECT + " where o.ref = :ref and " + organisationCondition(audience))
			.params(audience.sqlParameters())
			.param("ref", ref)
			.query(DirectoryQueries::organisation)
			.optional();
	}

	public List<RoleSummary> roles(NationCode partner, Audience audience) {
		return jdbc
			.sql(ROLE_SELECT + " where r.partner = :partner and " + roleCondition(audience)
					+ " order by r.valid_from nulls last, r.kind, o.name")
			.params(audience.sqlParameters())
			.param("partner", partner.value())
			.query(DirectoryQueries::role)
			.list();
	}

	public Optional<RoleSummary> role(UUID id, Audience audience) {
		return jdbc.sql(ROLE_SELECT + " where r.id = :id and " + roleCondition(audience))
			.params(audience.sqlParameters())
			.param("id", id)
			.query(DirectoryQueries::role)
			.optional();
	}

	private static String organisationCondition(Audience audience) {
		return audience.sqlCondition("o.nation", "o.releasability");
	}

	private static String roleCondition(Audience audience) {
		return audience.sqlCondition("r.partner", "r.releasability") + " and "
				+ audience.sqlCondition("o.nation", "o.releasability");
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static final String ORGANISATION_COLUMNS = """
			select o.id, o.ref, o.name, o.short_name, o.kind, o.nation, o.city, o.description, o.releasability,
			       o.updated_at, o.version""";

	private static final String ORGANISATION_FROM = " from directory_organisation o";

	private static final String ORGANISATION_SELECT = ORGANISATION_COLUMNS + ORGANISATION_FROM;

	private static final String ROLE_SELECT = """
			select r.id, r.partner, r.ref, r.organisation_id, o.ref as organisation_ref, o.name as organisation_name,
			       o.kind as organisation_kind, o.nation as organisation_nation, o.city as organisation_city, r.kind,
			       r.valid_from, r.valid_until, r.tasks, r.milestone_text, r.releasability, r.updated_at, r.version
			from directory_role r join directory_organisation o on o.id = r.organisation_id""";

	private static OrganisationSummary organisation(ResultSet rs, int row) throws SQLException {
		return new OrganisationSummary(rs.getObject("id", UUID.class), rs.getString("ref"), rs.getString("name"),
				rs.getString("short_name"), OrganisationKind.valueOf(rs.getString("kind")),
				nationOrNull(rs.getString("nation")), rs.getString("city"), rs.getString("description"),
				Releasability.valueOf(rs.getString("releasability")), instant(rs), rs.getLong("version"));
	}

	private static RoleSummary role(ResultSet rs, int row) throws SQLException {
		return new RoleSummary(rs.getObject("id", UUID.class), new NationCode(rs.getString("partner")),
				rs.getString("ref"), rs.getObject("organisation_id", UUID.class), rs.getString("organisation_ref"),
				rs.getString("organisation_name"), OrganisationKind.valueOf(rs.getString("organisation_kind")),
				nationOrNull(rs.getString("organisation_nation")), rs.getString("organisation_city"),
				RoleKind.valueOf(rs.getString("kind")), PartialDate.parseOrNull(rs.getString("valid_from")),
				PartialDate.parseOrNull(rs.getString("valid_until")), rs.getString("tasks"),
				rs.getString("milestone_text"), Releasability.valueOf(rs.getString("releasability")), instant(rs),
				rs.getLong("version"));
	}

	private static @Nullable NationCode nationOrNull(@Nullable String code) {
		return code == null ? null : new NationCode(code);
	}

	private static Instant instant(ResultSet rs) throws SQLException {
		return rs.getTimestamp("updated_at").toInstant();
	}

}
