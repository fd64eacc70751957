package org.liaison.audit;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.liaison.TestPartners;
import org.liaison.TestUsers;
import org.liaison.identity.AccountService;
import org.liaison.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The trail as people read it: a record's History tab, the administrators' search, its
 * CSV and API, the chain's verification, and signing in recorded. Kuwait and Egypt are
 * this class's partners, as in {@link AuditTrailTests}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountService accounts;

	private static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	private String agreement(String nation, String title, String releasability) {
		TestPartners.ensure(mvc, nation);
		MvcTestResult result = mvc.post()
			.uri("/api/v1/partners/" + nation + "/agreements")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type": "IPAP", "title": "%s", "status": "DRAFT",
					 "parties": [{"name": "NATO"}], "releasability": "%s"}
					""".formatted(title, releasability))
			.exchange();
		assertThat(result).hasStatus(201);
		return result.getResponse().getHeader("Location").replace("/api/v1/agreements/", "");
	}

	private void retitle(String id, String title) {
		assertThat(mvc.put()
			.uri("/api/v1/agreements/" + id)
			.with(TestUsers.nato())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type": "IPAP", "title": "%s", "status": "DRAFT",
					 "parties": [{"name": "NATO"}], "releasability": "PARTNER"}
					""".formatted(title))).hasStatusOk();
	}

	@Test
	void aRecordsHistoryTabSaysWhoChangedWhatFromWhatToWhat() {
		String before = unique("Draft plan");
		String after = unique("Renamed plan");
		String id = agreement("KWT", before, "PARTNER");
		retitle(id, after);

		assertThat(mvc.get().uri("/agreements/" + id).with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains("/history/Agreement/" + id);
		assertThat(mvc.get().uri("/history/Agreement/" + id + "/last").with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains("by nato-test", "History");
		assertThat(mvc.get().uri("/history/Agreement/" + id).with(TestUsers.partner("KWT"))).hasStatusOk()
			.bodyText()
			.contains("nato-test", "changed", "title", "<del>" + before + "</del>", after, "created");
	}

	@Test
	void aProjectsHistoryTellsOfTheEntriesOfItsLedger() {
		TestPartners.ensure(mvc, "KWT");
		MvcTestResult created = mvc.post()
			.uri("/api/v1/partners/KWT/funds")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title": "%s", "objective": "Destroy surplus ammunition.", "leadNations": ["NOR"],
					 "sector": "15250", "currency": "EUR", "status": "IN_EXECUTION", "actualStart": "2013-07",
					 "phases": [{"name": "Phase 1", "budget": "1000000.00"}],
					 "illustrative": false, "releasability": "PARTNER"}""".formatted(unique("Demilitarisation")))
			.exchange();
		assertThat(created).hasStatus(201);
		String id = created.getResponse().getHeader("Location").replace("/api/v1/funds/", "");
		assertThat(mvc.post()
			.uri("/api/v1/funds/" + id + "/transactions")
			.with(TestUsers.nato())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"kind": "RECEIPT", "nation": "NOR", "amount": "700000.10", "currency": "EUR", "on": "2013-08-01"}"""))
			.hasStatus(201);

		assertThat(mvc.get().uri("/history/Project/" + id).with(TestUsers.partner("KWT"))).hasStatusOk()
			.bodyText()
			.contains("RECEIPT", "700000.1", "2013-08-01", "nato-test", "created");
		assertThat(mvc.get().uri("/history/Project/" + id).with(TestUsers.partner("EGY"))).bodyText()
			.doesNotContain("RECEIPT");
	}

	@Test
	void aPartnerReadsNoHistoryOfAnotherPartnersRecordNorOfANatoOne() {
		String other = agreement("EGY", unique("Egyptian plan"), "PARTNER");
		String withheld = agreement("KWT", unique("Withheld plan"), "NATO");

		for (String id : new String[] { other, withheld }) {
			MvcTestResult history = mvc.get().uri("/history/Agreement/" + id).with(TestUsers.partner("KWT")).exchange();
			assertThat(history).hasStatusOk().bodyText().contains("id=\"no-history\"").doesNotContain("plan ");
			assertThat(mvc.get().uri("/history/Agreement/" + id + "/last").with(TestUsers.partner("KWT"))).bodyText()
				.doesNotContain("nato-test");
		}
		assertThat(mvc.get().uri("/history/Agreement/" + other)).hasStatus3xxRedirection();
	}

	@Test
	void administratorsSearchTheTrailByPartnerAndKindOnThePageAndThroughTheApi() {
		String title = unique("Searched plan");
		agreement("EGY", title, "PUBLIC");

		assertThat(mvc.get().uri("/admin/audit?partner=EGY&kind=Agreement").with(TestUsers.admin())).hasStatusOk()
			.bodyText()
			.contains(title.toLowerCase().replace(' ', '-'), "Audit trail");
		assertThat(mvc.get().uri("/api/v1/audit?partner=EGY&kind=Agreement&size=200").with(TestUsers.admin()))
			.hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.items[0].recordKind").isEqualTo("Agreement");
				assertThat(json).extractingPath("$.items[0].partner").isEqualTo("EGY");
				assertThat(json).extractingPath("$.items[0].actor").isEqualTo("nato-test");
			});
		assertThat(mvc.get().uri("/api/v1/audit?partner=EGY&from=2020-01-01&to=2020-12-31").with(TestUsers.admin()))
			.bodyJson()
			.extractingPath("$.total")
			.isEqualTo(0);
	}

	@Test
	void anAdministratorsChangeOfAReferenceListIsRecordedFromWhatToWhat() {
		String code = "AUD" + ThreadLocalRandom.current().nextInt(1000, 9999);
		assertThat(mvc.post()
			.uri("/api/v1/frameworks")
			.with(TestUsers.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"code": "%s", "name": "Audited initiative", "nameFr": "Initiative auditée", "kind": "INITIATIVE"}"""
						.formatted(code)))
			.hasStatus(201);
		assertThat(mvc.put()
			.uri("/api/v1/frameworks/" + code)
			.with(TestUsers.admin())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"code": "%s", "name": "Renamed initiative", "nameFr": "Initiative auditée", "kind": "INITIATIVE"}"""
						.formatted(code)))
			.hasStatusOk();

		assertThat(mvc.get().uri("/api/v1/audit?kind=Framework&actor=admin-test").with(TestUsers.admin())).bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.items[0].recordRef").isEqualTo(code);
				assertThat(json).extractingPath("$.items[0].action").isEqualTo("changed");
				assertThat(json).extractingPath("$.items[0].changes[0].field").isEqualTo("name");
				assertThat(json).extractingPath("$.items[0].changes[0].before").isEqualTo("Audited initiative");
				assertThat(json).extractingPath("$.items[0].changes[0].after").isEqualTo("Renamed initiative");
				assertThat(json).extractingPath("$.items[1].action").isEqualTo("created");
			});
	}

	@Test
	void onlyAdministratorsReadTheTrail() {
		assertThat(mvc.get().uri("/admin/audit").with(TestUsers.nato())).hasStatus(403);
		assertThat(mvc.get().uri("/api/v1/audit").with(TestUsers.nato())).hasStatus(403);
		assertThat(mvc.get().uri("/api/v1/audit").with(TestUsers.partner("KWT"))).hasStatus(403);
		assertThat(mvc.get().uri("/api/v1/audit")).hasStatus(401);
		assertThat(mvc.get().uri("/admin/audit.csv").with(TestUsers.ally())).hasStatus(403);
	}

	@Test
	void aBadFilterOnThePageIsRefusedWithTheErrorPageNotJavasText() {
		assertThat(mvc.get().uri("/admin/audit?from=yesterday").with(TestUsers.admin())).hasStatus(400)
			.bodyText()
			.contains("YYYY-MM-DD")
			.doesNotContain("Exception", "java.");
	}

	@Test
	void aBadFilterIsRefusedNamingTheFieldAndTheFormItTakes() {
		assertThat(mvc.get().uri("/api/v1/audit?from=yesterday&partner=Serbia").with(TestUsers.admin())).hasStatus(400)
			.bodyText()
			.contains("from", "YYYY-MM-DD", "partner", "three-letter code")
			.doesNotContain("Exception", "java.");
	}

	@Test
	void theExportIsCsvWithAHeaderAndNoCellThatStartsAFormula() throws Exception {
		String title = "=HYPERLINK(evil) " + UUID.randomUUID().toString().substring(0, 8);
		agreement("EGY", title, "PUBLIC");

		MvcTestResult csv = mvc.get().uri("/admin/audit.csv?partner=EGY").with(TestUsers.admin()).exchange();
		assertThat(csv).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
		String body = csv.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(body).startsWith("seq,recorded_at,actor,actor_role,channel")
			.contains("title: null -> =HYPERLINK(evil)")
			.doesNotContain(",=HYPERLINK", "\n=HYPERLINK");
	}

	@Test
	void theVerificationPageSaysTheChainIsIntact() {
		agreement("EGY", unique("Verified plan"), "PUBLIC");

		assertThat(mvc.get().uri("/admin/audit/verify").with(TestUsers.admin())).hasStatusOk()
			.bodyText()
			.contains("id=\"verify-chain\"")
			.doesNotContain("id=\"verification\"");
		assertThat(mvc.post().uri("/admin/audit/verify").with(TestUsers.admin()).with(csrf())).hasStatusOk()
			.bodyText()
			.contains("id=\"verification\"", "The audit trail is intact");
		assertThat(mvc.get().uri("/api/v1/audit/verification").with(TestUsers.admin())).bodyJson()
			.extractingPath("$.intact")
			.isEqualTo(true);
	}

	@Test
	void aRefusedSignInAndTheLockItLeadsToAreRecordedWithTheAddress() {
		String username = "aud-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(username, "a-long-enough-password", Role.NATO_STAFF, null);
		String address = "10." + ThreadLocalRandom.current().nextInt(1, 255) + ".7.9";
		for (int i = 0; i < 5; i++) {
			mvc.post().uri("/login").with(csrf()).with(request -> {
				request.setRemoteAddr(address);
				return request;
			}).param("username", username).param("password", "wrong-password-" + i).exchange();
		}

		assertThat(mvc.get().uri("/api/v1/audit?actor=" + username + "&kind=SignIn").with(TestUsers.admin())).bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.total").isEqualTo(5);
				assertThat(json).extractingPath("$.items[0].action").isEqualTo("locked");
				assertThat(json).extractingPath("$.items[1].action").isEqualTo("refused");
				assertThat(json).extractingPath("$.items[1].clientAddress").isEqualTo(address);
				assertThat(json).extractingPath("$.items[1].channel").isEqualTo("PAGE");
			});
	}

}
