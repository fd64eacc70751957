package org.liaison.identity;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.liaison.SessionCookie;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Guessing passwords, as an attacker would and as the probe did: after five wrong
 * passwords an account is locked and even the right password is refused, on the sign-in
 * page with a message that says until when and through HTTP Basic with a 429 and
 * {@code Retry-After}; an administrator lifts the lock; an unknown username is locked
 * exactly alike; one address trying many usernames is stopped too. Every test signs in to
 * accounts and from addresses of its own, so that no other test's sign-in is ever
 * throttled.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SignInThrottleTests {

	static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	static final String PASSWORD = "a-long-enough-password";

	static final AtomicInteger names = new AtomicInteger();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	static RequestPostProcessor admin() {
		return user("admin-test").authorities(new SimpleGrantedAuthority("ROLE_ADMIN"));
	}

	/** An address of the test's own, in 10.0.0.0/8. */
	static String anAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "10." + random.nextInt(1, 255) + "." + random.nextInt(1, 255) + "." + random.nextInt(1, 255);
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	String anAccount() {
		String username = "thr-" + RUN + "-" + names.incrementAndGet();
		accounts.create(username, PASSWORD, Role.NATO_STAFF, null);
		return username;
	}

	MvcTestResult formSignIn(String username, String password, String address) {
		return mvc.post()
			.uri("/login")
			.with(csrf())
			.with(from(address))
			.param("username", username)
			.param("password", password)
			.exchange();
	}

	MvcTestResult basic(String username, String password, String address) {
		return mvc.get()
			.uri("/api/v1/account/tokens")
			.with(httpBasic(username, password))
			.with(from(address))
			.exchange();
	}

	@Test
	void theSixthAttemptIsRefusedEvenWithTheRightPasswordAndThePageSaysUntilWhen() {
		String username = anAccount();
		String address = anAddress();
		for (int i = 1; i <= 4; i++) {
			assertThat(formSignIn(username, "wrong-password-" + i, address)).redirectedUrl().isEqualTo("/login?error");
		}
		assertThat(formSignIn(username, "wrong-password-5", address)).redirectedUrl().isEqualTo("/login?locked");
		assertThat(formSignIn(username, "wrong-password-6", address)).redirectedUrl().isEqualTo("/login?locked");

		MvcTestResult right = formSignIn(username, PASSWORD, address);
		assertThat(right).redirectedUrl().isEqualTo("/login?locked");
		SessionCookie session = SessionCookie.from(right);
		assertThat(mvc.get().uri("/login?locked").with(session)).hasStatusOk()
			.bodyText()
			.contains("id=\"login-locked\"", "signing in is paused until", "even with the right password",
					"ask an administrator");
		// The account's own page for administrators tells the lock and offers to lift it.
		assertThat(mvc.get().uri("/admin/accounts?size=500").with(admin())).bodyText()
			.contains("id=\"locked-" + username + "\"", "id=\"unlock-" + username + "\"");
		assertThat(mvc.get().uri("/api/v1/accounts/" + username).with(admin())).bodyJson()
			.extractingPath("$.lockedUntil")
			.isNotNull();

		assertThat(mvc.post().uri("/api/v1/accounts/" + username + "/unlock").with(admin())).hasStatusOk()
			.bodyJson()
			.doesNotHavePath("$.lockedUntil");
		assertThat(formSignIn(username, PASSWORD, address)).redirectedUrl().isEqualTo("/records");
	}

	@Test
	void httpBasicIsLockedAlikeAnsweringWhenToTryAgain() {
		String username = anAccount();
		String address = anAddress();
		for (int i = 1; i <= 4; i++) {
			assertThat(basic(username, "wrong-password-" + i, address)).hasStatus(401);
		}
		assertThat(basic(username, "wrong-password-5", address)).hasStatus(429);
		MvcTestResult right = basic(username, PASSWORD, address);
		assertThat(right).hasStatus(429).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		long retryAfter = Long.parseLong(right.getResponse().getHeader("Retry-After"));
		assertThat(retryAfter).isBetween(14 * 60L, 15 * 60L + 1);
		assertThat(right).bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("Too many failed sign-ins to this account", "paused until", "about 15 minutes");
		assertThat(right).bodyJson().extractingPath("$.lockedUntil").isNotNull();
		// Locked from any address, not just the one the guesses came from.
		assertThat(basic(username, PASSWORD, anAddress())).hasStatus(429);

		// Lifted on the administrators' page.
		assertThat(mvc.post().uri("/admin/accounts/" + username + "/unlock").with(admin()).with(csrf()))
			.hasStatus3xxRedirection()
			.flash()
			.containsEntry("flash", "account.flash.unlocked");
		assertThat(basic(username, PASSWORD, address)).hasStatusOk();
	}

	@Test
	void anUnknownUsernameIsLockedExactlyAsAnAccountIs() {
		String unknown = "nobody-" + RUN + "-" + names.incrementAndGet();
		String known = anAccount();
		String address = anAddress();
		MvcTestResult unknownAnswer = null;
		MvcTestResult knownAnswer = null;
		for (int i = 1; i <= 5; i++) {
			unknownAnswer = basic(unknown, "wrong-password-" + i, address);
			knownAnswer = basic(known, "wrong-password-" + i, address);
		}
		assertThat(unknownAnswer).hasStatus(429);
		assertThat(knownAnswer).hasStatus(429);
		assertThat(body(unknownAnswer).replace(unknown, "NAME").replaceAll("\\d", "0"))
			.isEqualTo(body(knownAnswer).replace(known, "NAME").replaceAll("\\d", "0"));
		assertThat(formSignIn(unknown, "wrong-password-6", address)).redirectedUrl().isEqualTo("/login?locked");
	}

	@Test
	void aSuccessfulSignInEndsTheCount() {
		String username = anAccount();
		String address = anAddress();
		for (int round = 0; round < 2; round++) {
			for (int i = 1; i <= 4; i++) {
				assertThat(basic(username, "wrong-password-" + i, address)).hasStatus(401);
			}
			assertThat(basic(username, PASSWORD, address)).hasStatusOk();
		}
	}

	@Test
	void aLockRunsOutByItself() {
		String username = anAccount();
		String address = anAddress();
		for (int i = 1; i <= 5; i++) {
			basic(username, "wrong-password-" + i, address);
		}
		assertThat(basic(username, PASSWORD, address)).hasStatus(429);
		// Fifteen minutes later, as far as the lock is concerned.
		jdbc.sql("""
				update identity_sign_in_throttle set locked_until = locked_until - interval '16' minute
				where subject_kind = 'ACCOUNT' and subject = :username""").param("username", username).update();
		assertThat(basic(username, PASSWORD, address)).hasStatusOk();
	}

	@Test
	void oneAddressTryingManyUsernamesIsStopped() {
		String address = anAddress();
		String known = anAccount();
		MvcTestResult last = null;
		for (int i = 1; i <= SignInThrottle.ADDRESS_FAILURES; i++) {
			last = basic("spray-" + RUN + "-" + i, "Summer2024!", address);
			if (i < SignInThrottle.ADDRESS_FAILURES) {
				assertThat(last).as("attempt " + i).hasStatus(401);
			}
		}
		assertThat(last).hasStatus(429)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("Too many failed sign-ins from this address");
		// Even the right password of a real account is refused from that address, and
		// signs in from any other.
		assertThat(basic(known, PASSWORD, address)).hasStatus(429);
		assertThat(formSignIn(known, PASSWORD, address)).redirectedUrl().isEqualTo("/login?locked");
		assertThat(basic(known, PASSWORD, anAddress())).hasStatusOk();
	}

	static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
