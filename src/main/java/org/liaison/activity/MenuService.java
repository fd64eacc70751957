package org.liaison.activity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.activity.internal.Activity;
import org.liaison.activity.internal.ActivityRepository;
import org.liaison.activity.internal.ActivityStore;
import org.liaison.activity.internal.DataChecks;
import org.liaison.activity.internal.EventTimeline;
import org.liaison.activity.internal.MenuCsv;
import org.liaison.activity.internal.MenuQueries;
import org.liaison.directory.DirectoryService;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.shared.RecordWritten;
import org.liaison.shared.Releasability;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.Versioned;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cooperation menu: its areas and disciplines, the activities and who keeps them, and
 * the menu as CSV. NATO staff keep every activity, a provider those of its own
 * organisation; only staff publish an activity (make it {@code PUBLIC}) or withdraw it
 * from the public.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MenuService {

	private final ActivityRepository activities;

	private final ActivityStore store;

	private final MenuQueries queries;

	private final DirectoryService directory;

	private final EventTimeline timeline;

	private final DataChecks checks;

	private final java.time.Clock clock;

	private final ApplicationEventPublisher events;

	// Reference data

	public List<ReferenceItem> areas() {
		return queries.areas();
	}

	public List<ReferenceItem> disciplines() {
		return queries.disciplines();
	}

	/** Adds or renames an area of cooperation; answers whether anything changed. */
	@Transactional
	public boolean putArea(ReferenceItem item) {
		checks.validate(item);
		boolean changed = store.putArea(item);
		if (changed) {
			events.publishEvent(new RecordWritten("ActivityArea", item.code(), item.code(), null, null, "changed",
					Map.of(), RecordWritten.fieldsOf(item)));
		}
		return changed;
	}

	@Transactional
	public boolean putDiscipline(ReferenceItem item) {
		checks.validate(item);
		boolean changed = store.putDiscipline(item);
		if (changed) {
			events.publishEvent(new RecordWritten("ActivityDiscipline", item.code(), item.code(), null, null, "changed",
					Map.of(), RecordWritten.fieldsOf(item)));
		}
		return changed;
	}

	public List<String> providers(Audience audience) {
		return queries.providers(audience);
	}

	// The menu

	public MenuPage menu(MenuQuery query, Audience audience, PageOf.Request page) {
		return queries.menu(query, audience, page);
	}

	public ActivitySummary activity(String ref, Audience audience) {
		return queries.activity(ref, audience).orElseThrow(() -> new RecordNotFoundException("activity", ref));
	}

	/**
	 * Public, non-illustrative activities the partner took part in, for its public page:
	 * at most {@code limit}, those of its latest participations, by title.
	 * @param on the day the page is shown as of, or none for today
	 */
	public List<ActivitySummary> publicExamples(NationCode partner, @Nullable LocalDate on, int limit) {
		return queries.publicExamples(partner, on, limit);
	}

	/**
	 * Adds an activity to the menu: NATO staff for any provider, a provider for its own
	 * organisation only. Only NATO staff publish an activity (make it {@code PUBLIC}).
	 */
	@Transactional
	public ActivitySummary addActivity(ActivityData data, Audience actor) {
		requireKeeper(actor, data.provider());
		List<Problem> problems = check(data);
		if (!actor.isNatoStaff() && data.releasability() == Releasability.PUBLIC) {
			problems.add(new Problem("releasability", "is PARTNER or NATO: only NATO staff make an activity public"));
		}
		if (activities.findByRef(data.ref()).isPresent()) {
			problems.add(new Problem("ref", "'" + data.ref() + "' is already an activity of the menu"));
		}
		InvalidInputException.throwIfAny(problems);
		Activity activity = activities.save(Activity.create(data, clock.instant()));
		return activity(activity.ref(), Audience.alliance());
	}

	/** Revises an activity: NATO staff any, a provider its own (and it stays its own). */
	@Transactional
	public ActivitySummary reviseActivity(String ref, long version, ActivityData data, Audience actor) {
		ActivitySummary before = activity(ref, actor);
		requireKeeper(actor, before.provider());
		requireKeeper(actor, data.provider());
		Activity activity = Versioned.atVersion(activities.findByRef(ref), version, "activity", ref);
		List<Problem> problems = check(data);
		if (!actor.isNatoStaff()
				&& (data.releasability() == Releasability.PUBLIC) != (before.releasability() == Releasability.PUBLIC)) {
			problems.add(new Problem("releasability", "stays " + before.releasability()
					+ ": only NATO staff publish an activity or withdraw it from the public"));
		}
		if (!data.ref().equals(ref) && activities.findByRef(data.ref()).isPresent()) {
			problems.add(new Problem("ref", "'" + data.ref() + "' is already an activity of the menu"));
		}
		InvalidInputException.throwIfAny(problems);
		activity.revise(data, clock.instant());
		activities.save(activity);
		timeline.tellAll(activity);
		return activity(activity.ref(), Audience.alliance());
	}

	/**
	 * Field rules, the data's own rules, and that its area, discipline and provider
	 * exist.
	 */
	List<Problem> check(ActivityData data) {
		return check(data, checks::frameworks, store::areaExists, store::disciplineExists,
				provider -> directory.organisationByRef(provider, Audience.alliance()).isPresent());
	}

	/**
	 * The same checks for many activities, each area, discipline and provider looked up
	 * once however many activities name it.
	 */
	java.util.function.Function<ActivityData, List<Problem>> checker() {
		Map<String, Boolean> areas = new java.util.HashMap<>();
		Map<String, Boolean> disciplines = new java.util.HashMap<>();
		Map<String, Boolean> providers = new java.util.HashMap<>();
		List<String> frameworks = checks.frameworks();
		return data -> check(data, () -> frameworks, area -> areas.computeIfAbsent(area, store::areaExists),
				discipline -> disciplines.computeIfAbsent(discipline, store::disciplineExists), provider -> providers
					.computeIfAbsent(provider, p -> directory.organisationByRef(p, Audience.alliance()).isPresent()));
	}

	private List<Problem> check(ActivityData data, java.util.function.Supplier<List<String>> frameworks,
			java.util.function.Predicate<String> area, java.util.function.Predicate<String> discipline,
			java.util.function.Predicate<String> provider) {
		List<Problem> problems = checks.violations(data, frameworks);
		if (data.area() != null && !area.test(data.area())) {
			problems.add(new Problem("area", "'" + data.area() + "' is not an area of cooperation"));
		}
		if (data.discipline() != null && !discipline.test(data.discipline())) {
			problems.add(new Problem("discipline", "'" + data.discipline() + "' is not a discipline"));
		}
		if (data.provider() != null && !data.provider().isBlank() && !provider.test(data.provider())) {
			problems.add(new Problem("provider", "'" + data.provider() + "' is not an organisation of the directory"));
		}
		return problems;
	}

	// Who keeps an activity

	/**
	 * Whether the reader keeps the activities of this provider: NATO staff every one, a
	 * provider its own.
	 */
	public static boolean keeps(Audience reader, @Nullable String provider) {
		return reader.isNatoStaff() || reader.isProvider(provider);
	}

	/**
	 * Refuses, with the reason, a reader who does not keep the activities of this
	 * provider.
	 */
	public static void requireKeeper(Audience actor, @Nullable String provider) {
		if (keeps(actor, provider)) {
			return;
		}
		throw new RuleViolationException(actor.provider() == null
				? "Only NATO staff and the provider (%s) keep this activity and its events".formatted(provider)
				: "You keep the activities of %s only: you do not keep this activity, which %s provides"
					.formatted(actor.provider(), provider));
	}

	// CSV of the menu

	/**
	 * The frameworks an activity's eligibility may name, by code: the reference list's.
	 */
	public List<String> frameworks() {
		return checks.frameworks();
	}

	/**
	 * The menu as CSV, with the documented header ({@link MenuCsv#HEADER}), written row
	 * by row as the activities are read (in a transaction, where PostgreSQL's driver
	 * reads a large result a batch at a time rather than whole).
	 */
	@Transactional(readOnly = true)
	public void writeCsv(Audience audience, Writer out) throws IOException {
		MenuCsv.writeHeader(out);
		queries.eachActivity(audience, activity -> {
			try {
				MenuCsv.writeRow(activity, out);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/**
	 * Imports the menu from CSV: every row is checked first and every bad row reported
	 * with its line number; if any row is bad nothing is written. Rows equal to what is
	 * stored change nothing; the writes are batched.
	 */
	@Transactional
	public CsvImportReport importCsv(String csv) {
		MenuCsv.Parsed parsed = MenuCsv.read(csv, Set.copyOf(checks.frameworks()));
		List<String> errors = new ArrayList<>(parsed.errors());
		Map<String, Integer> seen = new LinkedHashMap<>();
		Set<String> areas = Set.copyOf(queries.areas().stream().map(ReferenceItem::code).toList());
		Set<String> disciplines = Set.copyOf(queries.disciplines().stream().map(ReferenceItem::code).toList());
		Map<String, Boolean> providers = new LinkedHashMap<>();
		for (MenuCsv.Row row : parsed.rows()) {
			List<String> reasons = new ArrayList<>();
			checks.violations(row.data()).forEach(p -> reasons.add(p.field() + " " + p.message()));
			if (!areas.contains(row.data().area())) {
				reasons.add("area '" + row.data().area() + "' is not an area of cooperation");
			}
			if (!disciplines.contains(row.data().discipline())) {
				reasons.add("discipline '" + row.data().discipline() + "' is not a discipline");
			}
			if (!providers.computeIfAbsent(row.data().provider(),
					p -> directory.organisationByRef(p, Audience.alliance()).isPresent())) {
				reasons.add("provider '" + row.data().provider() + "' is not an organisation of the directory");
			}
			Integer earlier = seen.putIfAbsent(row.data().ref(), row.line());
			if (earlier != null) {
				reasons.add("reference " + row.data().ref() + " is already on line " + earlier);
			}
			if (!reasons.isEmpty()) {
				errors.add("line " + row.line() + ": " + String.join("; ", reasons));
			}
		}
		if (!errors.isEmpty()) {
			errors.sort(Comparator.comparingInt(MenuService::lineOf));
			return new CsvImportReport(parsed.rows().size(), 0, 0, errors);
		}
		Map<String, ActivitySummary> existing = new LinkedHashMap<>();
		queries.allActivities().forEach(a -> existing.put(a.ref(), a));
		Map<UUID, ActivityData> created = new LinkedHashMap<>();
		List<ActivityData> changed = new ArrayList<>();
		List<RecordWritten> written = new ArrayList<>();
		for (MenuCsv.Row row : parsed.rows()) {
			ActivitySummary before = existing.get(row.data().ref());
			if (before == null) {
				UUID id = UUID.randomUUID();
				created.put(id, row.data());
				written.add(RecordWritten.created(Activity.class.getSimpleName(), id.toString(), row.data().ref(), null,
						row.data().releasability(), RecordWritten.fieldsOf(row.data())));
				continue;
			}
			ActivityData merged = MenuCsv.keepOthers(before.toData(), row.data());
			if (!merged.equals(before.toData())) {
				changed.add(merged);
				written.add(new RecordWritten(Activity.class.getSimpleName(), before.id().toString(), before.ref(),
						null, stricter(before.releasability(), merged.releasability()), "changed",
						RecordWritten.fieldsOf(before.toData()), RecordWritten.fieldsOf(merged)));
			}
		}
		store.batchWrite(created, changed, clock.instant());
		written.forEach(events::publishEvent);
		return new CsvImportReport(parsed.rows().size(), created.size(), changed.size(), List.of());
	}

	private static Releasability stricter(Releasability one, Releasability other) {
		return one.compareTo(other) >= 0 ? one : other;
	}

	private static int lineOf(String error) {
		try {
			return Integer.parseInt(error.substring(5, error.indexOf(':')));
		}
		catch (RuntimeException ex) {
			return 0;
		}
	}

}
