package org.liaison.web;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.springframework.boot.webmvc.error.ErrorController;
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
 * nothing, a request the container refused, a failure before any controller ran (in the
 * filter chain, say, when the database is down). The API answers a problem document like
 * every other error of the API; a page answers the application's own error page, never a
 * container's.
 */
@Controller
@RequiredArgsConstructor
class ErrorEndpoint implements ErrorController {

	private final UiAdvice uiAdvice;

	@RequestMapping(value = "/error",
			produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatus status = status(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status));
		problem.setTitle(status.getReasonPhrase());
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(status);
		if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			answer.header(HttpHeaders.RETRY_AFTER, Unavailable.RETRY_AFTER_SECONDS);
		}
		return answer.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@RequestMapping("/error")
	Object error(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		if (isApi(request)) {
			return problem(request);
		}
		HttpStatus status = status(request);
		response.setStatus(status.value());
		if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Unavailable.RETRY_AFTER_SECONDS);
		}
		Ui ui = uiAdvice.create(request, locale);
		ModelAndView view = new ModelAndView("layout/error");
		view.setStatus(status);
		view.addObject("ui", ui);
		view.addObject("status", shownStatus(status));
		view.addObject("message", ui.t("error.detail." + shownStatus(status)));
		view.addObject("reference", status.is5xxServerError()
				? ErrorReference.logged(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION), request) : "");
		return view;
	}

	private static HttpStatus status(HttpServletRequest request) {
		if (Unavailable.isCause(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
			return HttpStatus.SERVICE_UNAVAILABLE;
		}
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

	private static String detail(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "There is nothing at this address.";
			case METHOD_NOT_ALLOWED -> "This address does not take that method.";
			case BAD_REQUEST -> "The request could not be read.";
			case UNAUTHORIZED -> "Sign in to read this.";
			case FORBIDDEN -> "Your account may not do this.";
			case SERVICE_UNAVAILABLE -> Unavailable.MESSAGE;
			default -> "Something went wrong on our side; it has been logged.";
		};
	}

	/** The statuses the pages have words for; any other reads as a failure of ours. */
	private static int shownStatus(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND, METHOD_NOT_ALLOWED, BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, SERVICE_UNAVAILABLE ->
				status.value();
			default -> 500;
		};
	}

	private static boolean isApi(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return uri instanceof String path && path.startsWith("/api/");
	}

}
