package org.liaison.exchange.internal;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a dossier's reading does when a field cannot be read: where the field is, what to
 * tell the person who wrote it (what the field takes, never a Java type), and how to read
 * the rest of the record without it.
 */
final class ReadFailures {

	private ReadFailures() {
	}

	/**
	 * Leaves out the field a reading failed at: the property named last on the failure's
	 * path, or the whole list when the failure is at one of its items (taking out an item
	 * would move the ones after it to paths they were not given at).
	 */
	static boolean leaveOut(JsonNode remaining, JacksonException ex) {
		List<JacksonException.Reference> path = ex.getPath();
		int last = path.size() - 1;
		while (last >= 0 && path.get(last).getPropertyName() == null) {
			last--;
		}
		if (last < 0) {
			return false;
		}
		JsonNode parent = remaining;
		for (int i = 0; i < last && parent != null; i++) {
			JacksonException.Reference step = path.get(i);
			parent = step.getPropertyName() != null ? parent.get(step.getPropertyName()) : parent.get(step.getIndex());
		}
		return parent instanceof ObjectNode object && object.remove(path.get(last).getPropertyName()) != null;
	}

	static String where(JacksonException ex) {
		return ex.getPath()
			.stream()
			.map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
			.reduce("", String::concat);
	}

	static String describe(JacksonException ex) {
		if (ex instanceof InvalidFormatException invalid && invalid.getTargetType() != null
				&& invalid.getTargetType().isEnum()) {
			return "'" + invalid.getValue() + "' is not one of " + allowed(invalid.getTargetType());
		}
		if (ex instanceof UnrecognizedPropertyException unknown) {
			return "is not part of the dossier format; the fields here are " + unknown.getKnownPropertyIds()
				.stream()
				.map(String::valueOf)
				.sorted()
				.collect(Collectors.joining(", "));
		}
		String message = ex.getOriginalMessage();
		int classMention = message.indexOf(" (class ");
		if (classMention > 0) {
			message = message.substring(0, classMention);
		}
		Throwable cause = ex.getCause();
		if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
			message = cause.getMessage();
		}
		return message.replaceAll("`[a-z]+(\\.[a-zA-Z]+)+(\\$[a-zA-Z]+)?`", "the value");
	}

	/** The values an enumerated field takes, as a dossier writes them. */
	static String allowed(Class<?> enumType) {
		return Arrays.stream(enumType.getEnumConstants())
			.map(constant -> ((Enum<?>) constant).name())
			.collect(Collectors.joining(", "));
	}

}
