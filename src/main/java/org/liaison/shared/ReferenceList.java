package org.liaison.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.liaison.shared.InvalidInputException.Problem;
import org.springframework.context.ApplicationEventPublisher;

/**
 * A reference list that administrators keep without migrations (nations, frameworks,
 * kinds and types of records), with the rules every such list follows, written once: all
 * of an item's problems are found at once; a new item's code must be free; a code never
 * changes, since records of every module name it; a revision names the version it was
 * based on and is refused when someone changed the item since; and every write is told to
 * the audit trail. Each module keeps its own SQL in the list's {@link Store}, since a
 * module owns its tables.
 *
 * @param <D> the item as an administrator gives it
 * @param <S> the item as the list keeps it, with its version
 */
public final class ReferenceList<D extends Record & ReferenceList.Coded, S extends Record & ReferenceList.Coded & Versioned> {

	private final ApplicationEventPublisher events;

	private final Store<D, S> store;

	private final String noun;

	private final String auditKind;

	private final Function<D, List<Problem>> problems;

	private final String shortNoun;

	private final Function<String, String> taken;

	private final BiFunction<S, D, List<Problem>> revisionProblems;

	private ReferenceList(ApplicationEventPublisher events, Store<D, S> store, String noun, String auditKind,
			Function<D, List<Problem>> problems, String shortNoun, Function<String, String> taken,
			BiFunction<S, D, List<Problem>> revisionProblems) {
		this.events = events;
		this.store = store;
		this.noun = noun;
		this.auditKind = auditKind;
		this.problems = problems;
		this.shortNoun = shortNoun;
		this.taken = taken;
		this.revisionProblems = revisionProblems;
	}

	/**
	 * A list kept in a store.
	 * @param noun the item as messages name it: ‘role kind’
	 * @param auditKind the item as the audit trail names it: {@code RoleKind}
	 * @param problems every problem of the data, for callers that do not validate (an
	 * import), all at once
	 */
	public static <D extends Record & Coded, S extends Record & Coded & Versioned> ReferenceList<D, S> of(
			ApplicationEventPublisher events, Store<D, S> store, String noun, String auditKind,
			Function<D, List<Problem>> problems) {
		return new ReferenceList<>(events, store, noun, auditKind, problems, noun,
				code -> "The code '" + code + "' is taken", (before, data) -> List.of());
	}

	/**
	 * The same list, whose messages call the item by a shorter name where they speak of
	 * its code: ‘A kind's code never changes’.
	 */
	public ReferenceList<D, S> calling(String shortNoun) {
		return new ReferenceList<>(events, store, noun, auditKind, problems, shortNoun, taken, revisionProblems);
	}

	/** The same list, saying otherwise that a new item's code is in use already. */
	public ReferenceList<D, S> sayingWhenTaken(Function<String, String> taken) {
		return new ReferenceList<>(events, store, noun, auditKind, problems, shortNoun, taken, revisionProblems);
	}

	/**
	 * The same list, whose revisions must also keep what the item had (a plan type its
	 * levels): the problems of data against the item as it was.
	 */
	public ReferenceList<D, S> revisedOnlyWithout(BiFunction<S, D, List<Problem>> revisionProblems) {
		return new ReferenceList<>(events, store, noun, auditKind, problems, shortNoun, taken, revisionProblems);
	}

	public List<S> all() {
		return store.all();
	}

	public Optional<S> find(String code) {
		return store.one(code);
	}

	/**
	 * @throws RecordNotFoundException when the list has no such item
	 */
	public S one(String code) {
		return store.one(code).orElseThrow(() -> new RecordNotFoundException(noun, code));
	}

	/**
	 * @throws InvalidInputException with every problem of the data, or when its code is
	 * taken
	 */
	public S add(D data) {
		InvalidInputException.throwIfAny(problems.apply(data));
		String code = String.valueOf(data.code());
		if (store.one(code).isPresent()) {
			throw InvalidInputException.of("code", taken.apply(code));
		}
		store.add(data);
		S added = one(code);
		events.publishEvent(RecordWritten.referenceItem(auditKind, String.valueOf(added.code()), null, added));
		return added;
	}

	/**
	 * New values for an item, whose code stays as it is.
	 * @throws InvalidInputException with every problem of the data, a changed code among
	 * them
	 * @throws StaleRecordException when the item is no longer at that version
	 */
	public S revise(String code, long version, D data) {
		S before = one(code);
		List<Problem> found = new ArrayList<>(problems.apply(data));
		if (!code.equals(data.code())) {
			found.add(new Problem("code", "A " + shortNoun + "'s code never changes: it is " + code));
		}
		found.addAll(revisionProblems.apply(before, data));
		InvalidInputException.throwIfAny(found);
		if (!store.revise(code, version, data)) {
			throw new StaleRecordException(noun, code);
		}
		S after = one(code);
		events.publishEvent(RecordWritten.referenceItem(auditKind, String.valueOf(after.code()), before, after));
		return after;
	}

	/** An item or its data, named by its code. */
	public interface Coded {

		Object code();

	}

	/**
	 * Where a module keeps one of its lists. A revision changes the row only if it is
	 * still at the version it was based on, so that two administrators never overwrite
	 * each other.
	 */
	public interface Store<D, S> {

		List<S> all();

		Optional<S> one(String code);

		void add(D data);

		/**
		 * @return whether the item was at that version (and so was changed)
		 */
		boolean revise(String code, long version, D data);

	}

}
