package org.liaison.shared;

import java.util.List;

/**
 * Input that cannot be accepted, with every problem found and where it was found (a form
 * field or a JSON path), so that a person can mend all of it at once.
 */
public class InvalidInputException extends RuntimeException {

	private final List<Problem> problems;

	public InvalidInputException(List<Problem> problems) {
		super(problems.size() == 1 ? problems.get(0).message() : problems.size() + " problems were found in the input");
		this.problems = List.copyOf(problems);
	}

	public static InvalidInputException of(String field, String message) {
		return new InvalidInputException(List.of(new Problem(field, message)));
	}

	/** Refuses input with any problem found; input with none passes. */
	public static void throwIfAny(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	public List<Problem> problems() {
		return problems;
	}

	public record Problem(String field, String message) {
	}

}
