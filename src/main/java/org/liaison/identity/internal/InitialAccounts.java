package org.liaison.identity.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.identity.AccountService;
import org.liaison.identity.Role;
import org.liaison.shared.NationCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The accounts a new installation starts with. The embedded demo gets one account per
 * role with random passwords, printed once and written to {@code demo-accounts.txt} in
 * the data folder; a production installation gets only an administrator whose password
 * comes from the environment.
 */
@Component
// After the demo data, whose directory holds the organisations the demo provider and
// agent work for.
@Order(2)
class InitialAccounts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InitialAccounts.class);

	private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	/**
	 * The demo provider works for the CBRN Training Centre Krusevac, a PTEC of the demo
	 * directory.
	 */
	static final String DEMO_PROVIDER = "cbrn-training-centre-krusevac";

	/**
	 * The demo agent works for the International Organization for Migration, the
	 * executing agent of the demo's trust-fund project, so that it has a project to
	 * report on.
	 */
	static final String DEMO_AGENT = "international-organization-for-migration";

	private final AccountService accounts;

	private final boolean demo;

	private final Path dataDir;

	private final String adminUsername;

	private final @Nullable String adminPassword;

	private final SecureRandom random = new SecureRandom();

	InitialAccounts(AccountService accounts, @Value("${liaison.demo.enabled:false}") boolean demo,
			@Value("${liaison.data-dir:./data}") String dataDir,
			@Value("${liaison.admin.username:admin}") String adminUsername,
			@Value("${liaison.admin.password:#{null}}") @Nullable String adminPassword) {
		this.accounts = accounts;
		this.demo = demo;
		this.dataDir = Path.of(dataDir);
		this.adminUsername = adminUsername;
		this.adminPassword = adminPassword;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (accounts.any()) {
			return;
		}
		if (demo) {
			createDemoAccounts();
		}
		else if (adminPassword != null && !adminPassword.isBlank()) {
			accounts.create(adminUsername, adminPassword, Role.ADMIN, null);
			log.info("Created the initial administrator account '{}'", adminUsername);
		}
		else {
			log.warn("No accounts exist and LIAISON_ADMIN_PASSWORD is not set: nobody can sign in yet");
		}
	}

	private void createDemoAccounts() throws IOException {
		record Demo(String username, Role role, @Nullable NationCode nation, @Nullable String organisation) {
		}
		List<Demo> demos = List.of(new Demo("admin", Role.ADMIN, null, null),
				new Demo("nato", Role.NATO_STAFF, null, null), new Demo("ally", Role.ALLY, NationCode.of("SVK"), null),
				new Demo("serbia", Role.PARTNER, NationCode.of("SRB"), null),
				new Demo("agent", Role.AGENT, null, DEMO_AGENT),
				new Demo("provider", Role.PROVIDER, null, DEMO_PROVIDER));
		List<String> lines = new ArrayList<>();
		for (Demo demo : demos) {
			String password = randomPassword();
			accounts.create(demo.username(), password, demo.role(), demo.nation(), demo.organisation());
			lines.add(demo.username() + " " + password + " " + demo.role()
					+ (demo.nation() == null ? "" : " " + demo.nation().value())
					+ (demo.organisation() == null ? "" : " " + demo.organisation()));
		}
		Files.createDirectories(dataDir);
		Path file = dataDir.resolve("demo-accounts.txt");
		Files.write(file, lines);
		log.info("Demo accounts (written to {}):\n  {}", file.toAbsolutePath().normalize(), String.join("\n  ", lines));
	}

	private String randomPassword() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
