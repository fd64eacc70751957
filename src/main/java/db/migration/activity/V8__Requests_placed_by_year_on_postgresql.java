package db.migration.activity;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL, each participation request keeps where it falls in its partner's
 * programme: the start of its event and the area and releasability of the event's
 * activity, kept by triggers in the same transaction as every write to a request, an
 * event or an activity. A year of a partner's requests, sorted and paged by area and
 * start, is then read from one index of the requests alone (a thousand entries for a year
 * at every partnership's scale), where it joined every event of the year to every request
 * for it. H2 has none of this: there the programme joins, with the same result.
 */
public class V8__Requests_placed_by_year_on_postgresql extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		if (!context.getConnection().getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
			return;
		}
		try (Statement statement = context.getConnection().createStatement()) {
			statement.execute("alter table activity_request add column event_start date,"
					+ " add column area varchar(40), add column releasability varchar(10)");
			// The places of the requests there are, without moving any total: the totals
			// read the area and year from the event and activity, which this leaves as
			// they are.
			statement.execute("alter table activity_request disable trigger activity_request_update_totals");
			statement.execute(
					"""
							update activity_request r set event_start = e.start_on, area = a.area, releasability = a.releasability
							from activity_event e join activity_menu a on a.id = e.activity where e.id = r.event""");
			statement.execute("alter table activity_request enable trigger activity_request_update_totals");
			statement.execute("create index activity_request_by_year on activity_request"
					+ " (partner, event_start, area, releasability, requested_at, id)");
			statement.execute("""
					create function activity_request_placed() returns trigger language plpgsql as $$
					begin
					    select e.start_on, a.area, a.releasability into new.event_start, new.area, new.releasability
					    from activity_event e join activity_menu a on a.id = e.activity where e.id = new.event;
					    return new;
					end
					$$""");
			// Before the row is written: whatever a write sets or leaves out, the place
			// is
			// the event's as it is then. An event or an activity that moves touches its
			// requests, which so are placed again.
			statement.execute("""
					create trigger activity_request_placed before insert or update on activity_request
					for each row execute function activity_request_placed()""");
			statement.execute("""
					create function activity_event_moved() returns trigger language plpgsql as $$
					begin
					    update activity_request r set event_start = new.start_on where r.event = new.id;
					    return null;
					end
					$$""");
			statement.execute("""
					create trigger activity_event_moved after update on activity_event for each row
					when (old.start_on is distinct from new.start_on or old.activity is distinct from new.activity)
					execute function activity_event_moved()""");
			statement.execute("""
					create function activity_menu_moved() returns trigger language plpgsql as $$
					begin
					    update activity_request r set area = new.area from activity_event e
					    where e.activity = new.id and r.event = e.id;
					    return null;
					end
					$$""");
			statement.execute("""
					create trigger activity_menu_moved after update on activity_menu for each row
					when (old.area is distinct from new.area or old.releasability is distinct from new.releasability)
					execute function activity_menu_moved()""");
		}
	}

}
