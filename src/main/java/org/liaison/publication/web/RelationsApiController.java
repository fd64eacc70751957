package org.liaison.publication.web;

import java.time.LocalDate;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.jspecify.annotations.Nullable;
import org.liaison.publication.PublishedPages;
import org.liaison.publication.RelationsPage;
import org.liaison.shared.NationCode;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
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
record RelationsApiController(PublishedPages relations) {

	@GetMapping("/api/v1/partners/{code}/relations")
	@ApiResponse(responseCode = "200", description = "The page",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = RelationsPage.class)))
	ResponseEntity<byte[]> relations(@PathVariable NationCode code,
			@RequestParam(name = PageDayParameter.NAME, required = false) @Nullable String on, WebRequest request) {
		LocalDate day = PageDayParameter.read(on);
		// The version is read without the page, which is built only for a reader who
		// has not got it.
		String version = relations.version(code, Locale.ENGLISH, day);
		String etag = "\"" + version + "\"";
		if (request.checkNotModified(etag)) {
			return null;
		}
		// The same bytes for every reader of a version, written once.
		byte[] page = relations.json(code, day, version);
		return ResponseEntity.ok()
			.eTag(etag)
			.cacheControl(CacheControl.noCache())
			.contentType(MediaType.APPLICATION_JSON)
			.body(page);
	}

}
