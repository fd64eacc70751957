package db.migration.activity;

import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL, two things that keep the menu fast at the scale of every partnership:
 * trigram indexes that serve the menu's search ({@code like '%text%'} over title,
 * description and reference), written as each activity is (without GIN's list of pending
 * entries, which every search would read until a vacuum merged it), and
 * {@code activity_menu_facet}, the number of activities of each combination of the
 * columns the menu is counted and filtered by, kept by a trigger in the same transaction
 * as every write to the menu, so that it is never behind. An unfiltered page so counts a
 * few hundred rows instead of every activity. Likewise the seats each partner holds per
 * area and year, for its programme's chart. H2, which serves development and tests on
 * small data, has none of these: there the menu and the programme count their rows
 * directly, with the same result.
 */
public class V6__Menu_search_and_facets_on_postgresql extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		if (!context.getConnection().getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
			return;
		}
		try (Statement statement = context.getConnection().createStatement()) {
			if (trigramsAvailable(statement)) {
				statement.execute("create extension if not exists pg_trgm");
				statement.execute("create index activity_menu_title_trigrams on activity_menu"
						+ " using gin (lower(title) gin_trgm_ops) with (fastupdate = off)");
				statement.execute("create index activity_menu_description_trigrams on activity_menu"
						+ " using gin (lower(coalesce(description, '')) gin_trgm_ops) with (fastupdate = off)");
				statement.execute("create index activity_menu_ref_trigrams on activity_menu"
						+ " using gin (lower(ref) gin_trgm_ops) with (fastupdate = off)");
			}
			statement.execute("""
					create table activity_menu_facet (
					    releasability varchar(10) not null,
					    provider      varchar(100) not null,
					    area          varchar(40) not null,
					    discipline    varchar(40) not null,
					    activity_type varchar(20) not null,
					    activities    bigint not null,
					    primary key (releasability, provider, area, discipline, activity_type)
					)""");
			statement.execute(
					"""
							create function activity_menu_facet_count() returns trigger language plpgsql as $$
							begin
							    if tg_op = 'TRUNCATE' then
							        delete from activity_menu_facet;
							        return null;
							    end if;
							    if tg_op = 'UPDATE' and (old.releasability, old.provider, old.area, old.discipline, old.activity_type)
							            = (new.releasability, new.provider, new.area, new.discipline, new.activity_type) then
							        return null;
							    end if;
							    if tg_op in ('UPDATE', 'DELETE') then
							        update activity_menu_facet set activities = activities - 1
							        where releasability = old.releasability and provider = old.provider and area = old.area
							            and discipline = old.discipline and activity_type = old.activity_type;
							    end if;
							    if tg_op in ('INSERT', 'UPDATE') then
							        insert into activity_menu_facet
							        values (new.releasability, new.provider, new.area, new.discipline, new.activity_type, 1)
							        on conflict (releasability, provider, area, discipline, activity_type)
							        do update set activities = activity_menu_facet.activities + 1;
							    end if;
							    return null;
							end
							$$""");
			statement.execute("""
					create trigger activity_menu_facets after insert or update or delete on activity_menu
					for each row execute function activity_menu_facet_count()""");
			statement.execute("""
					create trigger activity_menu_facets_truncated after truncate on activity_menu
					for each statement execute function activity_menu_facet_count()""");
			statement.execute("""
					insert into activity_menu_facet
					select releasability, provider, area, discipline, activity_type, count(*) from activity_menu
					group by releasability, provider, area, discipline, activity_type""");
			participationTotals(statement);
		}
	}

	/**
	 * {@code activity_participation_total}: the seats a partner holds (approved, attended
	 * or no-show) per area, year of the event and releasability of the activity, which
	 * its programme's chart shows. Statement triggers move a statement's changes of
	 * requests, events and activities into it at once (a generated record of a million
	 * requests is one aggregated write), in the same transaction.
	 */
	private static void participationTotals(Statement statement) throws Exception {
		statement.execute("""
				create table activity_participation_total (
				    partner       varchar(3) not null,
				    area          varchar(40) not null,
				    yr            int not null,
				    releasability varchar(10) not null,
				    seats         bigint not null,
				    primary key (partner, area, yr, releasability)
				)""");
		// A change as rows of (partner, area, year, releasability, seats), negative for
		// what the change took away, added into the totals; a change that moves nothing
		// (feedback, nominees) writes nothing, so it never waits on another's totals.
		String add = """
				insert into activity_participation_total
				select partner, area, yr, releasability, sum(seats) from (%s) change
				group by partner, area, yr, releasability having sum(seats) <> 0
				on conflict (partner, area, yr, releasability)
				do update set seats = activity_participation_total.seats + excluded.seats""";
		String held = "status in ('APPROVED', 'ATTENDED', 'NO_SHOW')";
		String requestsAdded = "select r.partner, a.area, extract(year from e.start_on)::int as yr, a.releasability,"
				+ " %s r.seats as seats from %s r join activity_event e on e.id = r.event"
				+ " join activity_menu a on a.id = e.activity where r." + held;
		trigger(statement, "activity_request", "insert", "new table as added",
				add.formatted(requestsAdded.formatted("", "added")));
		trigger(statement, "activity_request", "delete", "old table as removed",
				add.formatted(requestsAdded.formatted("-", "removed")));
		trigger(statement, "activity_request", "update", "old table as removed new table as added", add
			.formatted(requestsAdded.formatted("-", "removed") + " union all " + requestsAdded.formatted("", "added")));
		String eventsMoved = "select r.partner, a.area, extract(year from e.start_on)::int as yr, a.releasability,"
				+ " %s r.seats as seats from %s e join activity_request r on r.event = e.id"
				+ " join activity_menu a on a.id = e.activity where r." + held;
		trigger(statement, "activity_event", "update", "old table as removed new table as added", add
			.formatted(eventsMoved.formatted("-", "removed") + " union all " + eventsMoved.formatted("", "added")));
		String activitiesMoved = "select r.partner, a.area, extract(year from e.start_on)::int as yr, a.releasability,"
				+ " %s r.seats as seats from %s a join activity_event e on e.activity = a.id"
				+ " join activity_request r on r.event = e.id where r." + held;
		trigger(statement, "activity_menu", "update", "old table as removed new table as added", add.formatted(
				activitiesMoved.formatted("-", "removed") + " union all " + activitiesMoved.formatted("", "added")));
		statement.execute("""
				create function activity_participation_total_cleared() returns trigger language plpgsql as $$
				begin
				    delete from activity_participation_total;
				    return null;
				end
				$$""");
		statement.execute("""
				create trigger activity_request_truncated after truncate on activity_request
				for each statement execute function activity_participation_total_cleared()""");
		statement.execute(add.formatted(requestsAdded.formatted("", "activity_request")));
	}

	private static void trigger(Statement statement, String table, String event, String transitions, String body)
			throws Exception {
		String function = table + "_" + event + "_totals";
		statement.execute("""
				create function %s() returns trigger language plpgsql as $$
				begin
				    %s;
				    return null;
				end
				$$""".formatted(function, body));
		statement.execute("create trigger %s after %s on %s referencing %s for each statement execute function %s()"
			.formatted(function, event, table, transitions, function));
	}

	private static boolean trigramsAvailable(Statement statement) throws Exception {
		try (ResultSet rs = statement.executeQuery("select 1 from pg_available_extensions where name = 'pg_trgm'")) {
			return rs.next();
		}
	}

}
