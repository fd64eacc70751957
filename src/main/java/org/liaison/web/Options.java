package org.liaison.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The options of a select, as the {@code layout/select} template takes them: the value
 * each option sends (a code, a ref) to the label a person reads, in the order the items
 * come in.
 */
public final class Options {

	private Options() {
	}

	/** The options of some items, by what each sends and how it reads. */
	public static <T> Map<String, String> of(Collection<? extends T> items, Function<? super T, String> value,
			Function<? super T, String> label) {
		Map<String, String> options = new LinkedHashMap<>();
		items.forEach(item -> options.put(value.apply(item), label.apply(item)));
		return options;
	}

}
