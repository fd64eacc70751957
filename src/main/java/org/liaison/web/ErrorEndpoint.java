package org.liaison.web;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the servlet container shows for an error no controller answered: a URL that names
 * nothing, a request the container refused, a failure before any controller ran (in the filter
 * chain, say, when the database is down). The API answers a problem document like every other
 * error of the API; a page answers the application's own error page, never a container's.
 */
@Controller
class ErrorEndpoint implements ErrorController {

	static final String RETRY_AFTER_SECONDS = "5";

	private final UiAdvice uiAdvice;

	ErrorEndpoint(UiAdvice uiAdvice) {
		this.uiAdvice = uiAdvice;
	}

	@RequestMapping(value = "/error", produces = { MediaType.APPLICATION_JSON_VALUE,
			MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatus status = status(request);
		ProblemDetail problem = ApiProblemAdvice.problem(status, status.getReasonPhrase(), detail(status));
		return withRetry(ResponseEntity.status(status), status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@RequestMapping("/error")
	Object error(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		if (isApi(request)) {
			return problem(request);
		}
		HttpStatus status = status(request);
		response.setStatus(status.value());
		if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		}
		ModelAndView view = new ModelAndView("layout/error");
		view.setStatus(status);
		view.addObject("ui", uiAdvice.create(request, locale));
		view.addObject("status", status.value());
		view.addObject("message", detail(status));
		return view;
	}

	private static HttpStatus status(HttpServletRequest request) {
		if (unavailable(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
			return HttpStatus.SERVICE_UNAVAILABLE;
		}
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

	/** Whether the failure was the database not answering, which passes by itself. */
	static boolean unavailable(@Nullable Object exception) {
		for (Throwable cause = exception instanceof Throwable throwable ? throwable : null; cause != null;
				cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException) {
				return true;
			}
		}
		return false;
	}

	private static String detail(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "There is nothing at this address.";
			case METHOD_NOT_ALLOWED -> "This address does not take that method.";
			case BAD_REQUEST -> "The request could not be read.";
			case UNAUTHORIZED -> "Sign in to read this.";
			case FORBIDDEN -> "Your account may not do this.";
			case SERVICE_UNAVAILABLE -> "Liaison cannot reach its database just now; try again in a few seconds.";
			default -> "Something went wrong on our side; it has been logged.";
		};
	}

	private static boolean isApi(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return uri instanceof String path && path.startsWith("/api/");
	}

	static ResponseEntity.BodyBuilder withRetry(ResponseEntity.BodyBuilder builder, HttpStatus status) {
		return status == HttpStatus.SERVICE_UNAVAILABLE ? builder.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
				: builder;
	}

}
