package org.liaison.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.directory.FormerName;
import org.liaison.directory.OrganisationKind;
import org.liaison.directory.OrganisationSummary;
import org.liaison.directory.RoleSummary;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;
import org.liaison.shared.VisibleRows;
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
		if (query == null || query.isBlank()) {
			return named(ORGANISATIONS.page(jdbc, audience, "", Map.of(), page));
		}
		String pattern = "%" + escapeLike(query.strip().toLowerCase(Locale.ROOT)) + "%";
		// An organisation is found by the names it had too: NAMSA finds the NSPA.
		return named(ORGANISATIONS.page(jdbc, audience, """
				(lower(o.name) like :q escape '\\' or lower(o.short_name) like :q escape '\\'
				 or exists (select 1 from directory_organisation_former_name f where f.organisation = o.id
				            and (lower(f.name) like :q escape '\\' or lower(f.short_name) like :q escape '\\')))""",
				Map.of("q", pattern), page));
	}

	public List<OrganisationSummary> allOrganisations(Audience audience) {
		Map<UUID, List<FormerName>> names = formerNames("", Map.of());
		return ORGANISATIONS.list(jdbc, audience).stream().map(o -> named(o, names)).toList();
	}

	public Optional<OrganisationSummary> organisation(UUID id, Audience audience) {
		return ORGANISATIONS.one(jdbc, audience, "o.id = :id", Map.of("id", id)).map(this::named);
	}

	public Optional<OrganisationSummary> organisationByRef(String ref, Audience audience) {
		return ORGANISATIONS.one(jdbc, audience, "o.ref = :ref", Map.of("ref", ref)).map(this::named);
	}

	private PageOf<OrganisationSummary> named(PageOf<OrganisationSummary> page) {
		if (page.items().isEmpty()) {
			return page;
		}
		Map<UUID, List<FormerName>> names = formerNames(" where organisation in (:ids)",
				Map.of("ids", page.items().stream().map(OrganisationSummary::id).toList()));
		return page.map(o -> named(o, names));
	}

	private OrganisationSummary named(OrganisationSummary organisation) {
		return named(organisation, formerNames(" where organisation = :id", Map.of("id", organisation.id())));
	}

	private static OrganisationSummary named(OrganisationSummary o, Map<UUID, List<FormerName>> names) {
		List<FormerName> former = names.get(o.id());
		return former == null ? o : new OrganisationSummary(o.id(), o.ref(), o.name(), o.shortName(), o.kind(),
				o.nation(), o.city(), o.description(), o.releasability(), o.updatedAt(), o.version(), former);
	}

	/** Former names by organisation, each list in the order the names ended. */
	private Map<UUID, List<FormerName>> formerNames(String where, Map<String, ?> params) {
		Map<UUID, List<FormerName>> names = new HashMap<>();
		jdbc.sql("select organisation, name, short_name, ended_on from directory_organisation_former_name" + where)
			.params(params)
			.query((rs, row) -> names.computeIfAbsent(rs.getObject("organisation", UUID.class), k -> new ArrayList<>())
				.add(new FormerName(rs.getString("name"), rs.getString("short_name"),
						PartialDate.parse(rs.getString("ended_on")))))
			.list();
		names.values().forEach(list -> list.sort(Comparator.comparing(f -> f.endedOn().firstDay())));
		return names;
	}

	public List<RoleSummary> roles(NationCode partner, Audience audience) {
		return ROLES.list(jdbc, audience, "r.partner = :partner", Map.of("partner", partner.value()));
	}

	public Optional<RoleSummary> role(UUID id, Audience audience) {
		return ROLES.one(jdbc, audience, "r.id = :id", Map.of("id", id));
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static final VisibleRows<OrganisationSummary> ORGANISATIONS = VisibleRows.of("""
			select o.id, o.ref, o.name, o.short_name, o.kind, o.nation, o.city, o.description, o.releasability,
			       o.updated_at, o.version""", " from directory_organisation o",
			audience -> audience.sqlCondition("o.nation", "o.releasability"), " order by o.name, o.ref",
			DirectoryQueries::organisation);

	// A role shows only with its organisation, so that it never reveals a hidden one.
	private static final VisibleRows<RoleSummary> ROLES = VisibleRows
		.of("""
				select r.id, r.partner, r.ref, r.organisation_id, o.ref as organisation_ref, o.name as organisation_name,
				       o.kind as organisation_kind, o.nation as organisation_nation, o.city as organisation_city, r.kind,
				       k.name as kind_name, k.name_fr as kind_name_fr, r.valid_from, r.valid_until, r.tasks, r.milestone_text, r.releasability, r.updated_at, r.version""",
				" from directory_role r join directory_organisation o on o.id = r.organisation_id"
						+ " join directory_role_kind k on k.code = r.kind",
				audience -> audience.sqlCondition("r.partner", "r.releasability") + " and "
						+ audience.sqlCondition("o.nation", "o.releasability"),
				" order by r.valid_from nulls last, r.kind, o.name", DirectoryQueries::role);

	private static OrganisationSummary organisation(ResultSet rs, int row) throws SQLException {
		return new OrganisationSummary(rs.getObject("id", UUID.class), rs.getString("ref"), rs.getString("name"),
				rs.getString("short_name"), OrganisationKind.valueOf(rs.getString("kind")),
				nationOrNull(rs.getString("nation")), rs.getString("city"), rs.getString("description"),
				Releasability.valueOf(rs.getString("releasability")), instant(rs), rs.getLong("version"), List.of());
	}

	private static RoleSummary role(ResultSet rs, int row) throws SQLException {
		return new RoleSummary(rs.getObject("id", UUID.class), new NationCode(rs.getString("partner")),
				rs.getString("ref"), rs.getObject("organisation_id", UUID.class), rs.getString("organisation_ref"),
				rs.getString("organisation_name"), OrganisationKind.valueOf(rs.getString("organisation_kind")),
				nationOrNull(rs.getString("organisation_nation")), rs.getString("organisation_city"),
				rs.getString("kind"), rs.getString("kind_name"), rs.getString("kind_name_fr"),
				PartialDate.parseOrNull(rs.getString("valid_from")),
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
