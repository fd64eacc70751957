package org.liaison.web;

import java.net.URI;
import java.util.function.Function;

import org.liaison.shared.InvalidInputException;
import org.liaison.shared.Versioned;
import org.springframework.http.ResponseEntity;

/**
 * The API's optimistic concurrency: a record is served with its version as ETag, and a
 * change must name the version it was based on in {@code If-Match}, so a stale change is
 * refused (409) instead of overwriting a newer one.
 */
public final class Versions {

	private Versions() {
	}

	/**
	 * The version an {@code If-Match} header names ({@code "3"}, {@code W/"3"} or
	 * {@code 3}).
	 */
	public static long fromIfMatch(String ifMatch) {
		String value = ifMatch == null ? "" : ifMatch.trim();
		if (value.startsWith("W/")) {
			value = value.substring(2);
		}
		value = value.replace("\"", "");
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw InvalidInputException.of("If-Match",
					"Name the version your change is based on in If-Match, as the record's ETag gave it");
		}
	}

	/** A record as it stands, with its version as ETag. */
	public static <T extends Versioned> ResponseEntity<T> ok(T body) {
		return ok(body, body.version());
	}

	/** A record just created, at the location the function gives for it. */
	public static <T extends Versioned> ResponseEntity<T> created(T body, Function<T, String> location) {
		return created(location.apply(body), body, body.version());
	}

	public static <T> ResponseEntity<T> ok(T body, long version) {
		return ResponseEntity.ok().eTag(etag(version)).body(body);
	}

	/**
	 * A record just created: 201 with where it lives and its version, so the next change
	 * can name it.
	 */
	public static <T> ResponseEntity<T> created(String location, T body, long version) {
		return ResponseEntity.created(URI.create(location)).eTag(etag(version)).body(body);
	}

	/**
	 * A reference item just created, which has no version of its own: 201 with where it
	 * lives.
	 */
	public static <T> ResponseEntity<T> created(String location, T body) {
		return ResponseEntity.created(URI.create(location)).body(body);
	}

	public static String etag(long version) {
		return "\"" + version + "\"";
	}

}
