package org.liaison.activity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.activity.CalendarWindow;
import org.liaison.activity.EventData;
import org.liaison.activity.EventExport;
import org.liaison.activity.EventStatus;
import org.liaison.activity.EventSummary;
import org.liaison.activity.ProviderFill;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.PagedQuery;
import org.liaison.shared.Releasability;
import org.liaison.shared.VisibleRows;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read models of the events: an activity's events, the events of a span for the calendar
 * and the fill, the fill per provider, and the events a partner asked places at. Every
 * query applies the reader's audience in SQL ({@link ReadScope}).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EventQueries {

	/**
	 * An event with its fill. The seats are summed per event row through the index on
	 * (event, status), so a page of events reads only its own requests, never the whole
	 * table.
	 */
	private static final String EVENT_COLUMNS = """
			select e.*, a.ref, a.title, a.area, a.provider, a.releasability,
			    coalesce((select sum(r.seats) from activity_request r
			        where r.event = e.id and r.status in ('APPROVED', 'ATTENDED', 'NO_SHOW')), 0) as approved,
			    coalesce((select sum(r.seats) from activity_request r
			        where r.event = e.id and r.status = 'WAITLISTED'), 0) as waitlisted""";

	private static final String EVENT_FROM = " from activity_event e join activity_menu a on a.id = e.activity";

	private static final String EVENT = EVENT_COLUMNS + EVENT_FROM;

	private static final VisibleRows<EventSummary> EVENTS = VisibleRows.of(EVENT_COLUMNS, EVENT_FROM,
			ReadScope::menuCondition, " order by e.start_on, e.city", EventQueries::event);

	private final JdbcClient jdbc;

	public List<EventSummary> events(UUID activity, Audience audience) {
		return EVENTS.list(jdbc, audience, "e.activity = :activity", Map.of("activity", activity));
	}

	public Optional<EventSummary> event(UUID id, Audience audience) {
		return EVENTS.one(jdbc, audience, "e.id = :id", Map.of("id", id));
	}

	/**
	 * Events of a month (or any span), for a calendar; of one provider, or of all when it
	 * is {@code null}.
	 */
	public List<EventSummary> eventsBetween(LocalDate from, LocalDate to, @Nullable String provider,
			Audience audience) {
		return jdbc
			.sql(EVENT + " where e.start_on <= :to and e.start_on >= :startsFrom and e.end_on >= :from and "
					+ (provider == null ? "" : "a.provider = :provider and ") + ReadScope.menuCondition(audience)
					+ " order by e.start_on, a.title")
			.params(audience.sqlParameters())
			.param("provider", provider)
			.param("from", from)
			.param("startsFrom", EventData.earliestStartOfEventsMeeting(from))
			.param("to", to)
			.query(EventQueries::event)
			.list();
	}

	/**
	 * One page of the events of a span, of one provider or of all when it is
	 * {@code null}, by start. The page's ids first, then the fill of those events only: a
	 * database computes the select list of every row it sorts, and the fill is two sums
	 * per event.
	 */
	public PageOf<EventSummary> eventsBetween(LocalDate from, LocalDate to, @Nullable String provider,
			Audience audience, PageOf.Request page) {
		PagedQuery query = PagedQuery
			.of(jdbc, "select e.id", " from activity_event e join activity_menu a on a.id = e.activity"
					+ " where e.start_on <= :to and e.start_on >= :startsFrom and e.end_on >= :from and "
					+ (provider == null ? "" : "a.provider = :provider and ") + ReadScope.menuCondition(audience),
					" order by e.start_on, a.title, e.id")
			.params(audience.sqlParameters())
			.param("from", from)
			.param("startsFrom", EventData.earliestStartOfEventsMeeting(from))
			.param("to", to);
		if (provider != null) {
			query.param("provider", provider);
		}
		return query.page(page, (rs, i) -> rs.getObject("id", UUID.class),
				ids -> jdbc.sql(EVENT + " where e.id in (:ids) order by e.start_on, a.title, e.id")
					.param("ids", ids)
					.query(EventQueries::event)
					.list());
	}

	public Optional<LocalDate> lastEventStart(@Nullable String provider, Audience audience) {
		return Optional.ofNullable(jdbc
			.sql("select max(e.start_on) from activity_event e join activity_menu a on a.id = e.activity where "
					+ (provider == null ? "" : "a.provider = :provider and ") + ReadScope.menuCondition(audience))
			.params(audience.sqlParameters())
			.param("provider", provider)
			.query(LocalDate.class)
			.optional()
			.orElse(null));
	}

	/**
	 * The events a partner asked for places at, that the audience sees along with the
	 * requests: one query, however many requests the partner made.
	 */
	public List<EventExport> eventsOfPartner(NationCode partner, Audience audience) {
		// Without the fill: summed for each of a partner's thousands of events, it cost
		// the dossier more than all the rest of its events.
		return jdbc
			.sql("select e.*, a.ref" + EVENT_FROM
					+ " where exists (select 1 from activity_request r where r.event = e.id and r.partner = :partner"
					+ " and " + ReadScope.requestCondition(audience) + ") and " + ReadScope.menuCondition(audience)
					+ " order by e.start_on, e.id")
			.params(audience.sqlParameters())
			.param("partner", partner.value())
			.query((rs, row) -> new EventExport(eventData(rs), rs.getString("ref"),
					EventStatus.valueOf(rs.getString("status")), rs.getString("cancel_reason"),
					rs.getTimestamp("updated_at").toInstant()))
			.list();
	}

	/**
	 * The events of the window at which the partner has approved places, that the
	 * audience sees along with the requests, by start, handed on one by one as the
	 * database answers. One query for the whole window: the partner's approved requests
	 * from the index on (partner, status, event), joined to the window's events, and none
	 * of the fill.
	 */
	public void calendarOfPartner(NationCode partner, CalendarWindow window, Audience audience,
			Consumer<CalendarEntry> each) {
		jdbc.sql("""
				select e.id, e.start_on, e.end_on, e.city, e.nation, a.title, a.ref
				from activity_request r
				join activity_event e on e.id = r.event
				join activity_menu a on a.id = e.activity
				where r.partner = :partner and r.status = 'APPROVED'
				    and e.start_on <= :to and e.start_on >= :startsFrom and e.end_on >= :from and """
				+ ReadScope.requestCondition(audience) + " and " + ReadScope.menuCondition(audience)
				+ " order by e.start_on, e.id")
			.params(audience.sqlParameters())
			.param("partner", partner.value())
			.param("from", window.from())
			.param("startsFrom", EventData.earliestStartOfEventsMeeting(window.from()))
			.param("to", window.to())
			.query((RowCallbackHandler) rs -> each.accept(calendarEntry(rs)));
	}

	/**
	 * The fill per provider of the events that meet the span (either end open), of one
	 * provider or of all.
	 */
	public List<ProviderFill> providerFill(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String provider,
			Audience audience) {
		return jdbc
			.sql("""
					select a.provider, count(*) as events, sum(e.seats) as seats,
					    sum(coalesce((select sum(r.seats) from activity_request r
					        where r.event = e.id and r.status in ('APPROVED', 'ATTENDED', 'NO_SHOW')), 0)) as approved
					from activity_event e join activity_menu a on a.id = e.activity
					where e.status <> 'CANCELLED'""" + (provider == null ? "" : " and a.provider = :provider")
					+ (from == null ? "" : " and e.end_on >= :from and e.start_on >= :startsFrom")
					+ (to == null ? "" : " and e.start_on <= :to") + " and " + ReadScope.menuCondition(audience)
					+ " group by a.provider order by a.provider")
			.params(audience.sqlParameters())
			.param("provider", provider)
			.param("from", from)
			.param("startsFrom", from == null ? null : EventData.earliestStartOfEventsMeeting(from))
			.param("to", to)
			.query((rs, i) -> new ProviderFill(rs.getString("provider"), rs.getLong("events"), rs.getLong("seats"),
					rs.getLong("approved")))
			.list();
	}

	private static CalendarEntry calendarEntry(ResultSet rs) throws SQLException {
		return new CalendarEntry(rs.getObject("id", UUID.class), rs.getObject("start_on", LocalDate.class),
				rs.getObject("end_on", LocalDate.class), rs.getString("title"), rs.getString("ref"),
				rs.getString("city"), NationCode.of(rs.getString("nation")));
	}

	private static EventData eventData(ResultSet rs) throws SQLException {
		return new EventData(rs.getObject("start_on", LocalDate.class), rs.getObject("end_on", LocalDate.class),
				rs.getString("city"), NationCode.of(rs.getString("nation")), rs.getInt("seats"), rs.getString("lang"),
				rs.getObject("deadline", LocalDate.class), rs.getBoolean("milestone"), rs.getString("milestone_text"),
				rs.getBoolean("illustrative"));
	}

	private static EventSummary event(ResultSet rs, int row) throws SQLException {
		return new EventSummary(rs.getObject("id", UUID.class), rs.getObject("activity", UUID.class),
				rs.getString("ref"), rs.getString("title"), rs.getString("area"), rs.getString("provider"),
				Releasability.valueOf(rs.getString("releasability")), rs.getObject("start_on", LocalDate.class),
				rs.getObject("end_on", LocalDate.class), rs.getString("city"), NationCode.of(rs.getString("nation")),
				rs.getInt("seats"), rs.getString("lang"), rs.getObject("deadline", LocalDate.class),
				EventStatus.valueOf(rs.getString("status")), rs.getBoolean("milestone"), rs.getString("milestone_text"),
				rs.getString("cancel_reason"), rs.getBoolean("illustrative"), rs.getInt("approved"),
				rs.getInt("waitlisted"), rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"));
	}

}
