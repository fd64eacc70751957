package org.liaison.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of the HTML pages as pages: the same messages as the API, in the page layout,
 * with the right status. An htmx request gets just the message, to show where the action
 * was.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
@ControllerAdvice
record PageErrorAdvice(UiAdvice uiAdvice) {

	@ExceptionHandler
	ModelAndView notFound(RecordNotFoundException ex, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		return page(HttpStatus.NOT_FOUND, ex.getMessage(), request, response, locale);
	}

	@ExceptionHandler({ StaleRecordException.class, RuleViolationException.class })
	ModelAndView conflict(RuntimeException ex, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		return page(HttpStatus.CONFLICT, ex.getMessage(), request, response, locale);
	}

	@ExceptionHandler
	ModelAndView raced(OptimisticLockingFailureException ex, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		return page(HttpStatus.CONFLICT,
				"The record was changed by someone else at the same time; reload it and apply your change again.",
				request, response, locale);
	}

	@ExceptionHandler
	ModelAndView refusedByDatabase(DataIntegrityViolationException ex, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		return DatabaseErrors.isValueOutOfRange(ex)
				? page(HttpStatus.BAD_REQUEST, DatabaseErrors.VALUE_OUT_OF_RANGE, request, response, locale)
				: page(HttpStatus.CONFLICT, DatabaseErrors.CONFLICT, request, response, locale);
	}

	@ExceptionHandler
	ModelAndView unavailable(DataAccessResourceFailureException ex, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		response.setHeader(HttpHeaders.RETRY_AFTER, Unavailable.RETRY_AFTER_SECONDS);
		return page(HttpStatus.SERVICE_UNAVAILABLE, uiAdvice.create(request, locale).t("error.detail.503"), request,
				response, locale);
	}

	@ExceptionHandler({ IllegalArgumentException.class, InvalidInputException.class })
	ModelAndView badInput(RuntimeException ex, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		if (ex instanceof InvalidInputException || raisedByLiaison(ex)) {
			return page(HttpStatus.BAD_REQUEST, ex.getMessage(), request, response, locale);
		}
		// A library's refusal ("Invalid UUID string: ...") is worded for programmers: the
		// page says what went wrong in the reader's language, the log keeps the rest.
		ModelAndView view = page(HttpStatus.BAD_REQUEST, uiAdvice.create(request, locale).t("error.detail.400"),
				request, response, locale);
		view.addObject("reference", ErrorReference.logged(ex, request));
		return view;
	}

	private static boolean raisedByLiaison(Throwable ex) {
		StackTraceElement[] frames = ex.getStackTrace();
		return frames.length > 0 && frames[0].getClassName().startsWith("org.liaison.");
	}

	@ExceptionHandler
	ModelAndView typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		return page(HttpStatus.BAD_REQUEST, ValueErrors.describe(ex), request, response, locale);
	}

	private ModelAndView page(HttpStatus status, String message, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		response.setStatus(status.value());
		if (Htmx.isHtmx(request)) {
			// htmx does not swap error responses by default; this asks it to show the
			// message.
			response.setHeader("HX-Reswap", "innerHTML");
			response.setHeader("HX-Retarget", "#messages");
		}
		ModelAndView view = new ModelAndView(Htmx.isHtmx(request) ? "layout/errorMessage" : "layout/error");
		view.setStatus(status);
		view.addObject("ui", uiAdvice.create(request, locale));
		view.addObject("status", status.value());
		view.addObject("message", message);
		view.addObject("reference", "");
		return view;
	}

}
