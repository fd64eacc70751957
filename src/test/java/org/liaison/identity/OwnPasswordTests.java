package org.liaison.identity;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.liaison.SessionCookie;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * People change their own password, on {@code /account} and through the API, with the
 * current one; the old one then stops working, as do the account's API tokens and its
 * other browser sessions. A wrong current password counts as a failed sign-in. Weak new
 * passwords are refused with their reason wherever a password is set. Accounts and
 * addresses are this class's own.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OwnPasswordTests {

	static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	static final String PASSWORD = "a-long-enough-password";

	static final String NEW_PASSWORD = "plum orchard by the river";

	static final AtomicInteger names = new AtomicInteger();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountService accounts;

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	static String anAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "10." + random.nextInt(1, 255) + "." + random.nextInt(1, 255) + "." + random.nextInt(1, 255);
	}

	String anAccount() {
		String username = "own-" + RUN + "-" + names.incrementAndGet();
		accounts.create(username, PASSWORD, Role.PARTNER, org.liaison.shared.NationCode.of("AUS"));
		return username;
	}

	SessionCookie signIn(String username, String password, String address) {
		MvcTestResult login = mvc.post()
			.uri("/login")
			.with(csrf())
			.with(from(address))
			.param("username", username)
			.param("password", password)
			.exchange();
		assertThat(login).redirectedUrl().isEqualTo("/records");
		return SessionCookie.from(login);
	}

	String token(String username, String password) {
		return JsonPath.read(body(mvc.post()
			.uri("/api/v1/account/tokens")
			.with(httpBasic(username, password))
			.with(from(anAddress()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"before the change\"}")
			.exchange()), "$.token");
	}

	MvcTestResult changeOnPage(SessionCookie session, String oldPassword, String newPassword, String address) {
		return mvc.post()
			.uri("/account/password")
			.with(session)
			.with(csrf())
			.with(from(address))
			.param("oldPassword", oldPassword)
			.param("newPassword", newPassword)
			.exchange();
	}

	@Test
	void aUserChangesTheirPasswordOnTheirPageAndTheOldOneStopsWorking() {
		String username = anAccount();
		String address = anAddress();
		SessionCookie session = signIn(username, PASSWORD, address);
		SessionCookie elsewhere = signIn(username, PASSWORD, anAddress());
		String token = token(username, PASSWORD);
		assertThat(mvc.get().uri("/account").with(session)).hasStatusOk()
			.bodyText()
			.contains("id=\"own-password-form\"", "name=\"oldPassword\"");

		MvcTestResult wrongOld = changeOnPage(session, "not-my-password", NEW_PASSWORD, address);
		assertThat(wrongOld).hasStatusOk()
			.bodyText()
			.contains("id=\"oldPassword-error\"", "current password is not right")
			.doesNotContain("not-my-password");
		MvcTestResult weak = changeOnPage(session, PASSWORD, "password1234", address);
		assertThat(weak).hasStatusOk().bodyText().contains("id=\"newPassword-error\"", "most common passwords");
		assertThat(mvc.get().uri("/api/v1/account/tokens").with(httpBasic(username, PASSWORD)).with(from(address)))
			.hasStatusOk();

		MvcTestResult changed = changeOnPage(session, PASSWORD, NEW_PASSWORD, address);
		assertThat(changed).redirectedUrl().isEqualTo("/account");
		assertThat(changed).flash().containsEntry("passwordChanged", true);
		// This session stays signed in; the other one has ended; the old password and the
		// token no longer work.
		assertThat(mvc.get().uri("/account").with(session)).hasStatusOk();
		assertThat(mvc.get().uri("/account").with(elsewhere)).hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/login");
		assertThat(mvc.get().uri("/api/v1/account/tokens").header("Authorization", "Bearer " + token)).hasStatus(401);
		assertThat(mvc.get().uri("/api/v1/account/tokens").with(httpBasic(username, PASSWORD)).with(from(address)))
			.hasStatus(401);
		assertThat(mvc.get().uri("/api/v1/account/tokens").with(httpBasic(username, NEW_PASSWORD)).with(from(address)))
			.hasStatusOk();
	}

	@Test
	void aUserChangesTheirPasswordThroughTheApi() {
		String username = anAccount();
		String address = anAddress();
		String token = token(username, PASSWORD);
		MvcTestResult weak = change(username, PASSWORD, PASSWORD, username + "2024", address);
		assertThat(weak).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat((List<String>) JsonPath.read(body(weak), "$.errors[*].field")).containsExactly("newPassword");
		assertThat(body(weak)).contains("the username");
		MvcTestResult wrongOld = change(username, PASSWORD, "not-my-password", NEW_PASSWORD, address);
		assertThat(wrongOld).hasStatus(400);
		assertThat((List<String>) JsonPath.read(body(wrongOld), "$.errors[*].field")).containsExactly("oldPassword");

		assertThat(change(username, PASSWORD, PASSWORD, NEW_PASSWORD, address)).hasStatus(204);
		assertThat(mvc.get().uri("/api/v1/account/tokens").header("Authorization", "Bearer " + token)).hasStatus(401);
		assertThat(mvc.get().uri("/api/v1/account/tokens").with(httpBasic(username, PASSWORD)).with(from(address)))
			.hasStatus(401);
		assertThat(mvc.get().uri("/api/v1/account/tokens").with(httpBasic(username, NEW_PASSWORD)).with(from(address)))
			.hasStatusOk();
	}

	/**
	 * As a leaked API token or a session left open would be used to find the password: a
	 * sign-in with the password itself would end the count, and needs no guessing.
	 */
	@Test
	void wrongCurrentPasswordsCountAsFailedSignIns() {
		String username = anAccount();
		String address = anAddress();
		String token = token(username, PASSWORD);
		for (int i = 1; i <= 4; i++) {
			assertThat(changeWithToken(token, "guess-number-" + i, address)).hasStatus(400);
		}
		MvcTestResult locked = changeWithToken(token, "guess-number-5", address);
		assertThat(locked).hasStatus(429).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(locked.getResponse().getHeader("Retry-After")).isNotBlank();
		assertThat(locked).bodyJson().extractingPath("$.detail").asString().contains("paused until");
		// Even the right current password is refused now, and so is signing in.
		assertThat(changeWithToken(token, PASSWORD, address)).hasStatus(429);
		assertThat(mvc.get().uri("/api/v1/account/tokens").with(httpBasic(username, PASSWORD)).with(from(anAddress())))
			.hasStatus(429);
		MvcTestResult signIn = mvc.post()
			.uri("/login")
			.with(csrf())
			.with(from(anAddress()))
			.param("username", username)
			.param("password", PASSWORD)
			.exchange();
		assertThat(signIn).redirectedUrl().isEqualTo("/login?locked");
		assertThat(mvc.get().uri("/login?locked").with(SessionCookie.from(signIn))).bodyText()
			.contains("id=\"login-locked\"", "signing in is paused until");
	}

	MvcTestResult changeWithToken(String token, String oldPassword, String address) {
		return mvc.post()
			.uri("/api/v1/account/password")
			.header("Authorization", "Bearer " + token)
			.with(from(address))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"oldPassword": "%s", "newPassword": "%s"}""".formatted(oldPassword, NEW_PASSWORD))
			.exchange();
	}

	@Test
	void weakPasswordsAreRefusedWhereverAPasswordIsSet() {
		RequestPostProcessor admin = user("admin-test").authorities(new SimpleGrantedAuthority("ROLE_ADMIN"));
		String username = "weak-" + RUN + "-" + names.incrementAndGet();
		record Weak(String password, String reason) {
		}
		for (Weak weak : List.of(new Weak("aaaaaaaaaaaa", "one character repeated"),
				new Weak("password1234", "most common passwords"), new Weak(username, "the username"),
				new Weak(" ".repeat(12), "only spaces"), new Weak("123456789012", "a run such as 123456"))) {
			MvcTestResult created = mvc.post()
				.uri("/api/v1/accounts")
				.with(admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username": "%s", "password": "%s", "role": "NATO_STAFF"}""".formatted(username,
						weak.password()))
				.exchange();
			assertThat(created).as(weak.password()).hasStatus(400);
			assertThat(body(created)).as(weak.password()).contains(weak.reason(), "Any characters are allowed");
			assertThat(mvc.post()
				.uri("/admin/accounts")
				.with(admin)
				.with(csrf())
				.param("username", username)
				.param("password", weak.password())
				.param("role", "NATO_STAFF")).hasStatusOk().bodyText().contains("id=\"password-error\"", weak.reason());
		}
		assertThat(mvc.get().uri("/api/v1/accounts/" + username).with(admin)).hasStatus(404);

		// The longest password allowed counts every character, beyond the 72 bytes bcrypt
		// reads.
		String longest = "the quick brown partner signs a plan ".repeat(4).substring(0, 128);
		assertThat(mvc.post().uri("/api/v1/accounts").with(admin).contentType(MediaType.APPLICATION_JSON).content("""
				{"username": "%s", "password": "%s", "role": "NATO_STAFF"}""".formatted(username, longest)))
			.hasStatus(201);
		String address = anAddress();
		assertThat(mvc.get().uri("/api/v1/account/tokens").with(httpBasic(username, longest)).with(from(address)))
			.hasStatusOk();
		assertThat(mvc.get()
			.uri("/api/v1/account/tokens")
			.with(httpBasic(username, longest.substring(0, 127) + "X"))
			.with(from(address))).hasStatus(401);
		assertThat(mvc.post()
			.uri("/api/v1/accounts/" + username + "/password")
			.with(admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"password\": \"qwertyuiop123\"}")).hasStatus(400).bodyText().contains("most common");
	}

	MvcTestResult change(String username, String password, String oldPassword, String newPassword, String address) {
		return mvc.post()
			.uri("/api/v1/account/password")
			.with(httpBasic(username, password))
			.with(from(address))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"oldPassword": "%s", "newPassword": "%s"}""".formatted(oldPassword, newPassword))
			.exchange();
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
