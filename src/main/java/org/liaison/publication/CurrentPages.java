package org.liaison.publication;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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
		Key key = new Key(partner, locale);
		Kept page = lookUp(key);
		if (page != null && page.version().equals(version)) {
			return page.page();
		}
		// Built outside the lock: two readers of a new version may both build it, but
		// none waits for another's page.
		RelationsPage built = build.get();
		synchronized (kept) {
			kept.put(key, new Kept(version, built));
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

	private record Kept(String version, RelationsPage page) {
	}

}
