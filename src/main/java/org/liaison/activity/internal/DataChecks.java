package org.liaison.activity.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.RecordData;
import org.springframework.stereotype.Component;

/**
 * The problems of the data a write of the module receives: its fields' constraints, then
 * the rules that tie them together. Every service of the module checks data this one way,
 * so that a form, the API and an import report the same problems.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DataChecks {

	private final Validator validator;

	public List<Problem> violations(Object data) {
		List<Problem> problems = new ArrayList<>();
		for (ConstraintViolation<Object> violation : validator.validate(data)) {
			problems.add(new Problem(violation.getPropertyPath().toString(), violation.getMessage()));
		}
		if (data instanceof RecordData record) {
			try {
				problems.addAll(record.problems());
			}
			catch (NullPointerException ex) {
				// a missing field is already reported
			}
		}
		return problems;
	}

	/** Refuses data with any problem. */
	public void validate(Object data) {
		InvalidInputException.throwIfAny(violations(data));
	}

}
