package org.liaison;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Production never runs on the embedded database by accident.
 */
class ProductionProfileTests {

	private static SpringApplication application(String... properties) {
		// An environment without the machine's variables and system properties, so that
		// the
		// PostgreSQL settings CI exports for the test suite do not leak in.
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
		environment.setActiveProfiles("prod");
		SpringApplication application = new SpringApplication(LiaisonApplication.class);
		application.setEnvironment(environment);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setDefaultProperties(java.util.Map.of("spring.main.banner-mode", "off"));
		return application;
	}

	@Test
	void refusesToStartWithoutPostgresqlSettings() {
		assertThatIllegalStateException().isThrownBy(() -> application().run())
			.withMessageContaining("SPRING_DATASOURCE_URL")
			.withMessageContaining("does not fall back to the embedded database");
	}

	@Test
	void refusesAnEmbeddedDatabaseUrl() {
		assertThatIllegalStateException()
			.isThrownBy(
					() -> application().run("--spring.datasource.url=jdbc:h2:mem:x", "--spring.datasource.username=sa"))
			.withMessageContaining("PostgreSQL only");
	}

}
