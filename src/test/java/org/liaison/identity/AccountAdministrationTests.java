package org.liaison.identity;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.liaison.SessionCookie;
import org.liaison.TestUsers;
import org.liaison.directory.DirectoryService;
import org.liaison.shared.Audience;
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
 * What an administrator does with accounts, through the API and the pages: creates them
 * (a provider's for an organisation of the directory), lists them without ever seeing a
 * password, disables and enables them, sets a new password; and what nobody else may do.
 * The database is shared with every other test class, so every account here has a name of
 * its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountAdministrationTests {

	static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	static final String PASSWORD = "a-long-enough-password";

	static final String ORGANISATION = "account-test-centre-" + RUN;

	final AtomicInteger names = new AtomicInteger();

	@Autowired
	MockMvcTester mvc;

	static RequestPostProcessor admin() {
		return user("admin-test").authorities(new SimpleGrantedAuthority("ROLE_ADMIN"));
	}

	@Autowired
	DirectoryService directory;

	/**
	 * Made unless it exists: Surefire runs a failed test again in a new instance of this
	 * class.
	 */
	@BeforeAll
	void aTrainingCentreInTheDirectory() {
		if (directory.organisationByRef(ORGANISATION, Audience.alliance()).isPresent()) {
			return;
		}
		assertThat(mvc.post()
			.uri("/api/v1/organisations")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"ref": "%s", "name": "Account Test Centre", "kind": "TRAINING_CENTRE", "releasability": "PUBLIC"}"""
						.formatted(ORGANISATION)))
			.hasStatus(201);
	}

	String newUsername() {
		return "acc-" + RUN + "-" + names.incrementAndGet();
	}

	MvcTestResult create(String json) {
		return mvc.post()
			.uri("/api/v1/accounts")
			.with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	/** A new account of the role made through the API; answers its username. */
	String account(String role, String extra) {
		String username = newUsername();
		MvcTestResult result = create("""
				{"username": "%s", "password": "%s", "role": "%s"%s}""".formatted(username, PASSWORD, role, extra));
		assertThat(result).as(body(result)).hasStatus(201);
		return username;
	}

	MvcTestResult read(String username) {
		return mvc.get().uri("/api/v1/accounts/" + username).with(admin()).exchange();
	}

	@Test
	void anAdministratorCreatesAPartnerAccountAndAProviderAccountThatCanSignIn() {
		String partner = newUsername();
		MvcTestResult created = create("""
				{"username": "%s", "password": "%s", "role": "PARTNER", "nation": "srb"}""".formatted(partner,
				PASSWORD));
		assertThat(created).hasStatus(201).hasHeader("Location", "/api/v1/accounts/" + partner);
		assertThat(created).bodyJson().extractingPath("$.role").isEqualTo("PARTNER");
		assertThat(created).bodyJson().extractingPath("$.nation").isEqualTo("SRB");
		assertThat(created).bodyJson().extractingPath("$.enabled").isEqualTo(true);
		assertThat(body(created)).doesNotContain("password", "$2");

		MvcTestResult read = read(partner);
		assertThat(read).hasStatusOk().hasHeader("ETag", "\"" + JsonPath.read(body(read), "$.version") + "\"");
		assertThat(read).bodyJson().extractingPath("$.username").isEqualTo(partner);
		assertThat(mvc.get().uri("/api/v1/partners/SRB/agreements").with(httpBasic(partner, PASSWORD))).hasStatusOk();

		String provider = newUsername();
		assertThat(create("""
				{"username": "%s", "password": "%s", "role": "PROVIDER", "organisation": "%s"}""".formatted(provider,
				PASSWORD, ORGANISATION)))
			.hasStatus(201);
		assertThat(read(provider)).bodyJson().extractingPath("$.organisation").isEqualTo(ORGANISATION);
		assertThat(read(provider)).bodyJson().extractingPath("$.role").isEqualTo("PROVIDER");
		assertThat(mvc.get().uri("/api/v1/activities").with(httpBasic(provider, PASSWORD))).hasStatusOk();
	}

	@Test
	void theListIsPaginatedByUsernameAndNeverShowsAPassword() {
		List<String> mine = List.of(account("NATO_STAFF", ""), account("ALLY", ", \"nation\": \"SVK\""),
				account("AGENT", ""));

		MvcTestResult first = mvc.get().uri("/api/v1/accounts?page=0&size=2").with(admin()).exchange();
		MvcTestResult second = mvc.get().uri("/api/v1/accounts?page=1&size=2").with(admin()).exchange();
		assertThat(first).hasStatusOk();
		List<String> firstNames = JsonPath.read(body(first), "$.items[*].username");
		List<String> secondNames = JsonPath.read(body(second), "$.items[*].username");
		assertThat(firstNames).hasSize(2).isSorted();
		assertThat(secondNames).hasSize(2).isSorted();
		assertThat(firstNames.get(1)).isLessThan(secondNames.get(0));
		assertThat((Integer) JsonPath.read(body(first), "$.total")).isGreaterThanOrEqualTo(3 + 6);
		assertThat((Integer) JsonPath.read(body(first), "$.size")).isEqualTo(2);

		MvcTestResult all = mvc.get().uri("/api/v1/accounts?size=200").with(admin()).exchange();
		List<String> allNames = JsonPath.read(body(all), "$.items[*].username");
		assertThat(allNames).containsAll(mine).isSorted();
		// The fields of an account are exactly these (lockedUntil for an account locked
		// after failed sign-ins): no password, no hash, under any name.
		List<java.util.Map<String, Object>> items = JsonPath.read(body(all), "$.items");
		assertThat(items).allSatisfy(item -> assertThat(item.keySet()).isSubsetOf("username", "role", "nation",
				"organisation", "enabled", "createdAt", "version", "lockedUntil"));
		assertThat(body(all)).doesNotContain("$2a$", "$2b$", "assword");

		MvcTestResult page = mvc.get().uri("/admin/accounts?size=200").with(admin()).exchange();
		assertThat(page).hasStatusOk().bodyText().contains(mine.get(0), mine.get(1), "SVK").doesNotContain("$2a$");
		MvcTestResult paged = mvc.get().uri("/admin/accounts?size=2").with(admin()).exchange();
		assertThat(paged).bodyText().contains("/admin/accounts?size=2&amp;page=1");
		assertThat(body(paged).split("<tr id=\"account-", -1)).hasSize(3);
		MvcTestResult fragment = mvc.get()
			.uri("/admin/accounts?size=2&page=1")
			.with(admin())
			.header("HX-Request", "true")
			.exchange();
		assertThat(fragment).hasStatusOk().bodyText().contains("id=\"account-table\"").doesNotContain("<html");
	}

	@Test
	void badInputGetsA400ForItsFieldAndCreatesNothing() {
		String taken = account("NATO_STAFF", "");
		record Case(String field, String username, String json) {
		}
		List<Case> cases = List.of(
				new Case("password", newUsername(), "\"password\": \"too-short\", \"role\": \"NATO_STAFF\""),
				new Case("username", taken, "\"password\": \"%s\", \"role\": \"AGENT\"".formatted(PASSWORD)),
				new Case("username", "NotAName", "\"password\": \"%s\", \"role\": \"AGENT\"".formatted(PASSWORD)),
				new Case("nation", newUsername(), "\"password\": \"%s\", \"role\": \"PARTNER\"".formatted(PASSWORD)),
				new Case("organisation", newUsername(),
						"\"password\": \"%s\", \"role\": \"PROVIDER\"".formatted(PASSWORD)),
				new Case("organisation", newUsername(),
						"\"password\": \"%s\", \"role\": \"PROVIDER\", \"organisation\": \"no-such-centre-%s\""
							.formatted(PASSWORD, RUN)),
				new Case("role", newUsername(), "\"password\": \"%s\", \"role\": \"EMPEROR\"".formatted(PASSWORD)),
				new Case("nation", newUsername(),
						"\"password\": \"%s\", \"role\": \"PARTNER\", \"nation\": \"S1B\"".formatted(PASSWORD)),
				new Case("nation", newUsername(),
						"\"password\": \"%s\", \"role\": \"NATO_STAFF\", \"nation\": \"SRB\"".formatted(PASSWORD)));
		for (Case bad : cases) {
			MvcTestResult result = create("{\"username\": \"%s\", %s}".formatted(bad.username(), bad.json()));
			assertThat(result).as(bad.toString()).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
			List<String> fields = JsonPath.read(body(result), "$.errors[*].field");
			assertThat(fields).as(bad.toString()).contains(bad.field());
			if (!bad.username().equals(taken)) {
				assertThat(read(bad.username())).as(bad.toString()).hasStatus(404);
			}
		}
		assertThat(read(taken)).bodyJson().extractingPath("$.role").isEqualTo("NATO_STAFF");

		// Every problem at once, each under its own field.
		MvcTestResult all = create("""
				{"username": "X", "password": "short", "role": "PARTNER", "nation": "12"}""");
		assertThat(all).hasStatus(400);
		List<String> fields = JsonPath.read(body(all), "$.errors[*].field");
		assertThat(fields).contains("username", "password", "nation");
	}

	@Test
	void nobodyButAnAdministratorReachesAccounts() {
		String someone = account("AGENT", "");
		for (RequestPostProcessor other : new RequestPostProcessor[] { TestUsers.nato(), TestUsers.partner("SRB"),
				TestUsers.ally(), TestUsers.provider(ORGANISATION) }) {
			assertThat(mvc.get().uri("/api/v1/accounts").with(other)).hasStatus(403);
			assertThat(mvc.get().uri("/api/v1/accounts/" + someone).with(other)).hasStatus(403);
			String intruder = newUsername();
			assertThat(
					mvc.post().uri("/api/v1/accounts").with(other).contentType(MediaType.APPLICATION_JSON).content("""
							{"username": "%s", "password": "%s", "role": "ADMIN"}""".formatted(intruder, PASSWORD)))
				.hasStatus(403);
			assertThat(read(intruder)).hasStatus(404);
			assertThat(mvc.post().uri("/api/v1/accounts/" + someone + "/disable").with(other)).hasStatus(403);
			assertThat(mvc.get().uri("/admin/accounts").with(other)).hasStatus(403);
			assertThat(mvc.post()
				.uri("/admin/accounts")
				.with(other)
				.with(csrf())
				.param("username", intruder)
				.param("password", PASSWORD)
				.param("role", "ADMIN")).hasStatus(403);
			assertThat(mvc.post()
				.uri("/admin/accounts/" + someone + "/disable")
				.with(other)
				.with(csrf())
				.param("version", "0")).hasStatus(403);
			assertThat(read(intruder)).hasStatus(404);
			assertThat(mvc.get().uri("/records").with(other)).bodyText().doesNotContain("/admin/accounts");
		}
		assertThat(read(someone)).bodyJson().extractingPath("$.enabled").isEqualTo(true);
		assertThat(mvc.get().uri("/api/v1/accounts")).hasStatus(401);
		assertThat(mvc.get().uri("/admin/accounts")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
		assertThat(mvc.get().uri("/records").with(admin())).bodyText().contains("id=\"nav-accounts\"");
	}

	@Test
	void aDisabledAccountCannotSignInUntilItIsEnabledAgain() {
		String username = account("ADMIN", "");
		assertThat(mvc.get().uri("/api/v1/accounts/" + username).with(httpBasic(username, PASSWORD))).hasStatusOk();

		assertThat(mvc.post().uri("/api/v1/accounts/" + username + "/disable").with(admin())).hasStatusOk()
			.bodyJson()
			.extractingPath("$.enabled")
			.isEqualTo(false);
		assertThat(mvc.get().uri("/api/v1/accounts/" + username).with(httpBasic(username, PASSWORD))).hasStatus(401);
		assertThat(mvc.post().uri("/login").with(csrf()).param("username", username).param("password", PASSWORD))
			.hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/login?error");
		assertThat(mvc.post().uri("/api/v1/accounts/" + username + "/disable").with(admin())).hasStatus(409);

		assertThat(mvc.post().uri("/api/v1/accounts/" + username + "/enable").with(admin())).hasStatusOk();
		assertThat(mvc.get().uri("/api/v1/accounts/" + username).with(httpBasic(username, PASSWORD))).hasStatusOk();
	}

	@Test
	void aBrowserSessionEndsWhenItsAccountIsDisabled() {
		String username = account("NATO_STAFF", "");
		MvcTestResult login = mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", username)
			.param("password", PASSWORD)
			.exchange();
		assertThat(login).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/records");
		SessionCookie session = SessionCookie.from(login);
		assertThat(mvc.get().uri("/records").with(session)).hasStatusOk();

		assertThat(mvc.post().uri("/api/v1/accounts/" + username + "/disable").with(admin())).hasStatusOk();
		assertThat(mvc.get().uri("/records").with(session)).hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/login");
		// The session has ended for good: enabling the account again does not bring it
		// back.
		assertThat(mvc.post().uri("/api/v1/accounts/" + username + "/enable").with(admin())).hasStatusOk();
		assertThat(mvc.get().uri("/records").with(session)).hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/login");
	}

	@Test
	void aChangeBasedOnAStaleVersionIsRefused() {
		String username = account("AGENT", "");
		String etag = read(username).getResponse().getHeader("ETag");
		assertThat(
				mvc.post().uri("/api/v1/accounts/" + username + "/disable").with(admin()).header("If-Match", "\"999\""))
			.hasStatus(409)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(read(username)).bodyJson().extractingPath("$.enabled").isEqualTo(true);

		MvcTestResult disabled = mvc.post()
			.uri("/api/v1/accounts/" + username + "/disable")
			.with(admin())
			.header("If-Match", etag)
			.exchange();
		assertThat(disabled).hasStatusOk();
		assertThat(disabled.getResponse().getHeader("ETag")).isNotEqualTo(etag);
		assertThat(mvc.post().uri("/api/v1/accounts/" + username + "/enable").with(admin()).header("If-Match", etag))
			.hasStatus(409);
		assertThat(read(username)).bodyJson().extractingPath("$.enabled").isEqualTo(false);
		assertThat(mvc.post()
			.uri("/admin/accounts/" + username + "/enable")
			.with(admin())
			.with(csrf())
			.param("version", etag.replace("\"", ""))).hasStatus(409);
	}

	@Test
	void anAdministratorSetsANewPassword() {
		String username = account("ADMIN", "");
		String uri = "/api/v1/accounts/" + username + "/password";
		MvcTestResult tooShort = mvc.post()
			.uri(uri)
			.with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"password\": \"short\"}")
			.exchange();
		assertThat(tooShort).hasStatus(400);
		assertThat((List<String>) JsonPath.read(body(tooShort), "$.errors[*].field")).containsExactly("password");
		assertThat(mvc.get().uri("/api/v1/accounts/" + username).with(httpBasic(username, PASSWORD))).hasStatusOk();
		String token = JsonPath.read(body(mvc.post()
			.uri("/api/v1/account/tokens")
			.with(httpBasic(username, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"before the reset\"}")
			.exchange()), "$.token");
		assertThat(mvc.get().uri("/api/v1/account/tokens").header("Authorization", "Bearer " + token)).hasStatusOk();

		assertThat(mvc.post()
			.uri(uri)
			.with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"password\": \"another-long-password\"}")).hasStatusOk().bodyText().doesNotContain("$2");
		// The tokens made with the old password go with it.
		assertThat(mvc.get().uri("/api/v1/account/tokens").header("Authorization", "Bearer " + token)).hasStatus(401);
		assertThat(mvc.get().uri("/api/v1/accounts/" + username).with(httpBasic(username, PASSWORD))).hasStatus(401);
		assertThat(mvc.get().uri("/api/v1/accounts/" + username).with(httpBasic(username, "another-long-password")))
			.hasStatusOk();

		String version = JsonPath.read(body(read(username)), "$.version").toString();
		assertThat(mvc.post()
			.uri("/admin/accounts/" + username + "/password")
			.with(admin())
			.with(csrf())
			.param("version", version)
			.param("password", "short")).hasStatusOk().bodyText().contains("id=\"password-error\"");
		assertThat(mvc.post()
			.uri("/admin/accounts/" + username + "/password")
			.with(admin())
			.with(csrf())
			.param("version", version)
			.param("password", "a-third-long-password")).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/api/v1/accounts/" + username).with(httpBasic(username, "a-third-long-password")))
			.hasStatusOk();
	}

	@Test
	void thePageFormShowsEachProblemBesideItsFieldAndCreatesNothing() {
		String username = newUsername();
		MvcTestResult result = mvc.post()
			.uri("/admin/accounts")
			.with(admin())
			.with(csrf())
			.param("username", username)
			.param("password", "too-short")
			.param("role", "PARTNER")
			.param("nation", "")
			.param("organisation", "")
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyText()
			.contains("id=\"password-error\"", "id=\"nation-error\"", "value=\"" + username + "\"")
			.doesNotContain("too-short")
			.doesNotContain("id=\"username-error\"");
		assertThat(read(username)).hasStatus(404);
		assertThat(mvc.post()
			.uri("/admin/accounts")
			.with(admin())
			.with(csrf())
			.param("username", username)
			.param("password", PASSWORD)
			.param("role", "PROVIDER")
			.param("organisation", "no-such-centre-" + RUN)).hasStatusOk()
			.bodyText()
			.contains("id=\"organisation-error\"", "is not an organisation of the directory");
		assertThat(read(username)).hasStatus(404);

		MvcTestResult created = mvc.post()
			.uri("/admin/accounts")
			.with(admin())
			.with(csrf())
			.param("username", username)
			.param("password", PASSWORD)
			.param("role", "PROVIDER")
			.param("nation", "")
			.param("organisation", ORGANISATION)
			.exchange();
		assertThat(created).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/admin/accounts");
		assertThat(created).flash().containsEntry("flashName", username);
		assertThat(read(username)).bodyJson().extractingPath("$.organisation").isEqualTo(ORGANISATION);

		String version = JsonPath.read(body(read(username)), "$.version").toString();
		assertThat(mvc.post()
			.uri("/admin/accounts/" + username + "/disable")
			.with(admin())
			.with(csrf())
			.param("version", version)).hasStatus3xxRedirection();
		assertThat(read(username)).bodyJson().extractingPath("$.enabled").isEqualTo(false);
	}

	@Test
	void anAdministratorCannotDisableTheirOwnAccount() {
		String username = account("ADMIN", "");
		RequestPostProcessor self = user(username).authorities(new SimpleGrantedAuthority("ROLE_ADMIN"));
		assertThat(mvc.post().uri("/api/v1/accounts/" + username + "/disable").with(self)).hasStatus(409)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("your own account");
		assertThat(mvc.post()
			.uri("/admin/accounts/" + username + "/disable")
			.with(self)
			.with(csrf())
			.param("version", JsonPath.read(body(read(username)), "$.version").toString())).hasStatus(409);
		assertThat(read(username)).bodyJson().extractingPath("$.enabled").isEqualTo(true);
		assertThat(mvc.get().uri("/api/v1/accounts/" + username).with(httpBasic(username, PASSWORD))).hasStatusOk();
		// The page offers no button that would only be refused.
		assertThat(mvc.get().uri("/admin/accounts?size=200").with(self)).bodyText()
			.doesNotContain("/admin/accounts/" + username + "/disable");
	}

	@Test
	void anUnknownAccountIsNotFound() {
		assertThat(read("nobody-" + RUN)).hasStatus(404);
		assertThat(mvc.post().uri("/api/v1/accounts/nobody-" + RUN + "/enable").with(admin())).hasStatus(404);
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
