package org.liaison;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where read-only transactions are sent: a PostgreSQL streaming replica of the primary
 * ({@code LIAISON_REPLICA_URL}). Without a URL every read goes to the primary.
 *
 * @param url the replica's JDBC URL
 * @param username as whom to connect; the primary's user when not given
 * @param password the primary's password when not given
 */
@ConfigurationProperties("liaison.replica")
record ReplicaProperties(@Nullable String url, @Nullable String username, @Nullable String password) {

}
