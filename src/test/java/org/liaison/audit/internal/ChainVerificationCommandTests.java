package org.liaison.audit.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.support.StaticApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command-line verification. It runs against the test database, and ends an
 * application context of its own rather than the tests' one.
 */
@SpringBootTest
class ChainVerificationCommandTests {

	@Autowired
	AuditChain chain;

	@Test
	void withTheOptionItPrintsTheVerificationAndExitsWithZeroForAnIntactChain() {
		StaticApplicationContext ended = new StaticApplicationContext();
		ended.refresh();
		ChainVerificationCommand command = new ChainVerificationCommand(chain, ended);
		AtomicInteger code = new AtomicInteger(-1);
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		command.exit = code::set;
		command.out = new PrintStream(printed, true, StandardCharsets.UTF_8);

		command.run(new DefaultApplicationArguments("--verify-audit-trail"));

		assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("The audit trail is intact:");
		assertThat(code).hasValue(0);
		assertThat(ended.isActive()).isFalse();
	}

	@Test
	void withoutTheOptionItDoesNothing() {
		ChainVerificationCommand command = new ChainVerificationCommand(chain, new StaticApplicationContext());
		AtomicInteger code = new AtomicInteger(-1);
		command.exit = code::set;

		command.run(new DefaultApplicationArguments("--server.port=0"));

		assertThat(code).hasValue(-1);
	}

}
