package org.liaison.activity.internal;

import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.activity.ActivitySummary;
import org.liaison.activity.ActivityType;
import org.liaison.activity.Delivery;
import org.liaison.activity.EventData;
import org.liaison.activity.EventStatus;
import org.liaison.activity.EventSummary;
import org.liaison.activity.MenuPage;
import org.liaison.activity.MenuQuery;
import org.liaison.activity.NomineeData;
import org.liaison.activity.ParticipationCount;
import org.liaison.activity.ProviderFill;
import org.liaison.activity.ReferenceItem;
import org.liaison.activity.RequestStatus;
import org.liaison.activity.RequestSummary;
import org.liaison.shared.Audience;
import org.liaison.shared.Money;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.Releasability;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read models of the menu, events and requests. Every query applies the reader's audience in
 * SQL: the menu by releasability (a {@code PARTNER} activity is seen by every signed-in partner
 * user), requests by partner (a partner's users see their own nation's only, the public none),
 * and a provider's own activities, events and the requests for them by provider.
 */
@Component
public class ActivityQueries {

	private static final String ACTIVITY = """
			select a.*, ar.name as area_name, d.name as discipline_name from activity_menu a
			join activity_area ar on ar.code = a.area join activity_discipline d on d.code = a.discipline""";

	/**
	 * An event with its fill. The seats are summed per event row through the index on
	 * (event, status), so a page of events reads only its own requests, never the whole table.
	 */
	private static final String EVENT = """
			select e.*, a.ref, a.title, a.area, a.provider, a.releasability,
			    coalesce((select sum(r.seats) from activity_request r
			        where r.event = e.id and r.status in ('APPROVED', 'ATTENDED', 'NO_SHOW')), 0) as approved,
			    coalesce((select sum(r.seats) from activity_request r
			        where r.event = e.id and r.status = 'WAITLISTED'), 0) as waitlisted
			from activity_event e join activity_menu a on a.id = e.activity""";

	private static final String REQUEST = """
			select r.*, e.start_on, e.end_on, e.city, e.nation as event_nation, a.ref, a.title, a.area, ar.name as area_name
			from activity_request r join activity_event e on e.id = r.event join activity_menu a on a.id = e.activity
			join activity_area ar on ar.code = a.area""";

	private final JdbcClient jdbc;

	ActivityQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Which activities an audience sees (see the class comment), for a query whose activity is
	 * aliased {@code a}. A provider also sees its own activities, whatever their releasability.
	 */
	static String menuCondition(Audience audience) {
		return switch (audience.kind()) {
			case ALLIANCE, ALLY -> "(1 = 1)";
			case PARTNER -> "(a.releasability in ('PUBLIC', 'PARTNER'))";
			case PUBLIC -> audience.provider() == null ? "(a.releasability = 'PUBLIC')"
					: "(a.releasability = 'PUBLIC' or a.provider = :audienceProvider)";
		};
	}

	/**
	 * Which requests an audience sees, for a query whose request is aliased {@code r} and the
	 * request's activity {@code a}: a partner its own nation's, a provider those for its own
	 * activities, the public none.
	 */
	static String requestCondition(Audience audience) {
		return switch (audience.kind()) {
			case ALLIANCE, ALLY -> "(1 = 1)";
			case PARTNER -> "(r.partner = :audienceNation)";
			case PUBLIC -> audience.provider() == null ? "(1 = 0)" : "(a.provider = :audienceProvider)";
		};
	}

	public List<ReferenceItem> areas() {
		return jdbc.sql("select code, name from activity_area order by name").query(ReferenceItem.class).list();
	}

	public List<ReferenceItem> disciplines() {
		return jdbc.sql("select code, name from activity_discipline order by name").query(ReferenceItem.class).list();
	}

	public List<String> providers(Audience audience) {
		return jdbc.sql("select distinct provider from activity_menu a where " + menuCondition(audience)
				+ " order by provider").params(audience.sqlParameters()).query(String.class).list();
	}

	public MenuPage menu(MenuQuery query, Audience audience, PageOf.Request page) {
		Map<String, Object> params = new HashMap<>(audience.sqlParameters());
		StringBuilder where = new StringBuilder(" where " + menuCondition(audience));
		if (query.area() != null) {
			where.append(" and a.area = :area");
			params.put("area", query.area());
		}
		if (query.discipline() != null) {
			where.append(" and a.discipline = :discipline");
			params.put("discipline", query.discipline());
		}
		if (query.type() != null) {
			where.append(" and a.activity_type = :type");
			params.put("type", query.type().name());
		}
		if (query.provider() != null) {
			where.append(" and a.provider = :provider");
			params.put("provider", query.provider());
		}
		if (query.framework() != null) {
			where.append(" and (' ' || a.eligible_frameworks || ' ') like :framework");
			params.put("framework", "% " + query.framework().toUpperCase(Locale.ROOT) + " %");
		}
		if (query.from() != null || query.to() != null || query.language() != null) {
			where.append(" and exists (select 1 from activity_event e where e.activity = a.id");
			if (query.from() != null) {
				where.append(" and e.end_on >= :from and e.start_on >= :startsFrom");
				params.put("from", query.from());
				params.put("startsFrom", EventData.earliestStartOfEventsMeeting(query.from()));
			}
			if (query.to() != null) {
				where.append(" and e.start_on <= :to");
				params.put("to", query.to());
			}
			if (query.language() != null) {
				where.append(" and lower(e.lang) = :language");
				params.put("language", query.language().toLowerCase(Locale.ROOT));
			}
			where.append(")");
		}
		if (query.text() != null) {
			where.append(" and (lower(a.title) like :text or lower(coalesce(a.description, '')) like :text or lower(a.ref) like :text)");
			params.put("text", "%" + query.text().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
		}
		// One scan counts everything the filters keep, by every facet at once (not just this page):
		// the distinct combinations of area, discipline, type and provider are few.
		Map<String, Long> areas = new TreeMap<>();
		Map<String, Long> disciplines = new TreeMap<>();
		Map<String, Long> types = new TreeMap<>();
		Map<String, Long> providers = new TreeMap<>();
		jdbc.sql("select a.area, a.discipline, a.activity_type, a.provider, count(*) as n from activity_menu a" + where
				+ " group by a.area, a.discipline, a.activity_type, a.provider")
			.params(params)
			.query((rs, i) -> {
				long n = rs.getLong("n");
				areas.merge(rs.getString("area"), n, Long::sum);
				disciplines.merge(rs.getString("discipline"), n, Long::sum);
				types.merge(rs.getString("activity_type"), n, Long::sum);
				return providers.merge(rs.getString("provider"), n, Long::sum);
			})
			.list();
		long total = areas.values().stream().mapToLong(Long::longValue).sum();
		List<ActivitySummary> items = total <= page.offset() ? List.of()
				: jdbc.sql(ACTIVITY + where + " order by a.title, a.ref limit :limit offset :offset")
					.params(params)
					.param("limit", page.size())
					.param("offset", page.offset())
					.query(this::activity)
					.list();
		return new MenuPage(new PageOf<>(items, page.page(), page.size(), total), areas, disciplines, types, providers);
	}

	public Optional<ActivitySummary> activity(String ref, Audience audience) {
		return jdbc.sql(ACTIVITY + " where a.ref = :ref and " + menuCondition(audience))
			.params(audience.sqlParameters())
			.param("ref", ref)
			.query(this::activity)
			.optional();
	}

	public Optional<ActivitySummary> activity(UUID id, Audience audience) {
		return jdbc.sql(ACTIVITY + " where a.id = :id and " + menuCondition(audience))
			.params(audience.sqlParameters())
			.param("id", id)
			.query(this::activity)
			.optional();
	}

	/**
	 * The public, non-illustrative activities a partner took part in: staff publish an activity as
	 * an example of cooperation by making it PUBLIC. Only the activities come out, never the requests.
	 */
	public List<ActivitySummary> publicExamples(NationCode partner) {
		return jdbc.sql(ACTIVITY + " " + """
				where a.releasability = 'PUBLIC' and a.illustrative = false and exists (
				    select 1 from activity_request r join activity_event e on e.id = r.event
				    where e.activity = a.id and r.partner = :partner and r.status in ('APPROVED', 'ATTENDED'))
				order by a.title""")
			.param("partner", partner.value())
			.query(this::activity)
			.list();
	}

	public List<ActivitySummary> allActivities() {
		return jdbc.sql(ACTIVITY + " order by a.ref").query(this::activity).list();
	}

	public List<EventSummary> events(UUID activity, Audience audience) {
		return jdbc.sql(EVENT + " where e.activity = :activity and " + menuCondition(audience)
				+ " order by e.start_on, e.city")
			.params(audience.sqlParameters())
			.param("activity", activity)
			.query(this::event)
			.list();
	}

	public Optional<EventSummary> event(UUID id, Audience audience) {
		return jdbc.sql(EVENT + " where e.id = :id and " + menuCondition(audience))
			.params(audience.sqlParameters())
			.param("id", id)
			.query(this::event)
			.optional();
	}

	/** Events of a month (or any span), for a calendar; of one provider, or of all when it is {@code null}. */
	public List<EventSummary> eventsBetween(LocalDate from, LocalDate to, @Nullable String provider, Audience audience) {
		return jdbc.sql(EVENT + " where e.start_on <= :to and e.start_on >= :startsFrom and e.end_on >= :from and "
				+ (provider == null ? "" : "a.provider = :provider and ") + menuCondition(audience)
				+ " order by e.start_on, a.title")
			.params(audience.sqlParameters())
			.param("provider", provider)
			.param("from", from)
			.param("startsFrom", EventData.earliestStartOfEventsMeeting(from))
			.param("to", to)
			.query(this::event)
			.list();
	}

	/** One page of the events of a span, of one provider or of all when it is {@code null}, by start. */
	public PageOf<EventSummary> eventsBetween(LocalDate from, LocalDate to, @Nullable String provider, Audience audience,
			PageOf.Request page) {
		String where = " where e.start_on <= :to and e.start_on >= :startsFrom and e.end_on >= :from and "
				+ (provider == null ? "" : "a.provider = :provider and ") + menuCondition(audience);
		Map<String, Object> params = new HashMap<>(audience.sqlParameters());
		params.put("from", from);
		params.put("startsFrom", EventData.earliestStartOfEventsMeeting(from));
		params.put("to", to);
		if (provider != null) {
			params.put("provider", provider);
		}
		long total = jdbc.sql("select count(*) from activity_event e join activity_menu a on a.id = e.activity" + where)
			.params(params)
			.query(Long.class)
			.single();
		// The page's ids first, then the fill of those events only: a database computes the select
		// list of every row it sorts, and the fill is two sums per event.
		List<UUID> ids = total <= page.offset() ? List.of()
				: jdbc.sql("select e.id from activity_event e join activity_menu a on a.id = e.activity" + where
						+ " order by e.start_on, a.title, e.id limit :limit offset :offset")
					.params(params)
					.param("limit", page.size())
					.param("offset", page.offset())
					.query(UUID.class)
					.list();
		List<EventSummary> items = ids.isEmpty() ? List.of()
				: jdbc.sql(EVENT + " where e.id in (:ids) order by e.start_on, a.title, e.id")
					.param("ids", ids)
					.query(this::event)
					.list();
		return new PageOf<>(items, page.page(), page.size(), total);
	}

	public Optional<LocalDate> lastEventStart(@Nullable String provider, Audience audience) {
		return Optional.ofNullable(jdbc.sql("select max(e.start_on) from activity_event e join activity_menu a on a.id = e.activity where "
				+ (provider == null ? "" : "a.provider = :provider and ") + menuCondition(audience))
			.params(audience.sqlParameters())
			.param("provider", provider)
			.query(LocalDate.class)
			.optional()
			.orElse(null));
	}

	/**
	 * The events a partner asked for places at (approved ones only, or any), that the audience
	 * sees along with the requests: one query, however many requests the partner made.
	 */
	public List<EventSummary> eventsOfPartner(NationCode partner, boolean approvedOnly, Audience audience) {
		return jdbc.sql(EVENT + " where exists (select 1 from activity_request r where r.event = e.id and r.partner = :partner"
				+ (approvedOnly ? " and r.status = 'APPROVED'" : "") + " and " + requestCondition(audience) + ") and "
				+ menuCondition(audience) + " order by e.start_on, e.id")
			.params(audience.sqlParameters())
			.param("partner", partner.value())
			.query(this::event)
			.list();
	}

	/** The activities of the events a partner asked for places at, that the audience sees along with the requests. */
	public List<ActivitySummary> activitiesOfPartner(NationCode partner, Audience audience) {
		return jdbc.sql(ACTIVITY + " where exists (select 1 from activity_event e join activity_request r on r.event = e.id"
				+ " where e.activity = a.id and r.partner = :partner and " + requestCondition(audience) + ") and "
				+ menuCondition(audience) + " order by a.ref")
			.params(audience.sqlParameters())
			.param("partner", partner.value())
			.query(this::activity)
			.list();
	}

	public List<RequestSummary> requestsOfEvent(UUID event, Audience audience) {
		return requests(" where r.event = :event and " + requestCondition(audience)
				+ " order by r.requested_at, r.id", Map.of("event", event), audience);
	}

	public Optional<RequestSummary> request(UUID id, Audience audience) {
		return requests(" where r.id = :id and " + requestCondition(audience), Map.of("id", id), audience)
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
		return requests(" where r.partner = :partner" + yearCondition + " and " + requestCondition(audience)
				+ " order by ar.name, e.start_on, a.title", params, audience);
	}

	public List<ParticipationCount> participation(NationCode partner, Audience audience) {
		return jdbc.sql("""
				select a.area, ar.name as area_name, extract(year from e.start_on) as yr, sum(r.seats) as seats
				from activity_request r join activity_event e on e.id = r.event join activity_menu a on a.id = e.activity
				join activity_area ar on ar.code = a.area
				where r.partner = :partner and r.status in ('APPROVED', 'ATTENDED', 'NO_SHOW')"""
				+ " and " + requestCondition(audience)
				+ " group by a.area, ar.name, extract(year from e.start_on) order by yr, a.area")
			.params(audience.sqlParameters())
			.param("partner", partner.value())
			.query((rs, i) -> new ParticipationCount(rs.getString("area"), rs.getString("area_name"), rs.getInt("yr"),
					rs.getLong("seats")))
			.list();
	}

	/** The fill per provider of the events that meet the span (either end open), of one provider or of all. */
	public List<ProviderFill> providerFill(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String provider,
			Audience audience) {
		return jdbc.sql("""
				select a.provider, count(*) as events, sum(e.seats) as seats,
				    sum(coalesce((select sum(r.seats) from activity_request r
				        where r.event = e.id and r.status in ('APPROVED', 'ATTENDED', 'NO_SHOW')), 0)) as approved
				from activity_event e join activity_menu a on a.id = e.activity
				where e.status <> 'CANCELLED'""" + (provider == null ? "" : " and a.provider = :provider")
				+ (from == null ? "" : " and e.end_on >= :from and e.start_on >= :startsFrom")
				+ (to == null ? "" : " and e.start_on <= :to") + " and "
				+ menuCondition(audience) + " group by a.provider order by a.provider")
			.params(audience.sqlParameters())
			.param("provider", provider)
			.param("from", from)
			.param("startsFrom", from == null ? null : EventData.earliestStartOfEventsMeeting(from))
			.param("to", to)
			.query((rs, i) -> new ProviderFill(rs.getString("provider"), rs.getLong("events"), rs.getLong("seats"),
					rs.getLong("approved")))
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
				.add(new NomineeData(rs.getString("name"), rs.getString("rank_or_function"), rs.getString("organisation"))))
			.list();
		List<RequestSummary> result = new ArrayList<>();
		for (RequestSummary r : rows) {
			result.add(new RequestSummary(r.id(), r.partner(), r.eventId(), r.activityRef(), r.activityTitle(), r.area(),
					r.areaName(), r.eventStart(), r.eventEnd(), r.city(), r.eventNation(), r.seats(), r.priority(),
					r.planGoal(), r.status(), r.reason(), r.rating(), r.feedback(),
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
				rs.getObject("end_on", LocalDate.class), rs.getString("city"), NationCode.of(rs.getString("event_nation")),
				rs.getInt("seats"), rs.getInt("priority"), rs.getString("plan_goal"),
				RequestStatus.valueOf(rs.getString("status")), rs.getString("reason"), ratingOrNull,
				rs.getString("feedback"), List.of(), rs.getTimestamp("requested_at").toInstant(),
				rs.getBoolean("illustrative"), rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"));
	}

	private ActivitySummary activity(ResultSet rs, int row) throws SQLException {
		Money fee = null;
		if (rs.getBigDecimal("fee_amount") != null && rs.getString("fee_currency") != null) {
			Currency currency = Currency.getInstance(rs.getString("fee_currency"));
			fee = new Money(rs.getBigDecimal("fee_amount")
				.setScale(Math.max(0, currency.getDefaultFractionDigits()), RoundingMode.UNNECESSARY), currency);
		}
		return new ActivitySummary(rs.getObject("id", UUID.class), rs.getString("ref"), rs.getString("title"),
				rs.getString("description"), rs.getString("area"), rs.getString("area_name"), rs.getString("discipline"),
				rs.getString("discipline_name"), ActivityType.valueOf(rs.getString("activity_type")),
				rs.getString("provider"), Delivery.valueOf(rs.getString("delivery")), rs.getInt("duration_days"),
				rs.getBoolean("clearance"), Activity.split(rs.getString("eligible_frameworks")),
				Activity.split(rs.getString("eligible_nations")).stream().map(NationCode::of).toList(), fee,
				rs.getObject("active_from", LocalDate.class), rs.getObject("active_to", LocalDate.class),
				Releasability.valueOf(rs.getString("releasability")), rs.getBoolean("illustrative"),
				rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"));
	}

	private EventSummary event(ResultSet rs, int row) throws SQLException {
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
