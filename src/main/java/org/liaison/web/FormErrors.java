package org.liaison.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.liaison.shared.InvalidInputException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The problems of a submitted form by field, for templates to show beside each field.
 */
public final class FormErrors {

	private static final FormErrors NONE = new FormErrors(Map.of());

	private final Map<String, String> byField;

	private FormErrors(Map<String, String> byField) {
		this.byField = byField;
	}

	public static FormErrors none() {
		return NONE;
	}

	public static FormErrors of(BindingResult result) {
		Map<String, String> byField = new LinkedHashMap<>();
		for (FieldError error : result.getFieldErrors()) {
			String message = error.isBindingFailure() ? conversionMessage(error) : error.getDefaultMessage();
			byField.putIfAbsent(error.getField(), message == null ? "is invalid" : message);
		}
		result.getGlobalErrors().forEach(error -> byField.putIfAbsent("", error.getDefaultMessage()));
		return new FormErrors(byField);
	}

	private static String conversionMessage(FieldError error) {
		if (error.contains(TypeMismatchException.class)) {
			TypeMismatchException mismatch = error.unwrap(TypeMismatchException.class);
			return ValueErrors.describe(error.getField(), mismatch.getValue(), mismatch.getRequiredType(),
					mismatch.getMostSpecificCause());
		}
		return "has a value of the wrong kind";
	}

	public static FormErrors of(InvalidInputException ex) {
		Map<String, String> byField = new LinkedHashMap<>();
		ex.problems().forEach(problem -> byField.putIfAbsent(problem.field(), problem.message()));
		return new FormErrors(byField);
	}

	/**
	 * The same problems with those of a list's items ({@code parties[2].nation}) under
	 * the one field that holds the whole list ({@code parties}).
	 */
	public FormErrors collapsing(String listField) {
		Map<String, String> collapsed = new LinkedHashMap<>();
		byField.forEach(
				(field, message) -> collapsed.putIfAbsent(field.startsWith(listField) ? listField : field, message));
		return new FormErrors(collapsed);
	}

	public boolean has(String field) {
		return byField.containsKey(field);
	}

	public String get(String field) {
		return byField.getOrDefault(field, "");
	}

	public boolean any() {
		return !byField.isEmpty();
	}

	public Map<String, String> all() {
		return byField;
	}

}
