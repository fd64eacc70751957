package org.liaison.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * Cuts the rows of a bulk write or the keys of a bulk read into batches: a JDBC batch or
 * an {@code in} list of a thousand keeps both the driver's buffers and the statement's
 * parameters small, however many records an import brings.
 */
public final class Batches {

	public static final int SIZE = 1000;

	private Batches() {
	}

	/** Hands on the items a batch at a time, in their order. */
	public static <T> void each(Collection<T> items, Consumer<List<T>> batch) {
		List<T> list = items instanceof List<T> given ? given : new ArrayList<>(items);
		for (int from = 0; from < list.size(); from += SIZE) {
			batch.accept(list.subList(from, Math.min(list.size(), from + SIZE)));
		}
	}

}
