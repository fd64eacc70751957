package org.liaison;

import java.util.List;

import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs each module's migrations from its own folder ({@code db/migration/<module>}) with
 * its own history table, in an order where every module comes after the modules its
 * tables refer to. A module can so number its migrations from V1 without coordinating
 * with the others.
 */
@Configuration(proxyBeanMethods = false)
class ModuleMigrations {

	/** Modules with tables, in dependency order. */
	static final List<String> MODULES = List.of("identity", "partner", "directory", "agreement", "dialogue", "timeline",
			"transit", "science", "fund", "plan", "activity", "audit", "publication");

	@Bean
	FlywayMigrationStrategy moduleMigrationStrategy() {
		return flyway -> {
			migrate(flyway, "__root", flyway.getConfiguration().getTable());
			MODULES.forEach(module -> migrate(flyway, module, "flyway_schema_history_" + module));
		};
	}

	private static void migrate(Flyway base, String folder, String table) {
		Flyway.configure()
			.configuration(base.getConfiguration())
			.locations("classpath:db/migration/" + folder)
			.table(table)
			.baselineOnMigrate(true)
			.baselineVersion("0")
			.load()
			.migrate();
	}

}
