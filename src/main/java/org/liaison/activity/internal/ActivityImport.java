package org.liaison.activity.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.activity.ActivityData;
import org.liaison.activity.ActivitySummary;
import org.liaison.activity.DossierActivity;
import org.liaison.shared.BatchImport;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.RecordWritten;
import org.liaison.shared.Releasability;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Imports a dossier's activities at once: the stored ones read by reference in a few
 * queries, each compared with what the dossier says, the new and changed ones written in
 * JDBC batches and each write told to the audit trail. A revised activity tells its
 * events' milestones anew, as a revision by hand does.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ActivityImport {

	private final MenuQueries queries;

	private final ActivityStore store;

	private final ActivityRepository activities;

	private final EventTimeline timeline;

	private final ApplicationEventPublisher publisher;

	/** An activity as the import leaves it, and whether it is new to the database. */
	private record Current(UUID id, ActivityData data, boolean inserted) {
	}

	/**
	 * @param check the problems of an activity's data, its area, discipline and provider
	 * included
	 */
	public BatchImport importAll(List<DossierActivity> given, Function<ActivityData, List<Problem>> check) {
		BatchImport result = new BatchImport();
		Map<String, Current> current = new HashMap<>();
		for (ActivitySummary stored : queries
			.activitiesByRef(given.stream().map(a -> a.data().ref()).collect(Collectors.toSet()))) {
			current.put(stored.ref(), new Current(stored.id(), stored.toData(), false));
		}
		Map<UUID, ActivityData> created = new LinkedHashMap<>();
		Map<String, ActivityData> changed = new LinkedHashMap<>();
		Map<String, Instant> times = new HashMap<>();
		for (int i = 0; i < given.size(); i++) {
			DossierActivity item = given.get(i);
			List<Problem> problems = check.apply(item.data());
			if (!problems.isEmpty()) {
				result.refuse(i, problems);
				continue;
			}
			ActivityData after = Activity.create(item.data(), item.updatedAt()).toData();
			Current before = current.get(item.data().ref());
			if (before != null && before.data().equals(after)) {
				result.foundUnchanged();
				continue;
			}
			UUID id = before == null ? UUID.randomUUID() : before.id();
			boolean inserted = before == null || before.inserted();
			if (inserted) {
				created.put(id, after);
			}
			else {
				changed.put(after.ref(), after);
			}
			current.put(item.data().ref(), new Current(id, after, inserted));
			times.put(after.ref(), item.updatedAt());
			// Told as it is found, so that no list of every write is held.
			publisher.publishEvent(before == null
					? RecordWritten.created(Activity.class.getSimpleName(), id.toString(), after.ref(), null,
							after.releasability(), RecordWritten.fieldsOf(after))
					: new RecordWritten(Activity.class.getSimpleName(), id.toString(), after.ref(), null,
							stricter(before.data().releasability(), after.releasability()), "changed",
							RecordWritten.fieldsOf(before.data()), RecordWritten.fieldsOf(after)));
			result.wrote();
		}
		store.batchWrite(created, List.copyOf(changed.values()), data -> times.get(data.ref()));
		changed.keySet().forEach(ref -> activities.findByRef(ref).ifPresent(timeline::tellAll));
		return result;
	}

	private static Releasability stricter(Releasability one, Releasability other) {
		return one.compareTo(other) >= 0 ? one : other;
	}

}
