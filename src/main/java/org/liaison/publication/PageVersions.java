package org.liaison.publication;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.liaison.publication.internal.PublicRevisions;
import org.liaison.shared.NationCode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

/**
 * The version of a public page, read without building it: the partner's public revision
 * (which every write of what the page shows moves on), the page's language and day, today
 * (the days the page lists as changes end today) and the build the page is made with.
 */
@Component
class PageVersions {

	private final PublicRevisions revisions;

	private final Clock clock;

	private final String build;

	PageVersions(PublicRevisions revisions, Clock clock, ObjectProvider<BuildProperties> buildProperties,
			@Value("${liaison.organisation-name:NATO}") String organisationName) {
		this.revisions = revisions;
		this.clock = clock;
		// A build without its build information (one run from an IDE) changes its
		// pages' versions by its start.
		BuildProperties properties = buildProperties.getIfAvailable();
		String made = properties == null ? "started " + clock.instant()
				: properties.getVersion() + " " + properties.getTime();
		this.build = made + " " + organisationName;
	}

	/** A short hash of the page's version, for its ETag. */
	String of(NationCode partner, Locale locale, @Nullable LocalDate on) {
		String version = String.join("|", build, partner.value(), revisions.of(partner), locale.toLanguageTag(),
				String.valueOf(on), LocalDate.now(clock).toString());
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(version.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
