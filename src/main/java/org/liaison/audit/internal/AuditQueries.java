package org.liaison.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import lombok.RequiredArgsConstructor;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditQuery;
import org.liaison.audit.Channel;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.PagedQuery;
import org.liaison.shared.Releasability;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the trail. A record's history is shown to a reader only as far as the reader may
 * see it: entries are filtered by their partner and releasability in the query, and an
 * entry without either (an account, a nation, a sign-in) is for NATO staff only.
 */
@Component
@RequiredArgsConstructor
public class AuditQueries {

	private static final String SELECT = "select e.seq, e.recorded_at, e.actor, e.actor_role, e.channel, e.request_id,"
			+ " e.client_address, e.record_kind, e.record_id, e.record_ref, e.partner, e.releasability, e.action,"
			+ " e.changes";

	private final JdbcClient jdbc;

	private final AuditChain chain;

	public PageOf<AuditEntry> search(AuditQuery query, PageOf.Request page) {
		Filter filter = filter(query);
		return PagedQuery.of(jdbc, SELECT, " from audit_entry e where " + filter.where(), " order by e.seq desc")
			.params(filter.params())
			.page(page, (rs, n) -> entry(rs));
	}

	/** Every entry the query finds, oldest first, one at a time (for an export). */
	public void each(AuditQuery query, Consumer<AuditEntry> consumer) {
		Filter filter = filter(query);
		jdbc.sql(SELECT + " from audit_entry e where " + filter.where() + " order by e.seq")
			.params(filter.params())
			.query((rs, n) -> entry(rs))
			.stream()
			.forEach(consumer);
	}

	/**
	 * A record's history, newest first, as the reader may see it: nothing at all when the
	 * reader may not see the record as it stands now.
	 */
	public List<AuditEntry> history(String kind, String id, Audience audience, int limit) {
		String visible = visible(audience, "e");
		return jdbc.sql(SELECT + " " + """
				from audit_entry e where (e.record_kind = :kind and e.record_id = :id or e.owner_id = :id) and %s
				and exists (select 1 from audit_entry l where l.record_kind = :kind and l.record_id = :id
				  and %s and l.seq = (select max(m.seq) from audit_entry m
				    where m.record_kind = :kind and m.record_id = :id))
				order by e.seq desc limit :limit""".formatted(visible, visible(audience, "l")))
			.param("kind", kind)
			.param("id", id)
			.param("limit", limit)
			.params(audience.sqlParameters())
			.query((rs, n) -> entry(rs))
			.list();
	}

	public Optional<AuditEntry> last(String kind, String id, Audience audience) {
		return history(kind, id, audience, 1).stream().findFirst();
	}

	private static String visible(Audience audience, String alias) {
		return switch (audience.kind()) {
			case ALLIANCE, ALLY -> "(1 = 1)";
			// A partner's record without a releasability of its own (a request for
			// places)
			// is the partner's and NATO's; a record without a partnership (an account, a
			// sign-in) is for NATO staff only.
			case PARTNER ->
				"(%1$s.releasability = 'PUBLIC' or ((%1$s.releasability = 'PARTNER' or %1$s.releasability is null)"
					.formatted(alias) + " and %1$s.partner = :audienceNation))".formatted(alias);
			case PUBLIC -> "(" + alias + ".releasability = 'PUBLIC')";
		};
	}

	private record Filter(String where, Map<String, Object> params) {
	}

	private static Filter filter(AuditQuery query) {
		List<String> conditions = new ArrayList<>(List.of("1 = 1"));
		Map<String, Object> params = new LinkedHashMap<>();
		if (query.actor() != null) {
			conditions.add("e.actor = :actor");
			params.put("actor", query.actor());
		}
		if (query.partner() != null) {
			conditions.add("e.partner = :partner");
			params.put("partner", query.partner().value());
		}
		if (query.recordKind() != null) {
			conditions.add("e.record_kind = :recordKind");
			params.put("recordKind", query.recordKind());
		}
		if (query.from() != null) {
			conditions.add("e.recorded_at >= :from");
			params.put("from", Timestamp.from(query.from()));
		}
		if (query.to() != null) {
			conditions.add("e.recorded_at < :to");
			params.put("to", Timestamp.from(query.to()));
		}
		return new Filter(String.join(" and ", conditions), params);
	}

	public org.liaison.audit.ChainVerification verify() {
		return chain.verify();
	}

	/** The kinds of record the trail holds, for a filter's choices. */
	public List<String> kinds() {
		return jdbc.sql("select distinct record_kind from audit_entry order by record_kind").query(String.class).list();
	}

	private AuditEntry entry(ResultSet rs) throws SQLException {
		String partner = rs.getString("partner");
		String releasability = rs.getString("releasability");
		return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("recorded_at").toInstant(), rs.getString("actor"),
				rs.getString("actor_role"), Channel.valueOf(rs.getString("channel")), rs.getString("request_id"),
				rs.getString("client_address"), rs.getString("record_kind"), rs.getString("record_id"),
				rs.getString("record_ref"), partner == null ? null : NationCode.of(partner),
				releasability == null ? null : Releasability.valueOf(releasability), rs.getString("action"),
				chain.changes(rs.getString("changes")));
	}

}
