package org.liaison.audit.internal;

import java.io.PrintStream;
import java.util.function.IntConsumer;

import org.liaison.audit.ChainVerification;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The chain's verification from the command line, for an operator or a cron job:
 * {@code java -jar liaison.jar --verify-audit-trail --spring.main.web-application-type=none}
 * walks the chain, prints what it found and exits with 0 when it is intact, 1 when it is
 * broken, without serving anything.
 */
@Component
class ChainVerificationCommand implements ApplicationRunner {

	static final String OPTION = "verify-audit-trail";

	private final AuditChain chain;

	private final ApplicationContext context;

	IntConsumer exit = System::exit;

	PrintStream out = System.out;

	ChainVerificationCommand(AuditChain chain, ApplicationContext context) {
		this.chain = chain;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (!arguments.containsOption(OPTION)) {
			return;
		}
		ChainVerification verification = chain.verify();
		out.println(verification.summary());
		int code = verification.intact() ? 0 : 1;
		exit.accept(SpringApplication.exit(context, () -> code));
	}

}
