package org.liaison.publication;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.liaison.partner.PartnerService;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The public pages as their readers get them: each with a version read without building
 * the page, for its ETag, and today's built, written as JSON and rendered as HTML once
 * for each version, then served to every reader of that version. The version moves in the
 * transaction of every write the page shows, and is read on every request, so no reader
 * is served a page a write has since changed; the page is the public's whoever asks.
 */
@Service
@Transactional(readOnly = true)
public class PublishedPages {

	private final RelationsService relations;

	private final PartnerService partners;

	private final PageVersions versions;

	private final JsonMapper json;

	/** Room for every partner's page in two languages at the scale of the Alliance. */
	private final CurrentPages current = new CurrentPages(120);

	PublishedPages(RelationsService relations, PartnerService partners, PageVersions versions, JsonMapper json) {
		this.relations = relations;
		this.partners = partners;
		this.versions = versions;
		this.json = json;
	}

	/**
	 * A short hash of the page's version, for its ETag, read without building the page:
	 * it changes with every write of what the page shows, and with its language, its day,
	 * today and the build.
	 */
	public String version(NationCode code, Locale locale, @Nullable LocalDate on) {
		String version = versions.of(code, locale, on);
		// A partner without a public page has no version for a reader to hold: it is not
		// found, as its page would not be. A page kept at this version was found, and
		// whatever would hide it since would have moved the version on.
		if (on == null && !current.holds(code, locale, version)) {
			partners.partner(code, Audience.ANONYMOUS);
		}
		else if (on != null) {
			partners.partner(code, Audience.ANONYMOUS, on);
		}
		return version;
	}

	/**
	 * The page at the version a reader was just given for it: today's is built once for
	 * each version, and a page built as a write commits shows that write under the
	 * version before it, which no reader asks for once it has committed. A past day's is
	 * built.
	 */
	public RelationsPage page(NationCode code, Locale locale, @Nullable LocalDate on, String version) {
		if (on != null) {
			return relations.page(code, locale, on);
		}
		return current.get(code, locale, version, () -> relations.page(code, locale, null));
	}

	/**
	 * The page at the version as the JSON of the API, in English: today's is written once
	 * for each version.
	 */
	public byte[] json(NationCode code, @Nullable LocalDate on, String version) {
		if (on != null) {
			return json.writeValueAsBytes(relations.page(code, Locale.ENGLISH, on));
		}
		return current.json(code, Locale.ENGLISH, version, () -> relations.page(code, Locale.ENGLISH, null),
				json::writeValueAsBytes);
	}

	/**
	 * Today's page at the version as HTML in the reader's language, by the renderer
	 * given, rendered once for each version. The renderer must follow only the page and
	 * the language, never the reader.
	 */
	public byte[] html(NationCode code, Locale locale, String version, Function<RelationsPage, byte[]> render) {
		return current.html(code, locale, version, () -> relations.page(code, locale, null), render);
	}

}
