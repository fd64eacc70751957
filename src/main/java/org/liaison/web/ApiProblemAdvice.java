package org.liaison.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.BusyException;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.StaleRecordException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the JSON API as RFC 9457 problem details: 400 with each field's problem,
 * 401 when an anonymous caller asks for what only a signed-in reader could see, 404, 409
 * for a stale version or a broken rule. Messages never carry internals or another
 * partner's data.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(RecordNotFoundException ex, HttpServletRequest request) {
		if (request.getUserPrincipal() == null) {
			ProblemDetail problem = problem(HttpStatus.UNAUTHORIZED, "Sign in required",
					"Sign in to read this record: it is not public, or it does not exist.");
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
				.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Liaison\"")
				.body(problem);
		}
		return answer(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalid(InvalidInputException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", ex.getMessage());
		problem.setProperty("errors", errors(ex.problems()));
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> stale(StaleRecordException ex) {
		return answer(HttpStatus.CONFLICT, "Stale version", ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> stale(OptimisticLockingFailureException ex) {
		return answer(HttpStatus.CONFLICT, "Stale version",
				"The record was changed by someone else at the same time; reload it and apply your change again.");
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> rule(RuleViolationException ex) {
		return answer(HttpStatus.CONFLICT, "Not allowed", ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> conflict(DataIntegrityViolationException ex) {
		if (DatabaseErrors.isValueOutOfRange(ex)) {
			return answer(HttpStatus.BAD_REQUEST, "Invalid input", DatabaseErrors.VALUE_OUT_OF_RANGE);
		}
		return answer(HttpStatus.CONFLICT, "Conflict", DatabaseErrors.CONFLICT);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unavailable(DataAccessResourceFailureException ex) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Unavailable.RETRY_AFTER_SECONDS)
			.body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable", Unavailable.MESSAGE));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> busy(BusyException ex) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()))
			.body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Busy", ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> badArgument(IllegalArgumentException ex) {
		return answer(HttpStatus.BAD_REQUEST, "Invalid input", ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		String detail = ValueErrors.describe(ex);
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", detail);
		problem.setProperty("errors", List.of(Map.of("field", ex.getName(), "message", detail)));
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(e -> Map.of("field", e.getField(), "message",
					e.getDefaultMessage() == null ? "is invalid" : e.getDefaultMessage()))
			.toList();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input",
				errors.size() == 1 ? errors.get(0).get("field") + ": " + errors.get(0).get("message")
						: errors.size() + " fields are invalid");
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = ex.getMostSpecificCause();
		String detail = cause instanceof IllegalArgumentException && cause.getMessage() != null ? cause.getMessage()
				: "The request body is not valid JSON of the expected shape: " + JsonErrors.describe(ex);
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Unreadable request", detail));
	}

	/** A problem as the whole answer, with the problem's status. */
	private static ResponseEntity<ProblemDetail> answer(HttpStatus status, String title, @Nullable String detail) {
		return ResponseEntity.status(status).body(problem(status, title, detail));
	}

	static List<Map<String, String>> errors(List<InvalidInputException.Problem> problems) {
		return problems.stream().map(p -> Map.of("field", p.field(), "message", p.message())).toList();
	}

	static ProblemDetail problem(HttpStatus status, String title, @Nullable String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail == null ? title : detail);
		problem.setTitle(title);
		problem.setType(URI.create("about:blank"));
		return problem;
	}

}
