package org.liaison.shared;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A write that a module made with its own SQL rather than by saving an aggregate through
 * Spring Data (a ledger entry, a plan's tree, a batch of imported activities): the module
 * publishes it so that whoever keeps track of changes learns of it as of an aggregate's.
 * The values are as they read to a person, keyed by field; a field absent from
 * {@code before} did not exist before (a created record), one absent from {@code after}
 * no longer does (a deleted one).
 *
 * @param kind what sort of record it is, such as {@code FundTransaction}
 * @param id the record's id, or its code for reference data
 * @param ref the record's reference as users know it, where it has one
 * @param action what happened: {@code created}, {@code changed}, {@code deleted} or a
 * word of the record's own, such as {@code issued}
 * @param owner the id of the record this one is part of (a project of its ledger entry, a
 * plan of its node), whose history shows it too
 */
public record RecordWritten(String kind, String id, @Nullable String ref, @Nullable NationCode partner,
		@Nullable Releasability releasability, String action, Map<String, @Nullable String> before,
		Map<String, @Nullable String> after, @Nullable String owner) {

	public RecordWritten(String kind, String id, @Nullable String ref, @Nullable NationCode partner,
			@Nullable Releasability releasability, String action, Map<String, @Nullable String> before,
			Map<String, @Nullable String> after) {
		this(kind, id, ref, partner, releasability, action, before, after, null);
	}

	/** The same write, as part of the record with this id. */
	public RecordWritten partOf(Object owner) {
		return new RecordWritten(kind, id, ref, partner, releasability, action, before, after, owner.toString());
	}

	/**
	 * A record's components as the fields of a write, each as a person reads it; the
	 * components named are left out.
	 */
	public static Map<String, @Nullable String> fieldsOf(Record data, String... leftOut) {
		Map<String, @Nullable String> fields = new LinkedHashMap<>();
		java.util.Set<String> skipped = java.util.Set.of(leftOut);
		for (RecordComponent component : data.getClass().getRecordComponents()) {
			if (skipped.contains(component.getName())) {
				continue;
			}
			try {
				fields.put(component.getName(), text(component.getAccessor().invoke(data)));
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException("A record's accessor is public: " + component, ex);
			}
		}
		return fields;
	}

	/** A value as a person reads it: a date in its ISO form, a code by its code. */
	public static @Nullable String text(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof PartialDate date) {
			return date.iso();
		}
		if (value instanceof NationCode nation) {
			return nation.value();
		}
		if (value instanceof Currency currency) {
			return currency.getCurrencyCode();
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		if (value instanceof BigDecimal number) {
			return number.stripTrailingZeros().toPlainString();
		}
		if (value instanceof Collection<?> items) {
			return items.isEmpty() ? null
					: items.stream().map(RecordWritten::text).map(String::valueOf).collect(Collectors.joining("; "));
		}
		if (value instanceof Record nested) {
			return fieldsOf(nested).toString();
		}
		return value.toString();
	}

	/**
	 * A reference item (a nation, a framework, a kind of record) added or revised by an
	 * administrator: it belongs to no partnership.
	 * @param before the item as it read before, or {@code null} for a new one
	 */
	public static RecordWritten referenceItem(String kind, String code, @Nullable Record before, Record after) {
		return new RecordWritten(kind, code, code, null, null, before == null ? "created" : "changed",
				before == null ? Map.of() : fieldsOf(before, "version"), fieldsOf(after, "version"));
	}

	public static RecordWritten created(String kind, String id, @Nullable String ref, @Nullable NationCode partner,
			@Nullable Releasability releasability, Map<String, @Nullable String> values) {
		return new RecordWritten(kind, id, ref, partner, releasability, "created", Map.of(), values);
	}

}
