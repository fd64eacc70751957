package org.liaison.activity.internal;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether the database keeps the module's totals, the activities per facet of the menu
 * ({@code activity_menu_facet}) and the seats per partner, area and year
 * ({@code activity_participation_total}), and the place of each request in its partner's
 * programme (its event's start, its activity's area and releasability): PostgreSQL does,
 * by triggers, in the same transaction as every write (migrations V6 and V8); H2 does
 * not, and the read models count and join their rows there instead. A database keeps them
 * or not for its whole life, so it is asked once.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class KeptTotals {

	private final JdbcClient jdbc;

	private volatile @Nullable Boolean kept;

	private volatile @Nullable Boolean placesKept;

	boolean present() {
		Boolean answer = kept;
		if (answer == null) {
			answer = jdbc
				.sql("select count(*) from information_schema.tables where table_name in"
						+ " ('activity_menu_facet', 'activity_participation_total')")
				.query(Long.class)
				.single() == 2;
			kept = answer;
		}
		return answer;
	}

	/**
	 * Whether each request keeps its place: {@code event_start}, {@code area} and
	 * {@code releasability}.
	 */
	boolean placesPresent() {
		Boolean answer = placesKept;
		if (answer == null) {
			answer = jdbc
				.sql("select count(*) from information_schema.columns where lower(table_name) = 'activity_request'"
						+ " and lower(column_name) = 'event_start'")
				.query(Long.class)
				.single() == 1;
			placesKept = answer;
		}
		return answer;
	}

}
