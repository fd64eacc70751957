package org.liaison.identity;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.liaison.SessionCookie;
import org.liaison.TestUsers;
import org.liaison.shared.NationCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
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
 * Personal API tokens as their holders and scripts use them: issued with the password,
 * then given as {@code Authorization: Bearer} instead of it, reading and acting exactly
 * as the account does (a partner's scope, a role's rights), and refused with 401 once
 * revoked, for a disabled account, or when wrong. The database is shared with every other
 * test class, so every account and record here has a name of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTokenTests {

	static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	static final String PASSWORD = "a-long-enough-password";

	static final String TOKENS = "/api/v1/account/tokens";

	static final Pattern SHOWN_TOKEN = Pattern.compile("id=\"new-token\" value=\"(lsn_[A-Za-z0-9_-]+)\"");

	/**
	 * Static, as Surefire runs a failed test again in a new instance of this class with
	 * the same RUN.
	 */
	static final AtomicInteger names = new AtomicInteger();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	/**
	 * Australia, this class's own partner (Serbia's demo page must stay as the seed page
	 * tells it), and Ukraine as a second partner, as the activity tests make it; refused
	 * harmlessly when they exist.
	 */
	@BeforeAll
	void australiaAndUkraineArePartners() {
		for (String nation : new String[] { "AUS", "UKR" }) {
			mvc.post()
				.uri("/api/v1/partners")
				.with(TestUsers.nato())
				.contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"nation": "%s", "profile": {"summary": "A partner.", "aspirant": false, "releasability": "PUBLIC"}}"""
							.formatted(nation))
				.exchange();
		}
	}

	String account(Role role, @Nullable String nation) {
		String username = "tok-" + RUN + "-" + names.incrementAndGet();
		accounts.create(username, PASSWORD, role, nation == null ? null : NationCode.of(nation));
		return username;
	}

	/** Issues a token the way a person starts a script: signed in with the password. */
	MvcTestResult issue(String username, String name) {
		return mvc.post()
			.uri(TOKENS)
			.with(httpBasic(username, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"%s\"}".formatted(name))
			.exchange();
	}

	String token(String username) {
		MvcTestResult issued = issue(username, "script " + names.incrementAndGet());
		assertThat(issued).as(body(issued)).hasStatus(201);
		return JsonPath.read(body(issued), "$.token");
	}

	static String bearer(String token) {
		return "Bearer " + token;
	}

	/**
	 * A milestone of the partner with this releasability, made by NATO staff; answers its
	 * URL.
	 */
	String milestone(String partner, String releasability, String text) {
		MvcTestResult created = mvc.post()
			.uri("/api/v1/partners/" + partner + "/milestones")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content(milestoneJson(text, releasability))
			.exchange();
		assertThat(created).as(body(created)).hasStatus(201);
		return created.getResponse().getHeader("Location");
	}

	static String milestoneJson(String text, String releasability) {
		return """
				{"ref": "%s", "date": "2014", "text": "%s", "releasability": "%s"}""".formatted(text, text,
				releasability);
	}

	@Test
	void aPartnersTokenReadsExactlyWhatThatPartnerReads() {
		String australia = account(Role.PARTNER, "AUS");
		String token = token(australia);
		String partnerOnly = milestone("AUS", "PARTNER", "tok-" + RUN + "-aus-partner");
		String natoOnly = milestone("AUS", "NATO", "tok-" + RUN + "-aus-nato");
		String ukraines = milestone("UKR", "PARTNER", "tok-" + RUN + "-ukr-partner");

		assertThat(mvc.get().uri(partnerOnly).header("Authorization", bearer(token))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.text")
			.isEqualTo("tok-" + RUN + "-aus-partner");
		// Without the token the same record is closed: it is the token that opens it.
		assertThat(mvc.get().uri(partnerOnly)).hasStatus(401);
		assertThat(mvc.get().uri(natoOnly).header("Authorization", bearer(token))).hasStatus(404);
		assertThat(mvc.get().uri(ukraines).header("Authorization", bearer(token))).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/partners/AUS/milestones?size=200").header("Authorization", bearer(token)))
			.hasStatusOk()
			.bodyText()
			.contains("tok-" + RUN + "-aus-partner")
			.doesNotContain("tok-" + RUN + "-aus-nato");
		assertThat(mvc.get().uri("/api/v1/partners/UKR/milestones?size=200").header("Authorization", bearer(token)))
			.bodyText()
			.doesNotContain("tok-" + RUN + "-ukr-partner");
	}

	@Test
	void aStaffTokenMakesAChangeAndAPartnersTokenIsRefused() {
		String staff = token(account(Role.NATO_STAFF, null));
		String australia = token(account(Role.PARTNER, "AUS"));
		String byStaff = "tok-" + RUN + "-by-staff";
		String byPartner = "tok-" + RUN + "-by-partner";

		assertThat(mvc.post()
			.uri("/api/v1/partners/AUS/milestones")
			.header("Authorization", bearer(staff))
			.contentType(MediaType.APPLICATION_JSON)
			.content(milestoneJson(byStaff, "PUBLIC"))).hasStatus(201);
		MvcTestResult refused = mvc.post()
			.uri("/api/v1/partners/AUS/milestones")
			.header("Authorization", bearer(australia))
			.contentType(MediaType.APPLICATION_JSON)
			.content(milestoneJson(byPartner, "PUBLIC"))
			.exchange();
		assertThat(refused).hasStatus(403).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);

		assertThat(mvc.get().uri("/api/v1/partners/AUS/milestones?size=500").with(TestUsers.nato())).bodyText()
			.contains(byStaff)
			.doesNotContain(byPartner);
	}

	@Test
	void aRevokedTokenIsRefusedWith401() {
		String username = account(Role.AGENT, null);
		MvcTestResult issued = issue(username, "to revoke");
		String token = JsonPath.read(body(issued), "$.token");
		String id = JsonPath.read(body(issued), "$.id");
		assertThat(mvc.get().uri(TOKENS).header("Authorization", bearer(token))).hasStatusOk();
		assertThat(mvc.get().uri(TOKENS).header("Authorization", "bearer " + token)).as("the scheme in any case")
			.hasStatusOk();

		assertThat(mvc.delete().uri(TOKENS + "/" + id).with(httpBasic(username, PASSWORD))).hasStatus(204);

		MvcTestResult refused = mvc.get().uri(TOKENS).header("Authorization", bearer(token)).exchange();
		assertThat(refused).hasStatus(401)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.hasHeader("WWW-Authenticate", "Bearer realm=\"Liaison\", error=\"invalid_token\"");
		assertThat(refused).bodyJson().extractingPath("$.status").isEqualTo(401);
		// Not read as an anonymous call either: a script must notice that its token
		// stopped working.
		assertThat(mvc.get().uri("/api/v1/partners/AUS/relations").header("Authorization", bearer(token)))
			.hasStatus(401);
		assertThat(mvc.delete().uri(TOKENS + "/" + id).with(httpBasic(username, PASSWORD))).hasStatus(404);
		assertThat(mvc.get().uri(TOKENS).with(httpBasic(username, PASSWORD))).bodyText().doesNotContain(id);
	}

	@Test
	void aDisabledAccountsTokenIsRefusedUntilTheAccountIsEnabled() {
		String username = account(Role.NATO_STAFF, null);
		String token = token(username);
		accounts.disable(username, null, "admin");
		try {
			assertThat(mvc.get().uri(TOKENS).header("Authorization", bearer(token))).hasStatus(401)
				.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(mvc.post()
				.uri("/api/v1/partners/AUS/milestones")
				.header("Authorization", bearer(token))
				.contentType(MediaType.APPLICATION_JSON)
				.content(milestoneJson("tok-" + RUN + "-disabled", "PUBLIC"))).hasStatus(401);
		}
		finally {
			accounts.enable(username, null);
		}
		assertThat(mvc.get().uri(TOKENS).header("Authorization", bearer(token))).hasStatusOk();
		assertThat(mvc.get().uri("/api/v1/partners/AUS/milestones?size=500").with(TestUsers.nato())).bodyText()
			.doesNotContain("tok-" + RUN + "-disabled");
	}

	@Test
	void aWrongTokenIsRefusedAndNothingElseHappens() {
		String username = account(Role.NATO_STAFF, null);
		String token = token(username);
		String tampered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
		String text = "tok-" + RUN + "-wrong-token";
		// A bare "Bearer" is what a server leaves of "Bearer " with an empty token.
		for (String wrong : List.of(bearer(tampered), bearer("lsn_" + "x".repeat(43)), bearer("not-a-token"),
				bearer(token + "x"), "Bearer", "bearer " + tampered)) {
			MvcTestResult refused = mvc.post()
				.uri("/api/v1/partners/AUS/milestones")
				.header("Authorization", wrong)
				.contentType(MediaType.APPLICATION_JSON)
				.content(milestoneJson(text, "PUBLIC"))
				.exchange();
			assertThat(refused).as(wrong).hasStatus(401).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
			// Refused on a public read too, rather than answered as to anyone.
			assertThat(mvc.get().uri("/api/v1/activity-areas").header("Authorization", wrong)).as(wrong).hasStatus(401);
		}
		assertThat(mvc.get().uri("/api/v1/partners/AUS/milestones?size=500").with(TestUsers.nato())).bodyText()
			.doesNotContain(text);
		// A wrong token is no use of the right one.
		assertThat(mvc.get().uri(TOKENS).with(httpBasic(username, PASSWORD))).bodyJson()
			.doesNotHavePath("$[0].lastUsedAt");
		// HTTP Basic still works beside tokens.
		assertThat(mvc.get().uri(TOKENS).with(httpBasic(username, PASSWORD))).hasStatusOk();
		assertThat(mvc.get().uri(TOKENS).with(httpBasic(username, "a-wrong-password"))).hasStatus(401);
	}

	@Test
	void theDatabaseKeepsOnlyTheTokensHash() {
		String username = account(Role.ALLY, "SVK");
		MvcTestResult issued = issue(username, "hash check");
		assertThat(issued).hasStatus(201).hasHeader("Location", TOKENS + "/" + JsonPath.read(body(issued), "$.id"));
		String token = JsonPath.read(body(issued), "$.token");
		assertThat(token).startsWith("lsn_").hasSize(4 + 43).matches("lsn_[A-Za-z0-9_-]{43}");
		// No cache along the way keeps the one answer that carries the token.
		assertThat(issued.getResponse().getHeader("Cache-Control")).contains("no-store");
		assertThat(token(username)).isNotEqualTo(token);

		Map<String, Object> row = jdbc.sql("select * from identity_api_token where id = :id")
			.param("id", UUID.fromString(JsonPath.read(body(issued), "$.id")))
			.query()
			.singleRow();
		assertThat(row.get("token_hash")).isEqualTo(sha256(token));
		String secret = token.substring(4);
		assertThat(row.values()).allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(secret));
		assertThat(jdbc.sql("select count(*) from identity_api_token where token_hash = :t or name = :t")
			.param("t", token)
			.query(Integer.class)
			.single()).isZero();

		MvcTestResult listed = mvc.get().uri(TOKENS).with(httpBasic(username, PASSWORD)).exchange();
		assertThat(listed).hasStatusOk().bodyText().contains("hash check").doesNotContain(secret, sha256(token));
		List<Map<String, Object>> items = JsonPath.read(body(listed), "$");
		assertThat(items).hasSize(2)
			.allSatisfy(item -> assertThat(item.keySet()).isSubsetOf("id", "name", "createdAt", "lastUsedAt"));
	}

	@Test
	void anotherUserNeitherSeesNorRevokesYourToken() {
		String alice = account(Role.PARTNER, "AUS");
		String bob = account(Role.PARTNER, "AUS");
		MvcTestResult issued = issue(alice, "alice's script");
		String token = JsonPath.read(body(issued), "$.token");
		String id = JsonPath.read(body(issued), "$.id");

		assertThat(mvc.delete().uri(TOKENS + "/" + id).with(httpBasic(bob, PASSWORD))).hasStatus(404)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(mvc.get().uri(TOKENS + "/" + id).with(httpBasic(bob, PASSWORD))).hasStatus(404);
		assertThat(mvc.get().uri(TOKENS).with(httpBasic(bob, PASSWORD))).hasStatusOk().bodyText().doesNotContain(id);
		RequestPostProcessor bobsSession = user(bob).authorities(new SimpleGrantedAuthority("ROLE_PARTNER"),
				new SimpleGrantedAuthority("NATION_AUS"));
		assertThat(mvc.post().uri("/account/tokens/" + id + "/revoke").with(bobsSession).with(csrf())).hasStatus(404);

		assertThat(mvc.get().uri(TOKENS).header("Authorization", bearer(token))).hasStatusOk().bodyText().contains(id);
		assertThat(mvc.get().uri(TOKENS + "/" + id).with(httpBasic(alice, PASSWORD))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.name")
			.isEqualTo("alice's script");
	}

	/**
	 * Decided: a token may issue and revoke its holder's tokens, as the holder may (see
	 * README).
	 */
	@Test
	void aTokenIssuesAndRevokesItsHoldersTokens() {
		String username = account(Role.AGENT, null);
		String token = token(username);
		MvcTestResult issued = mvc.post()
			.uri(TOKENS)
			.header("Authorization", bearer(token))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"made by a token\"}")
			.exchange();
		assertThat(issued).hasStatus(201);
		String second = JsonPath.read(body(issued), "$.token");
		String secondId = JsonPath.read(body(issued), "$.id");
		assertThat(mvc.get().uri(TOKENS).header("Authorization", bearer(second))).hasStatusOk()
			.bodyText()
			.contains("made by a token");

		assertThat(mvc.delete().uri(TOKENS + "/" + secondId).header("Authorization", bearer(token))).hasStatus(204);
		assertThat(mvc.get().uri(TOKENS).header("Authorization", bearer(second))).hasStatus(401);
		assertThat(mvc.get().uri(TOKENS).header("Authorization", bearer(token))).hasStatusOk();
	}

	@Test
	void anAccountHoldsAtMostTwentyTokens() {
		String username = account(Role.AGENT, null);
		String token = token(username);
		for (int i = 2; i <= 20; i++) {
			assertThat(mvc.post()
				.uri(TOKENS)
				.header("Authorization", bearer(token))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"token %d\"}".formatted(i))).as("token " + i).hasStatus(201);
		}
		MvcTestResult refused = mvc.post()
			.uri(TOKENS)
			.header("Authorization", bearer(token))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"token 21\"}")
			.exchange();
		assertThat(refused).hasStatus(409).bodyJson().extractingPath("$.detail").asString().contains("20");
		assertThat((List<?>) JsonPath
			.read(body(mvc.get().uri(TOKENS).header("Authorization", bearer(token)).exchange()), "$")).hasSize(20);
	}

	@Test
	void badNamesGetA400ForTheNameAndIssueNothing() {
		String username = account(Role.NATO_STAFF, null);
		assertThat(issue(username, "taken")).hasStatus(201);
		for (String json : List.of("{\"name\": \"\"}", "{\"name\": \"   \"}",
				"{\"name\": \"%s\"}".formatted("n".repeat(101)), "{}", "{\"name\": null}", "{\"name\": \"taken\"}",
				"{\"name\": \"  taken \"}")) {
			MvcTestResult refused = mvc.post()
				.uri(TOKENS)
				.with(httpBasic(username, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json)
				.exchange();
			assertThat(refused).as(json).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat((List<String>) JsonPath.read(body(refused), "$.errors[*].field")).as(json)
				.containsExactly("name");
		}
		MvcTestResult noBody = mvc.post().uri(TOKENS).with(httpBasic(username, PASSWORD)).exchange();
		assertThat(noBody).hasStatus(400);
		assertThat((List<String>) JsonPath.read(body(noBody), "$.errors[*].field")).containsExactly("name");
		assertThat((List<?>) JsonPath.read(body(mvc.get().uri(TOKENS).with(httpBasic(username, PASSWORD)).exchange()),
				"$"))
			.hasSize(1);

		assertThat(issue(username, "n".repeat(100))).hasStatus(201);
		assertThat(issue(username, "  spaced  ")).hasStatus(201)
			.bodyJson()
			.extractingPath("$.name")
			.isEqualTo("spaced");
	}

	@Test
	void theLastUseIsNotedButNotOnEveryCall() {
		String username = account(Role.NATO_STAFF, null);
		MvcTestResult issued = issue(username, "last use");
		String token = JsonPath.read(body(issued), "$.token");
		String id = JsonPath.read(body(issued), "$.id");
		assertThat(mvc.get().uri(TOKENS + "/" + id).with(httpBasic(username, PASSWORD))).bodyJson()
			.doesNotHavePath("$.lastUsedAt");

		assertThat(mvc.get().uri("/api/v1/activity-areas").header("Authorization", bearer(token))).hasStatusOk();
		Object firstUse = lastUsedAt(id);
		assertThat(firstUse).isNotNull();
		assertThat(mvc.get().uri(TOKENS + "/" + id).with(httpBasic(username, PASSWORD))).bodyJson()
			.hasPath("$.lastUsedAt");

		assertThat(mvc.get().uri("/api/v1/activity-areas").header("Authorization", bearer(token))).hasStatusOk();
		assertThat(lastUsedAt(id)).isEqualTo(firstUse);
	}

	Object lastUsedAt(String id) {
		return jdbc.sql("select last_used_at from identity_api_token where id = :id")
			.param("id", UUID.fromString(id))
			.query()
			.singleValue();
	}

	@Test
	void thePageShowsANewTokenOnceAndListsItAfterwardsWithoutIt() {
		String username = account(Role.PARTNER, "AUS");
		MvcTestResult login = mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", username)
			.param("password", PASSWORD)
			.exchange();
		assertThat(login).hasStatus3xxRedirection();
		SessionCookie session = SessionCookie.from(login);

		assertThat(mvc.get().uri("/records").with(session)).bodyText().contains("href=\"/account\"");
		assertThat(mvc.get().uri("/account").with(session)).hasStatusOk()
			.bodyText()
			.contains(username, "AUS", "id=\"no-tokens\"", "id=\"new-token-form\"")
			.doesNotContain("id=\"new-token\"");

		MvcTestResult created = mvc.post()
			.uri("/account/tokens")
			.with(session)
			.with(csrf())
			.param("name", "page script")
			.exchange();
		assertThat(created).hasStatusOk().bodyText().contains("id=\"new-token-once\"", "readonly");
		assertThat(created.getResponse().getHeader("Cache-Control")).contains("no-store");
		Matcher shown = SHOWN_TOKEN.matcher(body(created));
		assertThat(shown.find()).as("the new token in its readonly field").isTrue();
		String token = shown.group(1);
		assertThat(mvc.get().uri(TOKENS).header("Authorization", bearer(token))).hasStatusOk()
			.bodyText()
			.contains("page script");

		MvcTestResult later = mvc.get().uri("/account").with(session).exchange();
		assertThat(later).hasStatusOk()
			.bodyText()
			.contains("page script")
			.doesNotContain(token, token.substring(4), "id=\"new-token\"", "id=\"no-tokens\"");

		// htmx gets the section alone, with the new token in it.
		MvcTestResult fragment = mvc.post()
			.uri("/account/tokens")
			.with(session)
			.with(csrf())
			.header("HX-Request", "true")
			.param("name", "htmx script")
			.exchange();
		assertThat(fragment).hasStatusOk()
			.bodyText()
			.contains("id=\"api-tokens\"", "id=\"new-token\"")
			.doesNotContain("<html");

		List<String> ids = JsonPath.read(body(mvc.get().uri(TOKENS).header("Authorization", bearer(token)).exchange()),
				"$[?(@.name == 'page script')].id");
		String id = ids.get(0);
		MvcTestResult revoked = mvc.post()
			.uri("/account/tokens/" + id + "/revoke")
			.with(session)
			.with(csrf())
			.exchange();
		assertThat(revoked).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/account");
		assertThat(revoked).flash().containsEntry("revoked", "page script");
		assertThat(mvc.get().uri(TOKENS).header("Authorization", bearer(token))).hasStatus(401);
		assertThat(mvc.get().uri("/account").with(session)).bodyText()
			.contains("id=\"token-revoked\"", "The token page script was revoked")
			.doesNotContain("<td>page script</td>", "/account/tokens/" + id + "/revoke")
			.contains("<td>htmx script</td>");
	}

	@Test
	void thePageRefusesABadNameBesideItsFieldAndFormsWithoutTheirCsrfToken() {
		String username = account(Role.NATO_STAFF, null);
		RequestPostProcessor self = user(username).authorities(new SimpleGrantedAuthority("ROLE_NATO_STAFF"));
		assertThat(mvc.post().uri("/account/tokens").with(self).with(csrf()).param("name", "")).hasStatusOk()
			.bodyText()
			.contains("id=\"name-error\"")
			.doesNotContain("id=\"new-token\"");
		assertThat(mvc.post().uri("/account/tokens").with(self).param("name", "no csrf")).hasStatus(403);
		assertThat(mvc.get().uri(TOKENS).with(httpBasic(username, PASSWORD))).bodyText().isEqualTo("[]");

		assertThat(mvc.get().uri("/account")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
		assertThat(mvc.post().uri("/account/tokens").with(csrf()).param("name", "anonymous")).hasStatus3xxRedirection();
		assertThat(mvc.get().uri(TOKENS)).hasStatus(401);
		assertThat(mvc.post().uri(TOKENS).contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"anonymous\"}"))
			.hasStatus(401);
	}

	@Test
	void anAdministratorRevokesEveryTokenOfAnAccount() {
		String username = account(Role.PARTNER, "AUS");
		String first = token(username);
		String second = token(username);
		assertThat(mvc.delete().uri("/api/v1/accounts/" + username + "/tokens").with(httpBasic(username, PASSWORD)))
			.hasStatus(403);
		assertThat(mvc.delete().uri("/api/v1/accounts/" + username + "/tokens").header("Authorization", bearer(first)))
			.hasStatus(403);
		assertThat(mvc.get().uri(TOKENS).header("Authorization", bearer(second))).hasStatusOk();

		assertThat(mvc.delete()
			.uri("/api/v1/accounts/" + username + "/tokens")
			.with(user("admin-test").authorities(new SimpleGrantedAuthority("ROLE_ADMIN")))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.revoked")
			.isEqualTo(2);
		assertThat(mvc.get().uri(TOKENS).header("Authorization", bearer(first))).hasStatus(401);
		assertThat(mvc.get().uri(TOKENS).header("Authorization", bearer(second))).hasStatus(401);
		assertThat(mvc.get().uri(TOKENS).with(httpBasic(username, PASSWORD))).hasStatusOk();
	}

	@Test
	void revokingEveryTokenOfAnAccountThatHasNoneIsA404() {
		String username = account(Role.PARTNER, "AUS");
		String only = token(username);
		RequestPostProcessor admin = user("admin-test").authorities(new SimpleGrantedAuthority("ROLE_ADMIN"));

		assertThat(mvc.delete().uri("/api/v1/accounts/" + username + "/tokens").with(admin)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.revoked")
			.isEqualTo(1);
		assertThat(mvc.get().uri(TOKENS).header("Authorization", bearer(only))).hasStatus(401);
		assertThat(mvc.delete().uri("/api/v1/accounts/" + username + "/tokens").with(admin)).hasStatus(404)
			.hasContentType("application/problem+json")
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("API token", username);
		assertThat(mvc.delete().uri("/api/v1/accounts/no-such-account-" + UUID.randomUUID() + "/tokens").with(admin))
			.hasStatus(404);
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
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
