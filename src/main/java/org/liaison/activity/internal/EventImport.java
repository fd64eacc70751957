package org.liaison.activity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.activity.DossierEvent;
import org.liaison.activity.EventData;
import org.liaison.activity.EventMilestones;
import org.liaison.activity.internal.ImportLookups.EventKey;
import org.liaison.activity.internal.ImportLookups.StoredActivity;
import org.liaison.activity.internal.ImportLookups.StoredEvent;
import org.liaison.shared.BatchImport;
import org.liaison.shared.Batches;
import org.liaison.shared.MultiRowInsert;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.MilestoneEvent.Entry;
import org.liaison.shared.MilestoneEvent.MilestoneFacts;
import org.liaison.shared.NationCode;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.shared.RecordWritten;
import org.liaison.shared.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Imports a dossier's events at once: their activities and the stored events read in a
 * few queries, each event compared with the stored one by its key, the new and changed
 * ones written in JDBC batches, each write told to the audit trail and the milestones
 * told to the timeline. The status is written as the dossier has it: an import records
 * history that already happened, so it does not replay the lifecycle.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EventImport {

	private static final List<String> COLUMNS = List.of("id", "activity", "start_on", "end_on", "city", "nation",
			"seats", "lang", "deadline", "status", "milestone", "milestone_text", "cancel_reason", "illustrative",
			"updated_at", "version");

	private static final String UPDATE = """
			update activity_event set end_on = :end, seats = :seats, lang = :lang, deadline = :deadline,
			    status = :status, milestone = :milestone, milestone_text = :text, cancel_reason = :reason,
			    illustrative = :illustrative, updated_at = :at, version = :version where id = :id""";

	private final ImportLookups lookups;

	private final DataChecks checks;

	private final NamedParameterJdbcTemplate template;

	private final ApplicationEventPublisher publisher;

	private final EventTimeline timeline;

	/** An event to write, and whether it is new to the database. */
	private record Write(StoredEvent event, StoredActivity activity, Instant at, boolean insert) {
	}

	public BatchImport importAll(List<DossierEvent> given) {
		BatchImport result = new BatchImport();
		Map<String, StoredActivity> activities = lookups
			.activities(given.stream().map(DossierEvent::activityRef).collect(Collectors.toSet()));
		Map<EventKey, StoredEvent> stored = lookups
			.events(activities.values().stream().map(StoredActivity::id).toList());
		Map<UUID, Write> writes = new LinkedHashMap<>();
		for (int i = 0; i < given.size(); i++) {
			DossierEvent item = given.get(i);
			List<Problem> problems = checks.violations(item.data());
			StoredActivity activity = activities.get(item.activityRef());
			if (problems.isEmpty() && activity == null) {
				problems.add(new Problem("", new RecordNotFoundException("activity", item.activityRef()).getMessage()));
			}
			if (!problems.isEmpty()) {
				result.refuse(i, problems);
				continue;
			}
			StoredEvent after = new StoredEvent(UUID.randomUUID(), activity.id(),
					Event.create(activity.id(), item.data(), item.status(), item.updatedAt()).toData(), item.status(),
					Texts.clean(item.cancelReason()), 0);
			StoredEvent before = stored.get(after.key());
			if (before != null && before.data().equals(after.data()) && before.status() == after.status()
					&& Objects.equals(before.cancelReason(), after.cancelReason())) {
				result.foundUnchanged();
				continue;
			}
			if (before != null) {
				after = new StoredEvent(before.id(), activity.id(), after.data(), after.status(), after.cancelReason(),
						before.version() + 1);
			}
			Write earlier = writes.get(after.id());
			writes.put(after.id(),
					new Write(after, activity, item.updatedAt(), earlier != null ? earlier.insert() : before == null));
			stored.put(after.key(), after);
			// Told as it is found, so that no list of every write is held.
			publisher.publishEvent(audited(before, after, activity));
			result.wrote();
		}
		write(writes.values());
		tellMilestones(writes.values());
		return result;
	}

	private void write(java.util.Collection<Write> writes) {
		MultiRowInsert.into(template.getJdbcOperations(), "activity_event", COLUMNS,
				writes.stream().filter(Write::insert).map(EventImport::row).toList());
		Batches.each(writes.stream().filter(w -> !w.insert()).toList(), batch -> template.batchUpdate(UPDATE,
				batch.stream().map(EventImport::bind).toArray(MapSqlParameterSource[]::new)));
	}

	/**
	 * Tells the timeline the milestones of the events written: a new event that stands
	 * for none has nothing to tell it.
	 */
	private void tellMilestones(java.util.Collection<Write> writes) {
		Set<NationCode> partners = timeline.partnerNations();
		for (Write write : writes) {
			StoredEvent event = write.event();
			List<Entry> entries = Event.milestones(event.data(), event.status(), write.activity().title());
			if (!partners.contains(event.data().nation()) || (write.insert() && entries.isEmpty())) {
				continue;
			}
			publisher.publishEvent(new EventMilestones(new MilestoneFacts(EventMilestones.SOURCE_TYPE, event.id(),
					event.version() + write.activity().version(), event.data().nation(),
					write.activity().releasability(), entries)));
		}
	}

	private static RecordWritten audited(@Nullable StoredEvent before, StoredEvent after, StoredActivity activity) {
		return new RecordWritten(Event.class.getSimpleName(), after.id().toString(), activity.ref(),
				after.data().nation(), activity.releasability(), before == null ? "created" : "changed",
				before == null ? Map.of() : fields(before), fields(after))
			.partOf(activity.id());
	}

	private static Map<String, @Nullable String> fields(StoredEvent event) {
		Map<String, @Nullable String> fields = new LinkedHashMap<>(RecordWritten.fieldsOf(event.data()));
		fields.put("status", event.status().name());
		fields.put("cancelReason", event.cancelReason());
		return fields;
	}

	private static Object[] row(Write write) {
		StoredEvent e = write.event();
		EventData d = e.data();
		return new Object[] { e.id(), e.activity(), d.start(), d.end(), d.city(), d.nation().value(), d.seats(),
				d.language(), d.deadline(), e.status().name(), d.milestone(), d.milestoneText(), e.cancelReason(),
				d.illustrative(), Timestamp.from(write.at()), e.version() };
	}

	private static MapSqlParameterSource bind(Write write) {
		StoredEvent e = write.event();
		return new MapSqlParameterSource().addValue("id", e.id())
			.addValue("activity", e.activity())
			.addValue("start", e.data().start())
			.addValue("end", e.data().end())
			.addValue("city", e.data().city())
			.addValue("nation", e.data().nation().value())
			.addValue("seats", e.data().seats())
			.addValue("lang", e.data().language())
			.addValue("deadline", e.data().deadline())
			.addValue("status", e.status().name())
			.addValue("milestone", e.data().milestone())
			.addValue("text", e.data().milestoneText())
			.addValue("reason", e.cancelReason())
			.addValue("illustrative", e.data().illustrative())
			.addValue("at", Timestamp.from(write.at()))
			.addValue("version", e.version());
	}

}
