package org.liaison.exchange.internal;

import java.util.Collection;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.Size;

/**
 * What an import says of a field that breaks a rule: Bean Validation's own sentence,
 * except for a length, where "size must be between 0 and 20" leaves the reader to count;
 * the answer says how long the value is and how long it may be.
 */
final class ConstraintMessages {

	private ConstraintMessages() {
	}

	static String of(ConstraintViolation<?> violation) {
		if (violation.getConstraintDescriptor().getAnnotation() instanceof Size size) {
			Object value = violation.getInvalidValue();
			if (value instanceof CharSequence text) {
				return "is " + text.length() + " characters long; " + allowed(size, "characters");
			}
			if (value instanceof Collection<?> items) {
				return "has " + items.size() + " items; " + allowed(size, "items");
			}
		}
		return violation.getMessage();
	}

	private static String allowed(Size size, String unit) {
		return size.min() > 0 ? "it takes " + size.min() + " to " + size.max() + " " + unit
				: "it takes at most " + size.max() + " " + unit;
	}

}
