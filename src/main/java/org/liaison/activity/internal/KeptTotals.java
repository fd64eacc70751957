package org.liaison.activity.internal;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether the database keeps the module's totals, the activities per facet of the menu
 * ({@code activity_menu_facet}) and the seats per partner, area and year
 * ({@code activity_participation_total}): PostgreSQL does, by triggers, in the same
 * transaction as every write (migration V6); H2 does not, and the read models count their
 * rows there instead. A database keeps them or not for its whole life, so it is asked
 * once.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class KeptTotals {

	private final JdbcClient jdbc;

	private volatile @Nullable Boolean kept;

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

}
