package org.liaison.publication.web;

import java.time.LocalDate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.liaison.publication.RelationsPage;
import org.liaison.publication.RelationsService;
import org.liaison.shared.NationCode;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The public relations page as JSON, with the same conditional GET as the HTML page,
 * today or as it stood on a day ({@code ?on=2017-12-11}).
 */
@RestController
record RelationsApiController(RelationsService relations) {

	@GetMapping("/api/v1/partners/{code}/relations")
	ResponseEntity<RelationsPage> relations(@PathVariable NationCode code,
			@RequestParam(name = PageDayParameter.NAME, required = false) @Nullable String on, WebRequest request) {
		LocalDate day = PageDayParameter.read(on);
		// The version is read without the page, which is built only for a reader who
		// has not got it.
		String etag = "\"" + relations.version(code, Locale.ENGLISH, day) + "\"";
		if (request.checkNotModified(etag)) {
			return null;
		}
		RelationsPage page = relations.page(code, Locale.ENGLISH, day);
		return ResponseEntity.ok().eTag(etag).cacheControl(CacheControl.noCache()).body(page);
	}

}
