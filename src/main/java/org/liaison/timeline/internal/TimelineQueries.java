package org.liaison.timeline.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;
import org.liaison.shared.VisibleRows;
import org.liaison.timeline.MilestoneSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The timeline's read model; every query applies the reader's audience.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TimelineQueries {

	private static final String COLUMNS = """
			select id, partner, ref, date, text, derived, source_type, source_id, releasability, updated_at, version""";

	private static final String FROM = " from timeline_milestone";

	// A year sorts before the months in it because the ISO form of a partial date is a
	// prefix of every more precise date within it; on one date, a record's milestones
	// keep the order the record gives them (an agreement submitted before it is agreed).
	// The id last, so that milestones alike in all else keep their places from one page
	// to the next.
	private static final String ORDER = " order by date, derived, source_position, source_kind, text, id";

	private static final VisibleRows<MilestoneSummary> MILESTONES = VisibleRows.of(COLUMNS, FROM,
			audience -> audience.sqlCondition("partner", "releasability"), ORDER, TimelineQueries::milestone);

	private final JdbcClient jdbc;

	public List<MilestoneSummary> all(NationCode partner, Audience audience) {
		return MILESTONES.list(jdbc, audience, "partner = :partner", Map.of("partner", partner.value()));
	}

	public PageOf<MilestoneSummary> page(NationCode partner, Audience audience, PageOf.Request page) {
		return MILESTONES.page(jdbc, audience, "partner = :partner", Map.of("partner", partner.value()), page);
	}

	/**
	 * Where a milestone stands, from 0, in its partner's timeline as the audience sees it
	 * (so on which page it is), or empty if the audience does not see it.
	 */
	public Optional<Long> place(UUID id, Audience audience) {
		return jdbc
			.sql("select place from (select id, row_number() over (" + ORDER.strip() + ") - 1 as place" + FROM
					+ " where partner = (select partner" + FROM + " where id = :id) and "
					+ audience.sqlCondition("partner", "releasability") + ") timeline where id = :id")
			.params(audience.sqlParameters())
			.param("id", id)
			.query(Long.class)
			.optional();
	}

	public Optional<MilestoneSummary> one(UUID id, Audience audience) {
		return MILESTONES.one(jdbc, audience, "id = :id", Map.of("id", id));
	}

	public List<MilestoneSummary> manual(NationCode partner) {
		return jdbc.sql(COLUMNS + FROM + " where partner = :partner and derived = false" + ORDER)
			.param("partner", partner.value())
			.query(TimelineQueries::milestone)
			.list();
	}

	private static MilestoneSummary milestone(ResultSet rs, int row) throws SQLException {
		return new MilestoneSummary(rs.getObject("id", UUID.class), new NationCode(rs.getString("partner")),
				rs.getString("ref"), PartialDate.parse(rs.getString("date")), rs.getString("text"),
				rs.getBoolean("derived"), rs.getString("source_type"), rs.getObject("source_id", UUID.class),
				Releasability.valueOf(rs.getString("releasability")), rs.getTimestamp("updated_at").toInstant(),
				rs.getLong("version"));
	}

}
