package org.liaison;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Stops a production start that has no PostgreSQL settings, before anything connects.
 * Without it a missing variable would quietly run production on an empty embedded
 * database.
 */
class ProductionDatabaseGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment environment = event.getEnvironment();
		if (!Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
			return;
		}
		List<String> missing = new ArrayList<>();
		String url = environment.getProperty("spring.datasource.url", "");
		if (url.isBlank()) {
			missing.add("SPRING_DATASOURCE_URL");
		}
		else if (!url.startsWith("jdbc:postgresql:")) {
			throw new IllegalStateException(
					"The prod profile runs on PostgreSQL only: SPRING_DATASOURCE_URL must start with jdbc:postgresql:");
		}
		String replica = environment.getProperty("liaison.replica.url", "");
		if (!replica.isBlank() && !replica.startsWith("jdbc:postgresql:")) {
			throw new IllegalStateException(
					"A read replica is a PostgreSQL replica of the primary: LIAISON_REPLICA_URL must start with jdbc:postgresql:");
		}
		if (environment.getProperty("spring.datasource.username", "").isBlank()) {
			missing.add("SPRING_DATASOURCE_USERNAME");
		}
		if (!missing.isEmpty()) {
			throw new IllegalStateException(
					"The prod profile needs PostgreSQL settings; missing: " + String.join(", ", missing)
							+ ". Liaison does not fall back to the embedded database in production.");
		}
	}

}
