package org.liaison.publication;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.NationCode;

/**
 * The pages as they stand today, each kept with the version it was built at, so that a
 * page asked for again at the same version is not built again. The version is read from
 * the database on every request and moves on in the transaction of every write the page
 * shows, so a kept page is never served once a write has changed it; the page is the
 * public's whoever asks, so no reader sees what another may not. A bounded number are
 * kept, the least recently asked for going first.
 */
final class CurrentPages {

	private final int capacity;

	private final Map<Key, Kept> kept;

	CurrentPages(int capacity) {
		this.capacity = capacity;
		this.kept = new LinkedHashMap<>(16, 0.75f, true);
	}

	RelationsPage get(NationCode partner, Locale locale, String version, Supplier<RelationsPage> build) {
		return kept(partner, locale, version, build).page();
	}

	/**
	 * The page as JSON, written once for each version: the same bytes for every reader,
	 * so they are not written again for each.
	 */
	byte[] json(NationCode partner, Locale locale, String version, Supplier<RelationsPage> build,
			Function<RelationsPage, byte[]> write) {
		Kept page = kept(partner, locale, version, build);
		byte[] json = page.json;
		if (json == null) {
			json = write.apply(page.page());
			page.json = json;
		}
		return json;
	}

	/**
	 * The page as the HTML of its own content in the page's language, rendered once for
	 * each version: the reader's layout is set around it.
	 */
	byte[] html(NationCode partner, Locale locale, String version, Supplier<RelationsPage> build,
			Function<RelationsPage, byte[]> render) {
		Kept page = kept(partner, locale, version, build);
		byte[] html = page.html;
		if (html == null) {
			html = render.apply(page.page());
			page.html = html;
		}
		return html;
	}

	/** Whether the page is kept at the version. */
	boolean holds(NationCode partner, Locale locale, String version) {
		Kept page = lookUp(new Key(partner, locale));
		return page != null && page.version().equals(version);
	}

	private Kept kept(NationCode partner, Locale locale, String version, Supplier<RelationsPage> build) {
		Key key = new Key(partner, locale);
		Kept page = lookUp(key);
		if (page != null && page.version().equals(version)) {
			return page;
		}
		// Built outside the lock: two readers of a new version may both build it, but
		// none waits for another's page.
		Kept built = new Kept(version, build.get());
		synchronized (kept) {
			kept.put(key, built);
			if (kept.size() > capacity) {
				kept.remove(kept.keySet().iterator().next());
			}
		}
		return built;
	}

	private @Nullable Kept lookUp(Key key) {
		synchronized (kept) {
			return kept.get(key);
		}
	}

	private record Key(NationCode partner, Locale locale) {
	}

	private static final class Kept {

		private final String version;

		private final RelationsPage page;

		// Written by the first reader of each form; another reader at the same moment may
		// write the same again.
		private volatile byte @Nullable [] json;

		private volatile byte @Nullable [] html;

		Kept(String version, RelationsPage page) {
			this.version = version;
			this.page = page;
		}

		String version() {
			return version;
		}

		RelationsPage page() {
			return page;
		}

	}

}
