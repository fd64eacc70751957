package org.liaison;

import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A second installation of Liaison, on a database of its own and without demo data, as a
 * new deployment starts: an in-memory H2 database, or the empty PostgreSQL database that
 * CI names in {@code LIAISON_TEST_EMPTY_DATASOURCE_URL} (emptied first, since the classes
 * that start one take turns with it).
 */
public final class EmptyInstallation {

	private EmptyInstallation() {
	}

	public static ConfigurableApplicationContext start() {
		String url = System.getenv("LIAISON_TEST_EMPTY_DATASOURCE_URL");
		if (url == null || url.isBlank()) {
			url = "jdbc:h2:mem:empty-" + UUID.randomUUID()
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		}
		else {
			String username = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres");
			String password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
			new JdbcTemplate(new DriverManagerDataSource(url, username, password))
				.execute("drop schema public cascade; create schema public");
		}
		// Command-line arguments outrank the environment, where CI names the suite's own
		// database.
		return new SpringApplicationBuilder(LiaisonApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + url, "--liaison.demo.enabled=false",
				"--liaison.data-dir=target/empty-installation", "--spring.main.banner-mode=off");
	}

}
