package org.liaison.activity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.activity.ActivityData;
import org.liaison.partner.FrameworkSummary;
import org.liaison.partner.PartnerService;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.RecordData;
import org.springframework.stereotype.Component;

/**
 * The problems of the data a write of the module receives: its fields' constraints, then
 * the rules that tie them together. Every service of the module checks data this one way,
 * so that a form, the API and an import report the same problems. An activity's
 * frameworks are checked against the reference list here, where it can be read.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DataChecks {

	private final Validator validator;

	private final PartnerService partners;

	public List<Problem> violations(Object data) {
		return violations(data, this::frameworks);
	}

	/**
	 * The same problems, an activity's frameworks checked against the list given: an
	 * import of many activities reads the reference list once.
	 */
	public List<Problem> violations(Object data, Supplier<List<String>> frameworks) {
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
		if (data instanceof ActivityData activity) {
			problems.addAll(frameworkProblems(activity.frameworks(), frameworks));
		}
		return problems;
	}

	/** The frameworks a menu may name: those of the reference list, by code. */
	public List<String> frameworks() {
		return partners.frameworks().stream().map(FrameworkSummary::code).sorted().toList();
	}

	// Eligibility names frameworks of the reference list, which administrators keep, so a
	// framework added there (say DEEP) may be named at once.
	private static List<Problem> frameworkProblems(List<String> named, Supplier<List<String>> frameworks) {
		if (named.isEmpty()) {
			return List.of();
		}
		List<String> known = frameworks.get();
		return named.stream()
			.filter(f -> !known.contains(f))
			.map(f -> new Problem("frameworks",
					"'" + f + "' is not a framework; the frameworks are " + String.join(", ", known)))
			.toList();
	}

	/** Refuses data with any problem. */
	public void validate(Object data) {
		InvalidInputException.throwIfAny(violations(data));
	}

}
