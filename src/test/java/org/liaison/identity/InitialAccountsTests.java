package org.liaison.identity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liaison.LiaisonApplication;
import org.liaison.partner.PartnerService;
import org.liaison.shared.Audience;
import org.liaison.shared.PageOf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accounts a new installation starts with.
 */
@SpringBootTest
class InitialAccountsTests {

	@Autowired
	AccountService accounts;

	@Test
	void theDemoHasOneAccountPerRoleWithItsPasswordWrittenOnce() throws Exception {
		List<String> lines = Files.readAllLines(Path.of("target/test-data/demo-accounts.txt"));
		assertThat(lines).hasSize(6);
		assertThat(lines).extracting(line -> line.split(" ")[2])
			.containsExactlyInAnyOrder("ADMIN", "NATO_STAFF", "ALLY", "PARTNER", "AGENT", "PROVIDER");
		assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("serbia ").endsWith(" PARTNER SRB"));
		// The demo provider keeps the activities of a training centre that is in the demo
		// directory.
		assertThat(lines).anySatisfy(
				line -> assertThat(line).startsWith("provider ").endsWith(" PROVIDER cbrn-training-centre-krusevac"));
		// The demo agent reports on the demo's trust-fund project, which IOM executes.
		assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("agent ")
			.endsWith(" AGENT international-organization-for-migration"));
		assertThat(lines).allSatisfy(line -> assertThat(line.split(" ")[1]).hasSizeGreaterThanOrEqualTo(16));
		assertThat(lines.stream().map(line -> line.split(" ")[1]).distinct()).hasSize(6);
		assertThat(accounts.roleOf("serbia")).contains(Role.PARTNER);
	}

	@Test
	void productionStartsWithOnlyAnAdministratorWhosePasswordComesFromTheEnvironment() {
		String url = "jdbc:h2:mem:production-like-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		try (ConfigurableApplicationContext production = new SpringApplicationBuilder(LiaisonApplication.class).run(
				"--server.port=0", "--spring.datasource.url=" + url, "--liaison.demo.enabled=false",
				"--liaison.admin.password=an-administrator-secret", "--liaison.data-dir=target/production-like",
				"--spring.main.banner-mode=off")) {
			AccountService productionAccounts = production.getBean(AccountService.class);
			assertThat(productionAccounts.roleOf("admin")).contains(Role.ADMIN);
			assertThat(productionAccounts.roleOf("nato")).isEmpty();
			assertThat(productionAccounts.roleOf("serbia")).isEmpty();
			assertThat(production.getBean(PartnerService.class)
				.partners(Audience.alliance(), PageOf.Request.first())
				.total()).isZero();
			// bcrypt, over the password's SHA-256 so that all of its characters count.
			PasswordEncoder encoder = production.getBean(PasswordEncoder.class);
			String hash = encoder.encode("an-administrator-secret");
			assertThat(hash).startsWith("{bcrypt-sha256}$2");
			assertThat(encoder.matches("an-administrator-secret", hash)).isTrue();
		}
	}

}
