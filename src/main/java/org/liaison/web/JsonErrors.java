package org.liaison.web;

import org.springframework.http.converter.HttpMessageNotReadableException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Turns a JSON parsing failure into a sentence with the JSON path where it happened,
 * without echoing Java class names back to the caller.
 */
public final class JsonErrors {

	private JsonErrors() {
	}

	public static String describe(HttpMessageNotReadableException ex) {
		if (ex.getMostSpecificCause() instanceof JacksonException jackson) {
			return describe(jackson);
		}
		return "the body could not be read";
	}

	public static String describe(JacksonException jackson) {
		String path = jackson.getPath().isEmpty() ? "$" : "$" + jackson.getPath()
			.stream()
			.map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
			.reduce("", String::concat);
		if (jackson instanceof InvalidFormatException invalid && invalid.getTargetType() != null
				&& invalid.getTargetType().isEnum()) {
			return "at " + path + ": '" + invalid.getValue() + "' is not one of "
					+ ValueErrors.allowed(invalid.getTargetType());
		}
		String message = jackson.getOriginalMessage();
		int classMention = message.indexOf(" of type `");
		if (classMention > 0) {
			message = message.substring(0, classMention);
		}
		return "at " + path + ": " + message;
	}

}
