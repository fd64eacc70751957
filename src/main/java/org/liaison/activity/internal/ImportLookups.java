package org.liaison.activity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.activity.EventData;
import org.liaison.activity.EventStatus;
import org.liaison.shared.Batches;
import org.liaison.shared.NationCode;
import org.liaison.shared.Releasability;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stored activities and events that a bulk import's records name by their keys, read
 * a thousand keys a query rather than one query a record.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ImportLookups {

	private final JdbcClient jdbc;

	/** An activity as its events' milestones and writes need it. */
	record StoredActivity(UUID id, String ref, String title, Releasability releasability, long version) {
	}

	/** The natural key of an event: its activity, first day and place. */
	record EventKey(UUID activity, LocalDate start, String city, NationCode nation) {

		EventKey {
			city = city.strip();
		}

	}

	/** An event as stored, in the form a dossier's event is compared in. */
	record StoredEvent(UUID id, UUID activity, EventData data, EventStatus status, @Nullable String cancelReason,
			long version) {

		EventKey key() {
			return new EventKey(activity, data.start(), data.city(), data.nation());
		}

	}

	/** The stored activities among these references, by reference. */
	Map<String, StoredActivity> activities(Set<String> refs) {
		Map<String, StoredActivity> found = new HashMap<>();
		Batches.each(refs, batch -> jdbc
			.sql("select id, ref, title, releasability, version from activity_menu where ref in (:refs)")
			.param("refs", batch)
			.query((rs, row) -> new StoredActivity(rs.getObject("id", UUID.class), rs.getString("ref"),
					rs.getString("title"), Releasability.valueOf(rs.getString("releasability")), rs.getLong("version")))
			.list()
			.forEach(a -> found.put(a.ref(), a)));
		return found;
	}

	/** The stored events of these activities, by key. */
	Map<EventKey, StoredEvent> events(Collection<UUID> activities) {
		Map<EventKey, StoredEvent> found = new HashMap<>();
		Batches.each(activities,
				batch -> jdbc.sql("select * from activity_event where activity in (:ids)")
					.param("ids", batch)
					.query(ImportLookups::event)
					.list()
					.forEach(e -> found.put(e.key(), e)));
		return found;
	}

	private static StoredEvent event(ResultSet rs, int row) throws SQLException {
		EventData data = new EventData(rs.getObject("start_on", LocalDate.class),
				rs.getObject("end_on", LocalDate.class), rs.getString("city"), NationCode.of(rs.getString("nation")),
				rs.getInt("seats"), rs.getString("lang"), rs.getObject("deadline", LocalDate.class),
				rs.getBoolean("milestone"), rs.getString("milestone_text"), rs.getBoolean("illustrative"));
		return new StoredEvent(rs.getObject("id", UUID.class), rs.getObject("activity", UUID.class), data,
				EventStatus.valueOf(rs.getString("status")), rs.getString("cancel_reason"), rs.getLong("version"));
	}

}
