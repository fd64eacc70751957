package org.liaison.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A named move of a record's lifecycle, such as an agreement's {@code enter-into-force}:
 * the statuses it may be made from, the status it leads to, and how people and URLs name
 * it. The modules' {@code Move} enums implement it, so that each keeps only its table of
 * moves.
 */
public interface LifecycleMove<S extends Enum<S>> {

	Transition<S> transition();

	/** The move as a URL names it: {@code submit}, {@code enter-into-force}. */
	default String slug() {
		return transition().slug();
	}

	/** "cannot {verb}": "be agreed", "enter into force". */
	default String verb() {
		return transition().verb();
	}

	/**
	 * "the record {past tense}": "was agreed", "entered into force"; for the moves that
	 * feed a timeline.
	 */
	default String pastTense() {
		String pastTense = transition().pastTense();
		if (pastTense == null) {
			throw new IllegalStateException(this + " is not told in the past tense");
		}
		return pastTense;
	}

	default S to() {
		return transition().to();
	}

	default boolean allowedFrom(S status) {
		return transition().from().contains(status);
	}

	/**
	 * The moves of this kind a record of this status may make, in their declared order.
	 */
	static <S extends Enum<S>, M extends Enum<M> & LifecycleMove<S>> List<M> from(Class<M> moves, S status) {
		return Arrays.stream(moves.getEnumConstants()).filter(move -> move.allowedFrom(status)).toList();
	}

	static <M extends Enum<M> & LifecycleMove<?>> Optional<M> fromSlug(Class<M> moves, String slug) {
		return Arrays.stream(moves.getEnumConstants()).filter(move -> move.slug().equals(slug)).findFirst();
	}

	/** What a move is made of. */
	record Transition<S extends Enum<S>>(String slug, String verb, @Nullable String pastTense, S to, Set<S> from) {

		@SafeVarargs
		public static <S extends Enum<S>> Transition<S> of(String slug, String verb, @Nullable String pastTense, S to,
				S... from) {
			return new Transition<>(slug, verb, pastTense, to, Set.of(from));
		}

	}

}
