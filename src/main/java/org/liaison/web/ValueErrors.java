package org.liaison.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * What to tell a person whose value in a URL or a form could not be read as the kind of
 * value the field takes: the value, and what the field allows (the values of a list, the
 * shape of a date or a number). Never the exception's own text, which names Java types.
 */
final class ValueErrors {

	private ValueErrors() {
	}

	static String describe(MethodArgumentTypeMismatchException ex) {
		return describe(ex.getName(), ex.getValue(), ex.getRequiredType(), ex.getMostSpecificCause());
	}

	static String describe(String field, @Nullable Object value, @Nullable Class<?> type, @Nullable Throwable cause) {
		String given = "'" + value + "'";
		if (type == null) {
			return given + " is not a valid " + field;
		}
		if (type.isEnum()) {
			return given + " is not one of the values " + field + " takes: " + allowed(type);
		}
		if (UUID.class.equals(type)) {
			return given + " is not the id of a record (ids look like 3f2b8c1e-0d4a-4b8e-9c55-7a1d2e3f4b5c)";
		}
		if (LocalDate.class.equals(type)) {
			return given + " is not a date such as 2015-03-09";
		}
		if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
			return given + " is not a whole number";
		}
		if (type == boolean.class || type == Boolean.class) {
			return given + " is neither true nor false";
		}
		// Liaison's own value types (a nation code, a partial date) say in their messages
		// what
		// they accept; those of libraries do not.
		if (cause instanceof IllegalArgumentException && cause.getMessage() != null
				&& type.getName().startsWith("org.liaison.")) {
			return cause.getMessage();
		}
		return given + " is not a valid " + field;
	}

	static String allowed(Class<?> enumType) {
		return Arrays.stream(enumType.getEnumConstants())
			.map(constant -> ((Enum<?>) constant).name())
			.collect(Collectors.joining(", "));
	}

}
