package org.liaison.partner.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.partner.FrameworkKind;
import org.liaison.partner.FrameworkSummary;
import org.liaison.partner.MembershipSummary;
import org.liaison.partner.NarrativeSection;
import org.liaison.partner.NarrativeSummary;
import org.liaison.partner.NarrativeVersionData;
import org.liaison.partner.NationSummary;
import org.liaison.partner.PartnerDetails;
import org.liaison.partner.ProfileVersionData;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;
import org.liaison.shared.VisibleRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The partner module's read model. Every query that returns partnership records applies
 * the reader's {@link Audience} in its WHERE clause.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PartnerQueries {

	private final JdbcClient jdbc;

	public List<NationSummary> nations() {
		return jdbc
			.sql("select code, name, name_fr, article_fr, nato_member_since, version from partner_nation order by name")
			.query(PartnerQueries::nation)
			.list();
	}

	/** The nations that have no partner profile yet: any of them may become a partner. */
	public List<NationSummary> nationsWithoutPartner() {
		return jdbc.sql("""
				select code, name, name_fr, article_fr, nato_member_since, version from partner_nation n
				where not exists (select 1 from partner_profile p where p.nation = n.code) order by name""")
			.query(PartnerQueries::nation)
			.list();
	}

	public Optional<NationSummary> nation(NationCode code) {
		return jdbc.sql(
				"select code, name, name_fr, article_fr, nato_member_since, version from partner_nation where code = :code")
			.param("code", code.value())
			.query(PartnerQueries::nation)
			.optional();
	}

	public List<FrameworkSummary> frameworks() {
		return jdbc.sql("select code, name, name_fr, kind, version from partner_framework order by name")
			.query(PartnerQueries::framework)
			.list();
	}

	public Optional<FrameworkSummary> framework(String code) {
		return jdbc.sql("select code, name, name_fr, kind, version from partner_framework where code = :code")
			.param("code", code)
			.query(PartnerQueries::framework)
			.optional();
	}

	private static FrameworkSummary framework(ResultSet rs, int row) throws SQLException {
		return new FrameworkSummary(rs.getString("code"), rs.getString("name"), rs.getString("name_fr"),
				FrameworkKind.valueOf(rs.getString("kind")), rs.getLong("version"));
	}

	public PageOf<PartnerDetails> partners(Audience audience, PageOf.Request page) {
		return PROFILES.page(jdbc, audience, "", Map.of(), page);
	}

	public Optional<PartnerDetails> profile(NationCode nation, Audience audience) {
		return PROFILES.one(jdbc, audience, "p.nation = :nation", Map.of("nation", nation.value()));
	}

	public List<MembershipSummary> memberships(NationCode partner, Audience audience) {
		return MEMBERSHIPS.list(jdbc, audience, "m.partner = :partner", Map.of("partner", partner.value()));
	}

	public Optional<MembershipSummary> membership(UUID id, Audience audience) {
		return MEMBERSHIPS.one(jdbc, audience, "m.id = :id", Map.of("id", id));
	}

	public List<NarrativeSummary> narratives(NationCode partner, Audience audience) {
		return NARRATIVES.list(jdbc, audience, "partner = :partner", Map.of("partner", partner.value()));
	}

	public Optional<NarrativeSummary> narrative(UUID id, Audience audience) {
		return NARRATIVES.one(jdbc, audience, "id = :id", Map.of("id", id));
	}

	/**
	 * The profile as it read on a day: the version then in effect, with the time that
	 * version was written; none if the profile had no version by then.
	 */
	public Optional<PartnerDetails> profileOn(NationCode nation, Audience audience, LocalDate day) {
		return profile(nation, audience).flatMap(current -> DatedVersions
			.on(PROFILE_VERSIONS.list(jdbc, audience, "p.nation = :nation", Map.of("nation", nation.value()))
				.stream()
				.map(Owned::version)
				.toList(), day)
			.map(v -> new PartnerDetails(current.id(), current.nation(), current.name(), v.summary(), v.policy(),
					v.aspirant(), current.releasability(), v.updatedAt(), v.effectiveFrom(), current.version())));
	}

	/**
	 * The narratives as they read on a day, each in the version then in effect; a
	 * narrative whose first version took effect later is left out.
	 */
	public List<NarrativeSummary> narrativesOn(NationCode partner, Audience audience, LocalDate day) {
		Map<UUID, List<NarrativeVersion>> versions = NARRATIVE_VERSIONS
			.list(jdbc, audience, "n.partner = :partner", Map.of("partner", partner.value()))
			.stream()
			.collect(Collectors.groupingBy(Owned::owner, Collectors.mapping(Owned::version, Collectors.toList())));
		return narratives(partner, audience).stream()
			.flatMap(n -> DatedVersions.on(versions.getOrDefault(n.id(), List.of()), day)
				.map(v -> new NarrativeSummary(n.id(), n.partner(), n.ref(), n.section(), v.heading(), v.body(),
						n.position(), n.releasability(), v.updatedAt(), v.effectiveFrom(), n.version()))
				.stream())
			.toList();
	}

	/**
	 * The days from which a version of the partner's profile or narratives took effect.
	 */
	public List<LocalDate> versionDays(NationCode partner, Audience audience) {
		Map<String, String> params = Map.of("partner", partner.value());
		return Stream
			.concat(PROFILE_VERSIONS.list(jdbc, audience, "p.nation = :partner", params).stream(),
					NARRATIVE_VERSIONS.list(jdbc, audience, "n.partner = :partner", params).stream())
			.map(owned -> owned.version().effectiveFrom())
			.filter(Objects::nonNull)
			.distinct()
			.sorted()
			.toList();
	}

	/**
	 * The versions of the partner's narratives before their latest, by narrative, in the
	 * order they took effect: what a dossier carries beside each latest version.
	 */
	public Map<UUID, List<NarrativeVersionData>> earlierNarrativeVersions(NationCode partner, Audience audience) {
		Map<UUID, List<NarrativeVersion>> versions = NARRATIVE_VERSIONS
			.list(jdbc, audience, "n.partner = :partner", Map.of("partner", partner.value()))
			.stream()
			.collect(Collectors.groupingBy(Owned::owner, Collectors.mapping(Owned::version, Collectors.toList())));
		Map<UUID, List<NarrativeVersionData>> earlier = new HashMap<>();
		versions.forEach((narrative, all) -> earlier.put(narrative,
				withoutLatest(all).stream()
					.map(v -> new NarrativeVersionData(v.effectiveFrom(), v.heading(), v.body(), v.updatedAt()))
					.toList()));
		return earlier;
	}

	/**
	 * The versions of the partner's profile before its latest, in the order they took
	 * effect.
	 */
	public List<ProfileVersionData> earlierProfileVersions(NationCode nation, Audience audience) {
		return withoutLatest(
				PROFILE_VERSIONS.list(jdbc, audience, "p.nation = :nation", Map.of("nation", nation.value()))
					.stream()
					.map(Owned::version)
					.toList())
			.stream()
			.map(v -> new ProfileVersionData(v.effectiveFrom(), v.summary(), v.policy(), v.aspirant(), v.updatedAt()))
			.toList();
	}

	private static <V extends DatedVersions.Version<?>> List<V> withoutLatest(List<V> versions) {
		List<V> sorted = versions.stream().sorted(DatedVersions.ORDER).toList();
		return sorted.isEmpty() ? sorted : sorted.subList(0, sorted.size() - 1);
	}

	/** A version with the id of the record it belongs to. */
	private record Owned<V>(UUID owner, V version) {
	}

	private static final VisibleRows<Owned<ProfileVersion>> PROFILE_VERSIONS = VisibleRows.of(
			"select v.profile as owner, v.effective_from, v.summary, v.policy, v.aspirant, v.updated_at",
			" from partner_profile_version v join partner_profile p on p.id = v.profile",
			audience -> audience.sqlCondition("p.nation", "p.releasability"), " order by v.effective_from",
			(rs, row) -> new Owned<>(rs.getObject("owner", UUID.class),
					new ProfileVersion(rs.getObject("effective_from", LocalDate.class), rs.getString("summary"),
							rs.getString("policy"), rs.getObject("aspirant", Boolean.class), instant(rs))));

	private static final VisibleRows<Owned<NarrativeVersion>> NARRATIVE_VERSIONS = VisibleRows.of(
			"select v.narrative as owner, v.effective_from, v.heading, v.body, v.updated_at",
			" from partner_narrative_version v join partner_narrative n on n.id = v.narrative",
			audience -> audience.sqlCondition("n.partner", "n.releasability"), " order by v.effective_from",
			(rs, row) -> new Owned<>(rs.getObject("owner", UUID.class),
					new NarrativeVersion(rs.getObject("effective_from", LocalDate.class), rs.getString("heading"),
							rs.getString("body"), instant(rs))));

	private static final VisibleRows<PartnerDetails> PROFILES = VisibleRows.of("""
			select p.id, p.nation, n.name, p.summary, p.policy, p.aspirant, p.releasability, p.updated_at,
			       p.effective_from, p.version""", " from partner_profile p join partner_nation n on n.code = p.nation",
			audience -> audience.sqlCondition("p.nation", "p.releasability"), " order by n.name",
			PartnerQueries::profile);

	private static final VisibleRows<MembershipSummary> MEMBERSHIPS = VisibleRows.of(
			"""
					select m.id, m.partner, m.ref, m.framework, f.name as framework_name, m.since, m.until, m.note, m.milestone_text,
					       m.releasability, m.updated_at, m.version""",
			" from partner_membership m join partner_framework f on f.code = m.framework",
			audience -> audience.sqlCondition("m.partner", "m.releasability"), " order by m.since, f.name",
			PartnerQueries::membership);

	private static final VisibleRows<NarrativeSummary> NARRATIVES = VisibleRows
		.of("""
				select id, partner, ref, section, heading, body, position, releasability, updated_at, effective_from, version""",
				" from partner_narrative", audience -> audience.sqlCondition("partner", "releasability"),
				" order by section, position, ref", PartnerQueries::narrative);

	private static NationSummary nation(ResultSet rs, int row) throws SQLException {
		return new NationSummary(new NationCode(rs.getString("code")), rs.getString("name"), rs.getString("name_fr"),
				rs.getString("article_fr"), PartialDate.parseOrNull(rs.getString("nato_member_since")),
				rs.getLong("version"));
	}

	private static PartnerDetails profile(ResultSet rs, int row) throws SQLException {
		return new PartnerDetails(rs.getObject("id", UUID.class), new NationCode(rs.getString("nation")),
				rs.getString("name"), rs.getString("summary"), rs.getString("policy"),
				rs.getObject("aspirant", Boolean.class), Releasability.valueOf(rs.getString("releasability")),
				instant(rs), rs.getObject("effective_from", LocalDate.class), rs.getLong("version"));
	}

	private static MembershipSummary membership(ResultSet rs, int row) throws SQLException {
		return new MembershipSummary(rs.getObject("id", UUID.class), new NationCode(rs.getString("partner")),
				rs.getString("ref"), rs.getString("framework"), rs.getString("framework_name"),
				PartialDate.parseOrNull(rs.getString("since")), PartialDate.parseOrNull(rs.getString("until")),
				rs.getString("note"), rs.getString("milestone_text"),
				Releasability.valueOf(rs.getString("releasability")), instant(rs), rs.getLong("version"));
	}

	private static NarrativeSummary narrative(ResultSet rs, int row) throws SQLException {
		return new NarrativeSummary(rs.getObject("id", UUID.class), new NationCode(rs.getString("partner")),
				rs.getString("ref"), NarrativeSection.valueOf(rs.getString("section")), rs.getString("heading"),
				rs.getString("body"), rs.getInt("position"), Releasability.valueOf(rs.getString("releasability")),
				instant(rs), rs.getObject("effective_from", LocalDate.class), rs.getLong("version"));
	}

	private static java.time.Instant instant(ResultSet rs) throws SQLException {
		Timestamp timestamp = rs.getTimestamp("updated_at");
		return timestamp.toInstant();
	}

}
