package db.migration.audit;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL, the audit trail refuses to be changed: a trigger refuses every UPDATE
 * and DELETE of an entry, whoever asks. H2, which serves development and tests only, has
 * no such trigger; the hash chain still shows a change made there.
 */
public class V2__Append_only_on_postgresql extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		if (!context.getConnection().getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
			return;
		}
		try (Statement statement = context.getConnection().createStatement()) {
			statement.execute("""
					create function audit_entry_is_append_only() returns trigger language plpgsql as $$
					begin
					    raise exception 'The audit trail is append-only: % of an entry is refused', tg_op;
					end
					$$""");
			statement.execute("""
					create trigger audit_entry_append_only before update or delete on audit_entry
					for each row execute function audit_entry_is_append_only()""");
			statement.execute("""
					create trigger audit_entry_never_truncated before truncate on audit_entry
					for each statement execute function audit_entry_is_append_only()""");
		}
	}

}
