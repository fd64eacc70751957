package org.liaison.exchange.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
import org.liaison.activity.ReferenceItem;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.RecordData;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * How a dossier's JSON is read into the modules' data, the same way for every section:
 * each record is converted strictly (a field the format does not know is reported, not
 * dropped), validated as a person's input would be, and every problem is kept with its
 * JSON path, so that one answer lists all that is wrong.
 */
@Component
public class DossierJson {

	private final Validator validator;

	private final JsonMapper json;

	private final JsonMapper strictJson;

	DossierJson(Validator validator, JsonMapper json) {
		this.validator = validator;
		this.json = json;
		// A field the format does not know is a mistake worth reporting, not something to
		// drop.
		this.strictJson = json.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
	}

	/**
	 * One record of the dossier: its data, its time of last change, and the fields that
	 * travel with it but are not part of its data (a grant's reports, a transit request's
	 * status).
	 */
	public record Item<T>(String path, T data, @Nullable Instant updatedAt, ObjectNode extras) {
	}

	public <T> List<Item<T>> items(JsonNode root, String name, Class<T> type, Function<T, String> ref,
			List<Problem> problems, String... extraFields) {
		JsonNode array = root.get(name);
		if (array == null || array.isNull()) {
			return List.of();
		}
		if (!array.isArray()) {
			problems.add(new Problem("$." + name, "must be a list"));
			return List.of();
		}
		List<Item<T>> items = new ArrayList<>();
		Set<String> refs = new LinkedHashSet<>();
		for (int i = 0; i < array.size(); i++) {
			String path = "$." + name + "[" + i + "]";
			JsonNode node = array.get(i);
			if (!node.isObject()) {
				problems.add(new Problem(path, "must be an object"));
				continue;
			}
			Instant updatedAt = instant(node, path, problems);
			ObjectNode extras = json.createObjectNode();
			ObjectNode fields = ((ObjectNode) node).deepCopy();
			fields.remove("updatedAt");
			for (String extra : extraFields) {
				JsonNode value = fields.remove(extra);
				if (value != null) {
					extras.set(extra, value);
				}
			}
			T data = convert(fields, path, type, problems);
			if (data == null) {
				continue;
			}
			String key = ref.apply(data);
			if (key != null && !refs.add(key)) {
				problems.add(new Problem(path + ".ref", "'" + key + "' is used twice in " + name));
			}
			// Kept even without a valid updatedAt, so that its references are checked
			// too; a
			// dossier with any problem is never written.
			items.add(new Item<>(path, data, updatedAt, extras));
		}
		return items;
	}

	/**
	 * The records that travel inside another (a grant's reports, a project's ledger and
	 * outputs), each checked like a record of its own.
	 */
	public <T> List<T> children(Item<?> parent, String name, Class<T> type, List<Problem> problems) {
		JsonNode array = parent.extras().path(name);
		List<T> children = new ArrayList<>();
		if (array.isMissingNode() || array.isNull()) {
			return children;
		}
		if (!array.isArray()) {
			problems.add(new Problem(parent.path() + "." + name, "must be a list"));
			return children;
		}
		for (int i = 0; i < array.size(); i++) {
			T child = convert(array.get(i), parent.path() + "." + name + "[" + i + "]", type, problems);
			if (child != null) {
				children.add(child);
			}
		}
		return children;
	}

	/**
	 * Reads one record, reporting every field that cannot be read and not only the first:
	 * a field that fails is reported and left out, and the rest is read again. The record
	 * is then validated, but a field already reported is not reported again as missing.
	 * Answers what could be read, so that its references are checked too; a record with
	 * any problem is never written.
	 */
	public <T> @Nullable T convert(JsonNode node, String path, Class<T> type, List<Problem> problems) {
		if (node == null || node.isMissingNode() || node.isNull()) {
			problems.add(new Problem(path, "is required"));
			return null;
		}
		JsonNode remaining = node.deepCopy();
		Set<String> unreadable = new LinkedHashSet<>();
		T data = null;
		while (data == null) {
			try {
				data = strictJson.treeToValue(remaining, type);
			}
			catch (JacksonException ex) {
				problems.add(new Problem(path + ReadFailures.where(ex), ReadFailures.describe(ex)));
				if (!unreadable.add(ReadFailures.where(ex)) || !ReadFailures.leaveOut(remaining, ex)) {
					return null;
				}
			}
		}
		for (ConstraintViolation<T> violation : validator.validate(data)) {
			String field = violation.getPropertyPath().toString();
			if (!reported(unreadable, field)) {
				problems.add(new Problem(join(path, field), ConstraintMessages.of(violation)));
			}
		}
		if (data instanceof RecordData record) {
			record.problems()
				.stream()
				.filter(p -> !reported(unreadable, p.field()))
				.forEach(p -> problems.add(new Problem(join(path, p.field()), p.message())));
		}
		return data;
	}

	/**
	 * Whether a problem of the field follows from a field already reported as unreadable
	 * (its own, or one it lies in).
	 */
	private static boolean reported(Set<String> unreadable, @Nullable String field) {
		String at = field == null || field.isEmpty() ? "" : "." + field;
		return unreadable.stream().anyMatch(u -> at.equals(u) || at.startsWith(u + ".") || at.startsWith(u + "["));
	}

	/** Reference data: code and name, no time of change of its own. */
	public List<ReferenceItem> referenceItems(JsonNode root, String name, List<Problem> problems) {
		JsonNode array = root.get(name);
		List<ReferenceItem> items = new ArrayList<>();
		if (array == null || array.isNull()) {
			return items;
		}
		if (!array.isArray()) {
			problems.add(new Problem("$." + name, "must be a list"));
			return items;
		}
		for (int i = 0; i < array.size(); i++) {
			ReferenceItem item = convert(array.get(i), "$." + name + "[" + i + "]", ReferenceItem.class, problems);
			if (item != null) {
				items.add(item);
			}
		}
		return items;
	}

	public static <E extends Enum<E>> void enumValue(Item<?> item, String field, Class<E> type,
			List<Problem> problems) {
		String value = item.extras().path(field).asString("");
		if (Arrays.stream(type.getEnumConstants()).noneMatch(constant -> constant.name().equals(value))) {
			problems.add(new Problem(item.path() + "." + field,
					"'" + value + "' is not one of " + ReadFailures.allowed(type)));
		}
	}

	public static @Nullable String text(ObjectNode node, String field) {
		String value = node.path(field).asString("");
		return value.isBlank() ? null : value;
	}

	public static Instant instant(JsonNode node, String path, List<Problem> problems) {
		String text = node.path("updatedAt").asString("");
		if (text.isEmpty()) {
			problems.add(new Problem(path + ".updatedAt",
					"is required: when the record last changed, as 2015-02-11T09:46:00Z"));
			return null;
		}
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			problems.add(
					new Problem(path + ".updatedAt", "is not an instant such as 2015-02-11T09:46:00Z: '" + text + "'"));
			return null;
		}
	}

	/**
	 * A field's path below a record's: {@code $.funds[0]} and {@code ref} give
	 * {@code $.funds[0].ref}.
	 */
	public static String join(String path, @Nullable String field) {
		return field == null || field.isEmpty() ? path : path + "." + field;
	}

	public ObjectNode object() {
		return json.createObjectNode();
	}

}
