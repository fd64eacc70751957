package org.liaison.partner.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.RecordNotFoundException;

/**
 * The rules of a record's dated versions, the same for a profile and a narrative: a
 * revision with an effective date adds a version (or rewrites the one of that date), a
 * revision without one rewrites the latest in place, as revisions always did; the record
 * reads as its latest version, and as of a day as the latest version effective by then.
 */
final class DatedVersions {

	/** A version of a record's texts. */
	interface Version<V extends Version<V>> {

		/** The day the version took effect; none for one that stands from the start. */
		@Nullable LocalDate effectiveFrom();

		Instant updatedAt();

		V effectiveFrom(@Nullable LocalDate day);

	}

	/** Versions in the order they took effect: one from the start first. */
	static final Comparator<Version<?>> ORDER = Comparator.comparing(Version::effectiveFrom,
			Comparator.nullsFirst(Comparator.naturalOrder()));

	private DatedVersions() {
	}

	static <V extends Version<V>> Set<V> revised(Set<V> versions, V revision) {
		Set<V> next = new HashSet<>(versions);
		if (revision.effectiveFrom() == null && !versions.isEmpty()) {
			V latest = latest(versions);
			next.remove(latest);
			next.add(revision.effectiveFrom(latest.effectiveFrom()));
			return next;
		}
		next.removeIf(v -> Objects.equals(v.effectiveFrom(), revision.effectiveFrom()));
		next.add(revision);
		return next;
	}

	/**
	 * The versions with this one in its place: it replaces the one of its day (or the one
	 * from the start), and the others stay. This is how a dossier's versions are written.
	 */
	static <V extends Version<V>> Set<V> placed(Set<V> versions, V version) {
		Set<V> next = new HashSet<>(versions);
		next.removeIf(v -> Objects.equals(v.effectiveFrom(), version.effectiveFrom()));
		next.add(version);
		return next;
	}

	/**
	 * Fails unless the earlier versions a dossier gives are each of their own day and
	 * before the latest, which then needs a day of its own.
	 */
	static void checkEarlier(@Nullable LocalDate latest, List<@Nullable LocalDate> earlier) {
		List<Problem> problems = new ArrayList<>();
		Set<@Nullable LocalDate> seen = new HashSet<>();
		for (int i = 0; i < earlier.size(); i++) {
			LocalDate day = earlier.get(i);
			String field = "earlierVersions[" + i + "].effectiveFrom";
			if (!seen.add(day)) {
				problems.add(new Problem(field, "Two earlier versions take effect on the same day, " + day));
			}
			else if (latest == null) {
				problems.add(new Problem("effectiveFrom",
						"The latest version needs the day it took effect when earlier versions are given"));
				break;
			}
			else if (day != null && !day.isBefore(latest)) {
				problems.add(new Problem(field,
						"An earlier version takes effect before the latest one (" + latest + "), not on " + day));
			}
		}
		InvalidInputException.throwIfAny(problems);
	}

	static <V extends Version<V>> Set<V> without(Set<V> versions, LocalDate effectiveFrom, String record) {
		Set<V> next = new HashSet<>(versions);
		if (!next.removeIf(v -> effectiveFrom.equals(v.effectiveFrom()))) {
			throw new RecordNotFoundException("version of the " + record + " effective from", effectiveFrom);
		}
		if (next.isEmpty()) {
			throw InvalidInputException.of("effectiveFrom",
					"The " + record + "'s only version cannot be removed; delete the " + record + " instead");
		}
		return next;
	}

	static <V extends Version<V>> V latest(Set<V> versions) {
		return versions.stream().max(ORDER).orElseThrow();
	}

	/**
	 * When the record last changed: the latest writing of any of its versions, so that
	 * removing a version gives back the time the remaining ones were written.
	 */
	static Instant updatedAt(Set<? extends Version<?>> versions) {
		return versions.stream().map(Version::updatedAt).max(Comparator.naturalOrder()).orElseThrow();
	}

	/** The version in effect on a day, if the record had one then. */
	static <V extends Version<?>> Optional<V> on(List<V> versions, LocalDate day) {
		return versions.stream().filter(v -> v.effectiveFrom() == null || !v.effectiveFrom().isAfter(day)).max(ORDER);
	}

}
