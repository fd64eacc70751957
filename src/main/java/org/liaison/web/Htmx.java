package org.liaison.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * How a controller tells an htmx request from a full page load: one URL answers both, the
 * page for a browser and just the fragment for htmx.
 */
public final class Htmx {

	public static final String REQUEST_HEADER = "HX-Request";

	private Htmx() {
	}

	public static boolean isHtmx(HttpServletRequest request) {
		return "true".equals(request.getHeader(REQUEST_HEADER))
				&& !"true".equals(request.getHeader("HX-History-Restore-Request"));
	}

	/**
	 * After a deletion: for htmx an empty fragment that takes the deleted row's place,
	 * for a plain form a redirect to the page the row was on.
	 */
	public static String removedOrRedirect(HttpServletRequest request, String url) {
		return isHtmx(request) ? "layout/empty" : "redirect:" + url;
	}

	/** The page view, or the named fragment of it when htmx asked. */
	public static String view(HttpServletRequest request, String page, String fragment) {
		return isHtmx(request) ? fragment : page;
	}

}
