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

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.activity.NomineeData;
import org.liaison.activity.ParticipationCount;
import org.liaison.activity.RequestStatus;
import org.liaison.activity.RequestSummary;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read models of the participation requests, with their nominees: an event's, a
 * partner's, and its participation counted per area and year. Every query applies the
 * reader's audience in SQL ({@link ReadScope}): to the requests, and to the event and
 * activity each is for, which a request's partner may no longer be allowed to see
 * ({@link RequestSummary#withheld()}).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RequestQueries {

	private static final String REQUEST_COLUMNS = """
			select r.id, r.partner, r.seats, r.priority, r.plan_goal, r.status, r.reason, r.rating, r.feedback,
			    r.requested_at, r.illustrative, r.updated_at, r.version""";

	/**
	 * By area, start and title as the reader sees them, so that the place of a withheld
	 * request in a list tells nothing of what it is for.
	 */
	private static final String BY_AREA = " order by s.area_name nulls last, s.start_on, s.title, r.requested_at, r.id";

	/**
	 * A request with the event and activity it is for, as the reader may see them: the
	 * request's own columns, then those of {@code s}, the reader's view of the event and
	 * its activity, which is empty (every column null) when the activity is withheld from
	 * the reader. The outer {@code e} and {@code a} are for
	 * {@link ReadScope#requestCondition} only (a provider's requests are those for its
	 * own activities); nothing of them is selected, sorted or grouped by, so nothing of a
	 * withheld activity leaves the query.
	 */
	private static String request(Audience audience) {
		return REQUEST_COLUMNS
				+ """
						,
						    s.id as event_id, s.start_on, s.end_on, s.city, s.nation as event_nation, s.ref, s.title, s.area, s.area_name
						from activity_request r join activity_event e on e.id = r.event join activity_menu a on a.id = e.activity
						left join ("""
				+ shownEvents(audience) + ") s on s.id = r.event";
	}

	/**
	 * The events, with their activities, that the reader sees: the menu's condition, in a
	 * query of its own whose aliases hide the outer ones.
	 */
	private static String shownEvents(Audience audience) {
		return "select e.id, e.start_on, e.end_on, e.city, e.nation, a.ref, a.title, a.area, ar.name as area_name"
				+ " from activity_event e join activity_menu a on a.id = e.activity"
				+ " join activity_area ar on ar.code = a.area where " + ReadScope.menuCondition(audience);
	}

	private final JdbcClient jdbc;

	private final KeptTotals totals;

	public List<RequestSummary> requestsOfEvent(UUID event, Audience audience) {
		return requests(" where r.event = :event and s.id is not null and " + ReadScope.requestCondition(audience)
				+ " order by r.requested_at, r.id", Map.of("event", event), audience);
	}

	public Optional<RequestSummary> request(UUID id, Audience audience) {
		return requests(" where r.id = :id and " + ReadScope.requestCondition(audience), Map.of("id", id), audience)
			.stream()
			.findFirst();
	}

	/**
	 * A page of a partner's requests of one year (by the event's start), by area, start
	 * and when each was asked, and those whose activity the reader may no longer see
	 * last, by when they were asked: their year is withheld with the rest, so they are on
	 * every year's list. The page and the count of all its rows are one statement (the
	 * count a window over the rows the page is sorted from); only a page past the end
	 * counts apart. Where the database keeps each request's place in its programme, the
	 * page is chosen from the requests' own index and only its rows are read whole;
	 * elsewhere the year's events are joined to the partner's requests. Then the nominees
	 * of the page's requests.
	 */
	public PageOf<RequestSummary> requestsOfPartner(NationCode partner, int year, Audience audience,
			PageOf.Request page) {
		Map<String, Object> params = new HashMap<>(audience.sqlParameters());
		params.put("partner", partner.value());
		params.put("from", LocalDate.of(year, 1, 1));
		params.put("to", LocalDate.of(year + 1, 1, 1));
		String kept = totals.placesPresent() ? ReadScope.keptMenuCondition(audience) : null;
		return kept != null ? placedPage(kept, params, audience, page) : joinedPage(params, audience, page);
	}

	private PageOf<RequestSummary> placedPage(String kept, Map<String, Object> params, Audience audience,
			PageOf.Request page) {
		String ofTheYear = """
				select r.id, ar.name as area_name, r.event_start, r.requested_at, 0 as withheld_last
				from activity_request r join activity_area ar on ar.code = r.area
				where r.partner = :partner and r.event_start >= :from and r.event_start < :to and""" + " " + kept
				+ " and " + ReadScope.requestCondition(audience);
		String withheld = ReadScope.seesWholeMenu(audience) ? ""
				: " union all select r.id, null, null, r.requested_at, 1 from activity_request r"
						+ " where r.partner = :partner and not " + kept + " and "
						+ ReadScope.requestCondition(audience);
		String rows = " from (" + ofTheYear + withheld + ") p";
		List<Placed> placed = jdbc
			.sql("select p.id, count(*) over () as total" + rows
					+ " order by p.withheld_last, p.area_name, p.event_start, p.requested_at, p.id"
					+ " limit :limit offset :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, i) -> new Placed(rs.getObject("id", UUID.class), rs.getLong("total")))
			.list();
		long total = !placed.isEmpty() ? placed.get(0).total()
				: page.offset() == 0 ? 0 : jdbc.sql("select count(*)" + rows).params(params).query(Long.class).single();
		if (placed.isEmpty()) {
			return new PageOf<>(List.of(), page.page(), page.size(), total);
		}
		Map<UUID, RequestSummary> read = new HashMap<>();
		requests(" where r.id = any(:ids) and " + ReadScope.requestCondition(audience),
				Map.of("ids", placed.stream().map(Placed::id).toArray(UUID[]::new)), audience)
			.forEach(r -> read.put(r.id(), r));
		return new PageOf<>(placed.stream().map(p -> read.get(p.id())).toList(), page.page(), page.size(), total);
	}

	/** A request of a page, by its id, with the number of rows of every page. */
	private record Placed(UUID id, long total) {
	}

	private PageOf<RequestSummary> joinedPage(Map<String, Object> params, Audience audience, PageOf.Request page) {
		String ofTheYear = REQUEST_COLUMNS
				+ """
						, e.id as event_id, e.start_on, e.end_on, e.city, e.nation as event_nation, a.ref, a.title, a.area,
						    ar.name as area_name, 0 as withheld_last
						from activity_event e join activity_request r on r.event = e.id join activity_menu a on a.id = e.activity
						join activity_area ar on ar.code = a.area
						where e.start_on >= :from and e.start_on < :to and r.partner = :partner and"""
				+ " " + ReadScope.menuCondition(audience) + " and " + ReadScope.requestCondition(audience);
		String withheld = ReadScope.seesWholeMenu(audience) ? ""
				: " union all " + REQUEST_COLUMNS
						+ """
								, null as event_id, null as start_on, null as end_on, null as city, null as event_nation,
								    null as ref, null as title, null as area, null as area_name, 1 as withheld_last
								from activity_request r join activity_event e on e.id = r.event join activity_menu a on a.id = e.activity
								where r.partner = :partner and not"""
						+ " " + ReadScope.menuCondition(audience) + " and " + ReadScope.requestCondition(audience);
		String rows = " from (" + ofTheYear + withheld + ") p";
		List<Counted> counted = jdbc
			.sql("select p.*, count(*) over () as total" + rows
					+ " order by p.withheld_last, p.area_name, p.start_on, p.requested_at, p.id"
					+ " limit :limit offset :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, i) -> new Counted(request(rs), rs.getLong("total")))
			.list();
		long total = !counted.isEmpty() ? counted.get(0).total()
				: page.offset() == 0 ? 0 : jdbc.sql("select count(*)" + rows).params(params).query(Long.class).single();
		return new PageOf<>(withNominees(counted.stream().map(Counted::request).toList()), page.page(), page.size(),
				total);
	}

	/** A request of a page, with the number of rows of every page. */
	private record Counted(RequestSummary request, long total) {
	}

	/**
	 * A partner's requests of every year whose event and activity the reader sees, for
	 * its dossier: a request is taken out only with what it is for, so that the dossier
	 * imports anywhere.
	 */
	public List<RequestSummary> shownRequestsOfPartner(NationCode partner, Audience audience) {
		return requests(" where r.partner = :partner and s.id is not null and " + ReadScope.requestCondition(audience)
				+ BY_AREA, Map.of("partner", partner.value()), audience);
	}

	/**
	 * Seats approved or attended per area and year, of the events and activities the
	 * reader sees only: the area and the year are facts of the activity and the event.
	 * Read from the totals where the database keeps them, unless the reader is a provider
	 * (whose requests are those of its own activities, which the totals do not tell).
	 */
	public List<ParticipationCount> participation(NationCode partner, Audience audience) {
		String kept = totals.present() ? ReadScope.totalsCondition(audience) : null;
		String counted = kept != null
				? """
						select t.area, ar.name as area_name, t.yr, sum(t.seats) as seats
						from activity_participation_total t join activity_area ar on ar.code = t.area
						where t.partner = :partner and""" + " " + kept
						+ " group by t.area, ar.name, t.yr having sum(t.seats) > 0 order by t.yr, t.area"
				: """
						select a.area, ar.name as area_name, extract(year from e.start_on) as yr, sum(r.seats) as seats
						from activity_request r join activity_event e on e.id = r.event join activity_menu a on a.id = e.activity
						join activity_area ar on ar.code = a.area
						where r.partner = :partner and r.status in ('APPROVED', 'ATTENDED', 'NO_SHOW')"""
						+ " and " + ReadScope.requestCondition(audience) + " and " + ReadScope.menuCondition(audience)
						+ " group by a.area, ar.name, extract(year from e.start_on) order by yr, a.area";
		return jdbc.sql(counted)
			.params(audience.sqlParameters())
			.param("partner", partner.value())
			.query((rs, i) -> new ParticipationCount(rs.getString("area"), rs.getString("area_name"), rs.getInt("yr"),
					rs.getLong("seats")))
			.list();
	}

	private List<RequestSummary> requests(String where, Map<String, ?> params, Audience audience) {
		return withNominees(jdbc.sql(request(audience) + where)
			.params(params)
			.params(audience.sqlParameters())
			.query((rs, i) -> request(rs))
			.list());
	}

	private List<RequestSummary> withNominees(List<RequestSummary> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		Map<UUID, List<NomineeData>> nominees = new HashMap<>();
		// One array parameter, however many requests: a list of hundreds of parameters
		// costs more to send and plan than the read itself.
		jdbc.sql("select * from activity_nominee where request = any(:ids) order by request, position")
			.param("ids", rows.stream().map(RequestSummary::id).toArray(UUID[]::new))
			.query((rs, i) -> nominees.computeIfAbsent(rs.getObject("request", UUID.class), k -> new ArrayList<>())
				.add(new NomineeData(rs.getString("name"), rs.getString("rank_or_function"),
						rs.getString("organisation"))))
			.list();
		List<RequestSummary> result = new ArrayList<>();
		for (RequestSummary r : rows) {
			result.add(new RequestSummary(r.id(), r.partner(), r.eventId(), r.activityRef(), r.activityTitle(),
					r.area(), r.areaName(), r.eventStart(), r.eventEnd(), r.city(), r.eventNation(), r.withheld(),
					r.seats(), r.priority(), r.planGoal(), r.status(), r.reason(), r.rating(), r.feedback(),
					List.copyOf(nominees.getOrDefault(r.id(), List.of())), r.requestedAt(), r.illustrative(),
					r.updatedAt(), r.version()));
		}
		return result;
	}

	private RequestSummary request(ResultSet rs) throws SQLException {
		int rating = rs.getInt("rating");
		Integer ratingOrNull = rs.wasNull() ? null : rating;
		UUID event = rs.getObject("event_id", UUID.class);
		String eventNation = rs.getString("event_nation");
		return new RequestSummary(rs.getObject("id", UUID.class), NationCode.of(rs.getString("partner")), event,
				rs.getString("ref"), rs.getString("title"), rs.getString("area"), rs.getString("area_name"),
				rs.getObject("start_on", LocalDate.class), rs.getObject("end_on", LocalDate.class),
				rs.getString("city"), eventNation == null ? null : NationCode.of(eventNation), event == null,
				rs.getInt("seats"), rs.getInt("priority"), rs.getString("plan_goal"),
				RequestStatus.valueOf(rs.getString("status")), rs.getString("reason"), ratingOrNull,
				rs.getString("feedback"), List.of(), rs.getTimestamp("requested_at").toInstant(),
				rs.getBoolean("illustrative"), rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"));
	}

}
