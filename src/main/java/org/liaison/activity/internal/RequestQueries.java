package org.liaison.activity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.activity.NomineeData;
import org.liaison.activity.ParticipationCount;
import org.liaison.activity.RequestStatus;
import org.liaison.activity.RequestSummary;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read models of the participation requests, with their nominees: an event's, a
 * partner's, and its participation counted per area and year. Every query applies the
 * reader's audience in SQL ({@link ReadScope}).
 */
@Component
public class RequestQueries {

	private static final String REQUEST = """
			select r.*, e.start_on, e.end_on, e.city, e.nation as event_nation, a.ref, a.title, a.area, ar.name as area_name
			from activity_request r join activity_event e on e.id = r.event join activity_menu a on a.id = e.activity
			join activity_area ar on ar.code = a.area""";

	private final JdbcClient jdbc;

	RequestQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<RequestSummary> requestsOfEvent(UUID event, Audience audience) {
		return requests(" where r.event = :event and " + ReadScope.requestCondition(audience)
				+ " order by r.requested_at, r.id", Map.of("event", event), audience);
	}

	public Optional<RequestSummary> request(UUID id, Audience audience) {
		return requests(" where r.id = :id and " + ReadScope.requestCondition(audience), Map.of("id", id), audience)
			.stream()
			.findFirst();
	}

	/** A partner's requests, of one year (by the event's start) or of every year. */
	public List<RequestSummary> requestsOfPartner(NationCode partner, @Nullable Integer year, Audience audience) {
		Map<String, Object> params = new HashMap<>();
		params.put("partner", partner.value());
		String yearCondition = "";
		if (year != null) {
			yearCondition = " and e.start_on >= :from and e.start_on < :to";
			params.put("from", LocalDate.of(year, 1, 1));
			params.put("to", LocalDate.of(year + 1, 1, 1));
		}
		return requests(" where r.partner = :partner" + yearCondition + " and " + ReadScope.requestCondition(audience)
				+ " order by ar.name, e.start_on, a.title", params, audience);
	}

	public List<ParticipationCount> participation(NationCode partner, Audience audience) {
		return jdbc
			.sql("""
					select a.area, ar.name as area_name, extract(year from e.start_on) as yr, sum(r.seats) as seats
					from activity_request r join activity_event e on e.id = r.event join activity_menu a on a.id = e.activity
					join activity_area ar on ar.code = a.area
					where r.partner = :partner and r.status in ('APPROVED', 'ATTENDED', 'NO_SHOW')"""
					+ " and " + ReadScope.requestCondition(audience)
					+ " group by a.area, ar.name, extract(year from e.start_on) order by yr, a.area")
			.params(audience.sqlParameters())
			.param("partner", partner.value())
			.query((rs, i) -> new ParticipationCount(rs.getString("area"), rs.getString("area_name"), rs.getInt("yr"),
					rs.getLong("seats")))
			.list();
	}

	private List<RequestSummary> requests(String where, Map<String, ?> params, Audience audience) {
		List<RequestSummary> rows = jdbc.sql(REQUEST + where)
			.params(params)
			.params(audience.sqlParameters())
			.query((rs, i) -> request(rs))
			.list();
		if (rows.isEmpty()) {
			return rows;
		}
		Map<UUID, List<NomineeData>> nominees = new HashMap<>();
		jdbc.sql("select * from activity_nominee where request in (:ids) order by request, position")
			.param("ids", rows.stream().map(RequestSummary::id).toList())
			.query((rs, i) -> nominees.computeIfAbsent(rs.getObject("request", UUID.class), k -> new ArrayList<>())
				.add(new NomineeData(rs.getString("name"), rs.getString("rank_or_function"),
						rs.getString("organisation"))))
			.list();
		List<RequestSummary> result = new ArrayList<>();
		for (RequestSummary r : rows) {
			result.add(new RequestSummary(r.id(), r.partner(), r.eventId(), r.activityRef(), r.activityTitle(),
					r.area(), r.areaName(), r.eventStart(), r.eventEnd(), r.city(), r.eventNation(), r.seats(),
					r.priority(), r.planGoal(), r.status(), r.reason(), r.rating(), r.feedback(),
					List.copyOf(nominees.getOrDefault(r.id(), List.of())), r.requestedAt(), r.illustrative(),
					r.updatedAt(), r.version()));
		}
		return result;
	}

	private RequestSummary request(ResultSet rs) throws SQLException {
		int rating = rs.getInt("rating");
		Integer ratingOrNull = rs.wasNull() ? null : rating;
		return new RequestSummary(rs.getObject("id", UUID.class), NationCode.of(rs.getString("partner")),
				rs.getObject("event", UUID.class), rs.getString("ref"), rs.getString("title"), rs.getString("area"),
				rs.getString("area_name"), rs.getObject("start_on", LocalDate.class),
				rs.getObject("end_on", LocalDate.class), rs.getString("city"),
				NationCode.of(rs.getString("event_nation")), rs.getInt("seats"), rs.getInt("priority"),
				rs.getString("plan_goal"), RequestStatus.valueOf(rs.getString("status")), rs.getString("reason"),
				ratingOrNull, rs.getString("feedback"), List.of(), rs.getTimestamp("requested_at").toInstant(),
				rs.getBoolean("illustrative"), rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"));
	}

}
