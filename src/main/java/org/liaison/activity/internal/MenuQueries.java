package org.liaison.activity.internal;

import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.activity.ActivitySummary;
import org.liaison.activity.ActivityType;
import org.liaison.activity.Delivery;
import org.liaison.activity.EventData;
import org.liaison.activity.MenuPage;
import org.liaison.activity.MenuQuery;
import org.liaison.activity.ReferenceItem;
import org.liaison.shared.Audience;
import org.liaison.shared.Money;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.Releasability;
import org.liaison.shared.VisibleRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read models of the menu: its reference data, the activities with their facets, and the
 * activities a partner took part in. Every query applies the reader's audience in SQL
 * ({@link ReadScope}).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MenuQueries {

	private static final String ACTIVITY_COLUMNS = "select a.*, ar.name as area_name, d.name as discipline_name";

	private static final String ACTIVITY_FROM = """
			 from activity_menu a
			join activity_area ar on ar.code = a.area join activity_discipline d on d.code = a.discipline""";

	private static final String ACTIVITY = ACTIVITY_COLUMNS + ACTIVITY_FROM;

	private static final VisibleRows<ActivitySummary> ACTIVITIES = VisibleRows.of(ACTIVITY_COLUMNS, ACTIVITY_FROM,
			ReadScope::menuCondition, " order by a.ref", MenuQueries::activity);

	private final JdbcClient jdbc;

	private final KeptTotals totals;

	public List<ReferenceItem> areas() {
		return jdbc.sql("select code, name from activity_area order by name").query(ReferenceItem.class).list();
	}

	public List<ReferenceItem> disciplines() {
		return jdbc.sql("select code, name from activity_discipline order by name").query(ReferenceItem.class).list();
	}

	public List<String> providers(Audience audience) {
		String from = totals.present() ? "activity_menu_facet a where a.activities > 0 and " : "activity_menu a where ";
		return jdbc
			.sql("select distinct a.provider from " + from + ReadScope.menuCondition(audience) + " order by a.provider")
			.params(audience.sqlParameters())
			.query(String.class)
			.list();
	}

	public MenuPage menu(MenuQuery query, Audience audience, PageOf.Request page) {
		Map<String, Object> params = new HashMap<>(audience.sqlParameters());
		StringBuilder where = new StringBuilder(" where " + ReadScope.menuCondition(audience));
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
			where.append(
					" and (lower(a.title) like :text or lower(coalesce(a.description, '')) like :text or lower(a.ref) like :text)");
			params.put("text", "%" + query.text().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
		}
		// Counts what the filters keep by every facet at once, beyond this page; the
		// combinations of facets are few. Where the database keeps the number of each
		// (PostgreSQL, by a trigger), filters of these columns alone read those numbers
		// instead of every activity.
		boolean countedByFacet = query.framework() == null && query.from() == null && query.to() == null
				&& query.language() == null && query.text() == null && totals.present();
		String counted = countedByFacet
				? "select a.area, a.discipline, a.activity_type, a.provider, sum(a.activities) as n"
						+ " from activity_menu_facet a" + where + " and a.activities > 0"
				: "select a.area, a.discipline, a.activity_type, a.provider, count(*) as n from activity_menu a"
						+ where;
		Map<String, Long> areas = new TreeMap<>();
		Map<String, Long> disciplines = new TreeMap<>();
		Map<String, Long> types = new TreeMap<>();
		Map<String, Long> providers = new TreeMap<>();
		jdbc.sql(counted + " group by a.area, a.discipline, a.activity_type, a.provider")
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
					.query(MenuQueries::activity)
					.list();
		return new MenuPage(new PageOf<>(items, page.page(), page.size(), total), areas, disciplines, types, providers);
	}

	public Optional<ActivitySummary> activity(String ref, Audience audience) {
		return ACTIVITIES.one(jdbc, audience, "a.ref = :ref", Map.of("ref", ref));
	}

	public Optional<ActivitySummary> activity(UUID id, Audience audience) {
		return ACTIVITIES.one(jdbc, audience, "a.id = :id", Map.of("id", id));
	}

	/**
	 * Public, non-illustrative activities a partner took part in, those of its latest
	 * participations first: staff publish an activity as an example of cooperation by
	 * making it PUBLIC. Only the activities come out, never the requests. The events are
	 * walked from the latest back and the walk stops after a window of them, so a partner
	 * with thousands of participations costs no more than one with a few.
	 * @param on the day the examples are shown as of: only events begun and activities
	 * active by then; none for today
	 * @param limit how many activities at most
	 */
	public List<ActivitySummary> publicExamples(NationCode partner, @Nullable LocalDate on, int limit) {
		String asOf = on == null ? "" : " and e.start_on <= :on and (a.active_from is null or a.active_from <= :on)";
		Map<String, Object> params = new HashMap<>();
		params.put("partner", partner.value());
		params.put("events", limit * EVENTS_PER_EXAMPLE);
		if (on != null) {
			params.put("on", on);
		}
		List<ActivitySummary> latest = jdbc
			.sql(ACTIVITY_COLUMNS + """
					 from activity_event e join activity_menu a on a.id = e.activity
					join activity_area ar on ar.code = a.area join activity_discipline d on d.code = a.discipline
					where a.releasability = 'PUBLIC' and a.illustrative = false and exists (
					    select 1 from activity_request r
					    where r.partner = :partner and r.event = e.id and r.status in ('APPROVED', 'ATTENDED'))"""
					+ asOf + " order by e.start_on desc, e.id limit :events")
			.params(params)
			.query(MenuQueries::activity)
			.list();
		Map<UUID, ActivitySummary> distinct = new LinkedHashMap<>();
		latest.forEach(activity -> distinct.putIfAbsent(activity.id(), activity));
		return distinct.values().stream().limit(limit).sorted(Comparator.comparing(ActivitySummary::title)).toList();
	}

	/**
	 * Events read for each example wanted: an activity runs a few events, so twice as
	 * many events as examples name enough distinct activities.
	 */
	private static final int EVENTS_PER_EXAMPLE = 2;

	/**
	 * Every activity of the menu, whoever may read it: for the import to compare with.
	 */
	public List<ActivitySummary> allActivities() {
		return jdbc.sql(ACTIVITY + " order by a.ref").query(MenuQueries::activity).list();
	}

	/** The activities of these references, whoever may read them: for an import. */
	public List<ActivitySummary> activitiesByRef(java.util.Collection<String> refs) {
		List<ActivitySummary> found = new java.util.ArrayList<>();
		org.liaison.shared.Batches.each(refs,
				batch -> found.addAll(jdbc.sql(ACTIVITY + " where a.ref in (:refs)")
					.param("refs", batch)
					.query(MenuQueries::activity)
					.list()));
		return found;
	}

	/**
	 * Every activity the audience sees, by reference, each handed on as it is read: the
	 * menu as a CSV takes it out.
	 */
	public void eachActivity(Audience audience, Consumer<ActivitySummary> activity) {
		ACTIVITIES.each(jdbc, audience, activity);
	}

	/**
	 * The activities of the events a partner asked for places at, that the audience sees
	 * along with the requests.
	 */
	public List<ActivitySummary> activitiesOfPartner(NationCode partner, Audience audience) {
		return jdbc
			.sql(ACTIVITY + " where exists (select 1 from activity_event e join activity_request r on r.event = e.id"
					+ " where e.activity = a.id and r.partner = :partner and " + ReadScope.requestCondition(audience)
					+ ") and " + ReadScope.menuCondition(audience) + " order by a.ref")
			.params(audience.sqlParameters())
			.param("partner", partner.value())
			.query(MenuQueries::activity)
			.list();
	}

	private static ActivitySummary activity(ResultSet rs, int row) throws SQLException {
		Money fee = null;
		if (rs.getBigDecimal("fee_amount") != null && rs.getString("fee_currency") != null) {
			Currency currency = Currency.getInstance(rs.getString("fee_currency"));
			fee = new Money(
					rs.getBigDecimal("fee_amount")
						.setScale(Math.max(0, currency.getDefaultFractionDigits()), RoundingMode.UNNECESSARY),
					currency);
		}
		return new ActivitySummary(rs.getObject("id", UUID.class), rs.getString("ref"), rs.getString("title"),
				rs.getString("description"), rs.getString("area"), rs.getString("area_name"),
				rs.getString("discipline"), rs.getString("discipline_name"),
				ActivityType.valueOf(rs.getString("activity_type")), rs.getString("provider"),
				Delivery.valueOf(rs.getString("delivery")), rs.getInt("duration_days"), rs.getBoolean("clearance"),
				Activity.split(rs.getString("eligible_frameworks")),
				Activity.split(rs.getString("eligible_nations")).stream().map(NationCode::of).toList(), fee,
				rs.getObject("active_from", LocalDate.class), rs.getObject("active_to", LocalDate.class),
				Releasability.valueOf(rs.getString("releasability")), rs.getBoolean("illustrative"),
				rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"));
	}

}
