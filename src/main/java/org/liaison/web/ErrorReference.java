package org.liaison.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reference of a failure a page cannot explain: the exception goes to the log under
 * it and the page shows only the reference, so that a reader can quote it to whoever
 * reads the log, and no Java text reaches the page.
 */
final class ErrorReference {

	private static final Logger log = LoggerFactory.getLogger(ErrorReference.class);

	private ErrorReference() {
	}

	static String logged(@Nullable Object failure, HttpServletRequest request) {
		String reference = UUID.randomUUID().toString().substring(0, 8);
		if (failure instanceof Throwable cause) {
			log.error("Request failed [reference {}]: {} {}", reference, request.getMethod(), request.getRequestURI(),
					cause);
		}
		else {
			log.error("Request failed [reference {}]: {} {}", reference, request.getMethod(), request.getRequestURI());
		}
		return reference;
	}

}
