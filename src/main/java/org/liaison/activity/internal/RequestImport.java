package org.liaison.activity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.activity.DossierRequest;
import org.liaison.activity.RequestStatus;
import org.liaison.activity.internal.ImportLookups.EventKey;
import org.liaison.activity.internal.ImportLookups.StoredActivity;
import org.liaison.activity.internal.ImportLookups.StoredEvent;
import org.liaison.activity.internal.ParticipationRequest.Held;
import org.liaison.activity.internal.ParticipationRequest.Nominee;
import org.liaison.shared.BatchImport;
import org.liaison.shared.Batches;
import org.liaison.shared.MultiRowInsert;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.NationCode;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.shared.RecordWritten;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Imports a partner's requests at once: the events they name and the partner's stored
 * requests read in a few queries, each request compared with the stored one of its event,
 * the new and changed ones written in JDBC batches with their nominees, and each write
 * told to the audit trail. The status is written as the dossier has it, so no lifecycle
 * event is published; PostgreSQL's triggers keep the totals of seats as for any write.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RequestImport {

	private static final List<String> COLUMNS = List.of("id", "partner", "event", "seats", "priority", "plan_goal",
			"status", "reason", "rating", "feedback", "requested_at", "illustrative", "updated_at", "version");

	private static final String UPDATE = """
			update activity_request set seats = :seats, priority = :priority, plan_goal = :planGoal, status = :status,
			    reason = :reason, rating = :rating, feedback = :feedback, illustrative = :illustrative, updated_at = :at,
			    version = :version where id = :id""";

	private static final List<String> NOMINEE_COLUMNS = List.of("request", "position", "name", "rank_or_function",
			"organisation");

	private final ImportLookups lookups;

	private final DataChecks checks;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate template;

	private final ApplicationEventPublisher publisher;

	/** A request as stored: its identity and times beside what it holds. */
	private record Stored(UUID id, UUID event, Held held, Instant requestedAt, long version) {
	}

	private record Write(Stored request, Instant at, boolean insert) {
	}

	public BatchImport importAll(NationCode partner, List<DossierRequest> given) {
		BatchImport result = new BatchImport();
		Map<String, StoredActivity> activities = lookups
			.activities(given.stream().map(DossierRequest::activityRef).collect(Collectors.toSet()));
		Map<EventKey, StoredEvent> events = lookups
			.events(activities.values().stream().map(StoredActivity::id).toList());
		Map<UUID, Stored> stored = stored(partner);
		Map<UUID, Write> writes = new LinkedHashMap<>();
		for (int i = 0; i < given.size(); i++) {
			DossierRequest item = given.get(i);
			List<Problem> problems = checks.violations(item.data());
			if (!problems.isEmpty()) {
				result.refuse(i, problems);
				continue;
			}
			StoredActivity activity = activities.get(item.activityRef());
			StoredEvent event = activity == null ? null
					: events.get(new EventKey(activity.id(), item.eventStart(), item.eventCity(), item.eventNation()));
			if (event == null) {
				result.refuse(i,
						(activity == null ? new RecordNotFoundException("activity", item.activityRef())
								: new RecordNotFoundException("event",
										item.activityRef() + " " + item.eventStart() + " " + item.eventCity()))
							.getMessage());
				continue;
			}
			Held held = ParticipationRequest.held(item.data(), item.status(), item.reason(), item.rating(),
					item.feedback());
			Stored before = stored.get(event.id());
			if (before != null && before.held().equals(held)) {
				result.foundUnchanged();
				continue;
			}
			Stored after = before == null ? new Stored(UUID.randomUUID(), event.id(), held, item.requestedAt(), 0)
					: new Stored(before.id(), event.id(), held, before.requestedAt(), before.version() + 1);
			Write earlier = writes.get(after.id());
			writes.put(after.id(),
					new Write(after, item.updatedAt(), earlier != null ? earlier.insert() : before == null));
			stored.put(event.id(), after);
			// Told as it is found, so that no list of every write is held.
			publisher.publishEvent(new RecordWritten(ParticipationRequest.class.getSimpleName(), after.id().toString(),
					null, partner, null, before == null ? "created" : action(before, after),
					before == null ? Map.of() : fields(partner, before), fields(partner, after))
				.partOf(event.id()));
			result.wrote();
		}
		write(partner, writes.values());
		return result;
	}

	/** The partner's stored requests, by event, with their nominees. */
	private Map<UUID, Stored> stored(NationCode partner) {
		Map<UUID, List<Nominee>> nominees = new HashMap<>();
		jdbc.sql(
				"""
						select n.request, n.name, n.rank_or_function, n.organisation from activity_nominee n
						join activity_request r on r.id = n.request where r.partner = :partner order by n.request, n.position""")
			.param("partner", partner.value())
			.query((rs, row) -> Map.entry(rs.getObject("request", UUID.class),
					new Nominee(rs.getString("name"), rs.getString("rank_or_function"), rs.getString("organisation"))))
			.list()
			.forEach(n -> nominees.computeIfAbsent(n.getKey(), id -> new ArrayList<>()).add(n.getValue()));
		Map<UUID, Stored> stored = new HashMap<>();
		jdbc.sql("select * from activity_request where partner = :partner")
			.param("partner", partner.value())
			.query((rs, row) -> {
				UUID id = rs.getObject("id", UUID.class);
				Integer rating = rs.getObject("rating") == null ? null : rs.getInt("rating");
				Held held = new Held(rs.getInt("seats"), rs.getInt("priority"), rs.getString("plan_goal"),
						List.copyOf(nominees.getOrDefault(id, List.of())), rs.getBoolean("illustrative"),
						RequestStatus.valueOf(rs.getString("status")), rs.getString("reason"), rating,
						rs.getString("feedback"));
				return new Stored(id, rs.getObject("event", UUID.class), held,
						rs.getTimestamp("requested_at").toInstant(), rs.getLong("version"));
			})
			.list()
			.forEach(r -> stored.put(r.event(), r));
		return stored;
	}

	private void write(NationCode partner, java.util.Collection<Write> writes) {
		List<Write> inserts = writes.stream().filter(Write::insert).toList();
		List<Write> updates = writes.stream().filter(w -> !w.insert()).toList();
		MultiRowInsert.into(template.getJdbcOperations(), "activity_request", COLUMNS,
				inserts.stream().map(w -> row(partner, w)).toList());
		Batches.each(updates, batch -> {
			template.batchUpdate(UPDATE,
					batch.stream().map(w -> bind(partner, w)).toArray(MapSqlParameterSource[]::new));
			template.batchUpdate("delete from activity_nominee where request = :id",
					batch.stream()
						.map(w -> new MapSqlParameterSource("id", w.request().id()))
						.toArray(MapSqlParameterSource[]::new));
		});
		List<Object[]> nominees = new ArrayList<>();
		for (Write write : writes) {
			List<Nominee> named = write.request().held().nominees();
			for (int position = 0; position < named.size(); position++) {
				Nominee nominee = named.get(position);
				nominees.add(new Object[] { write.request().id(), position, nominee.name(), nominee.rankOrFunction(),
						nominee.organisation() });
			}
		}
		MultiRowInsert.into(template.getJdbcOperations(), "activity_nominee", NOMINEE_COLUMNS, nominees);
	}

	private static Object[] row(NationCode partner, Write write) {
		Stored r = write.request();
		Held h = r.held();
		return new Object[] { r.id(), partner.value(), r.event(), h.seats(), h.priority(), h.planGoal(),
				h.status().name(), h.reason(), h.rating(), h.feedback(), Timestamp.from(r.requestedAt()),
				h.illustrative(), Timestamp.from(write.at()), r.version() };
	}

	private static MapSqlParameterSource bind(NationCode partner, Write write) {
		Stored r = write.request();
		Held h = r.held();
		return new MapSqlParameterSource().addValue("id", r.id())
			.addValue("partner", partner.value())
			.addValue("event", r.event())
			.addValue("seats", h.seats())
			.addValue("priority", h.priority())
			.addValue("planGoal", h.planGoal())
			.addValue("status", h.status().name())
			.addValue("reason", h.reason())
			.addValue("rating", h.rating())
			.addValue("feedback", h.feedback())
			.addValue("requestedAt", Timestamp.from(r.requestedAt()))
			.addValue("illustrative", h.illustrative())
			.addValue("at", Timestamp.from(write.at()))
			.addValue("version", r.version());
	}

	private static String action(Stored before, Stored after) {
		return before.held().status() != after.held().status() ? "moved" : "changed";
	}

	/** The fields of a request as the audit trail shows those of a saved one. */
	private static Map<String, @Nullable String> fields(NationCode partner, Stored request) {
		Held h = request.held();
		Map<String, @Nullable String> fields = new LinkedHashMap<>();
		fields.put("partner", partner.value());
		fields.put("event", request.event().toString());
		fields.put("seats", String.valueOf(h.seats()));
		fields.put("priority", String.valueOf(h.priority()));
		fields.put("planGoal", h.planGoal());
		fields.put("status", h.status().name());
		fields.put("reason", h.reason());
		fields.put("rating", RecordWritten.text(h.rating()));
		fields.put("feedback", h.feedback());
		StringJoiner nominees = new StringJoiner("; ");
		for (Nominee n : h.nominees()) {
			StringJoiner nominee = new StringJoiner(", ", "[", "]").add("name " + n.name());
			if (n.rankOrFunction() != null) {
				nominee.add("rankOrFunction " + n.rankOrFunction());
			}
			if (n.organisation() != null) {
				nominee.add("organisation " + n.organisation());
			}
			nominees.add(nominee.toString());
		}
		fields.put("nominees", h.nominees().isEmpty() ? null : nominees.toString());
		fields.put("requestedAt", request.requestedAt().toString());
		fields.put("illustrative", String.valueOf(h.illustrative()));
		return fields;
	}

}
