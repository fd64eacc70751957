package org.liaison.web;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A reference list as its pages and API reach it: through the module service that keeps
 * it, whose writes are transactional and told to the audit trail.
 *
 * @param <D> the item as an administrator gives it
 * @param <S> the item as the list keeps it
 */
public record ReferenceOperations<D, S>(Supplier<List<S>> all, Function<String, S> one, Function<D, S> add,
		Revision<D, S> revise) {

	/** New values for the item of that code, based on that version of it. */
	@FunctionalInterface
	public interface Revision<D, S> {

		S revise(String code, long version, D data);

	}

}
