package org.liaison.exchange;

import org.junit.jupiter.api.Test;
import org.liaison.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import that meets many problems names them all in one answer, and a dossier's
 * references are checked against what the dossier itself carries and what Liaison holds.
 * Georgia's dossier is refused whole, so nothing of it is written; Colombia's is written
 * and belongs to this class alone.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DossierProblemsTests {

	private static final String UPDATED = "\"releasability\": \"PUBLIC\", \"updatedAt\": \"2015-02-11T09:46:00Z\"";

	@Autowired
	MockMvcTester mvc;

	@Test
	void aDossierWithProblemsInManySectionsIsRefusedWithAllOfThemInOneAnswer() {
		String georgia = """
				{"format": "liaison-dossier", "version": 1,
				 "partner": {"nation": "GEO", "updatedAt": "2015-02-11T09:46:00Z",
				             "profile": {"summary": "A partner since 1994.", "aspirant": true, "releasability": "PUBLIC"}},
				 "memberships": [{"ref": "pfp-problems", "framework": "PFPX", "since": "1994-03", %1$s}],
				 "agreements": [{"ref": "anp-problems", "type": "OTHER", "title": "Annual National Programme",
				                 "status": "SIGNED", "agreedOn": "2009-13-45", "parties": [], %1$s}],
				 "bodies": [{"ref": "ngc-problems", "name": "NATO-Georgia Commission", "purpose": "Political consultation.",
				             "shortName": "NATO-GEORGIA-COMMISSION-NGC", "established": "2008-09", %1$s}],
				 "statements": [{"ref": "bucharest-problems", "kind": "RUMOUR", "title": "Bucharest Summit Declaration", "speakr": "Heads of State and Government",
				                 "date": "2008-04-03", "summary": "Allies agree that Georgia will become a member of NATO.", %1$s}],
				 "meetings": [{"ref": "first-ngc-problems", "bodyRef": "nato-georgia-commission", "date": "2008-09-15",
				               "place": "Tbilisi", %1$s}],
				 "transitTerms": [{"agreementRef": "anp-problems", "noticeDays": 5, "updatedAt": "2015-02-11T09:46:00Z"}],
				 "events": [{"activityRef": "ACT.99999", "start": "2015-03-09", "end": "2015-03-13", "city": "Tbilisi",
				             "nation": "GEO", "seats": 2, "language": "English", "status": "PLANNED",
				             "updatedAt": "2015-02-11T09:46:00Z"}]
				}"""
			.formatted(UPDATED);

		MvcTestResult result = importDossier(georgia);

		assertThat(result).hasStatus(400);
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("9 problems were found in the input");
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("$.memberships[0].framework", "$.agreements[0].status",
					"$.agreements[0].agreedOn", "$.bodies[0].shortName", "$.statements[0].kind",
					"$.statements[0].speakr", "$.meetings[0].bodyRef", "$.transitTerms[0].agreementRef",
					"$.events[0].activityRef");
		assertThat(message(result, "$.memberships[0].framework")).contains("'PFPX'").contains("PFP, ").contains("PAG");
		assertThat(message(result, "$.agreements[0].status"))
			.isEqualTo("'SIGNED' is not one of DRAFT, SUBMITTED, AGREED, IN_FORCE, SUPERSEDED, EXPIRED, TERMINATED");
		assertThat(message(result, "$.agreements[0].agreedOn")).contains("13");
		assertThat(message(result, "$.bodies[0].shortName"))
			.isEqualTo("is 27 characters long; it takes at most 20 characters");
		assertThat(message(result, "$.statements[0].kind"))
			.startsWith("names no statement kind of the dossier or of Liaison: 'RUMOUR'")
			.contains("DECLARATION");
		assertThat(message(result, "$.statements[0].speakr")).startsWith("is not part of the dossier format")
			.contains("speaker");
		assertThat(message(result, "$.meetings[0].bodyRef"))
			.startsWith("names no joint body of the dossier or of Liaison: 'nato-georgia-commission'")
			.contains("ngc-problems");
		assertThat(message(result, "$.transitTerms[0].agreementRef"))
			.isEqualTo("names no transit agreement of the dossier or of Liaison: 'anp-problems'; there are none");
		assertThat(message(result, "$.events[0].activityRef"))
			.isEqualTo("names no activity of the dossier or of Liaison: 'ACT.99999'");
		assertThat(mvc.get().uri("/api/v1/partners/GEO/bodies").with(TestUsers.nato())).bodyText()
			.doesNotContain("ngc-problems");
	}

	@Test
	void aReferenceMayNameARecordOfTheSameDossierOrOneAlreadyStored() {
		String colombia = """
				{"format": "liaison-dossier", "version": 1,
				 "partner": {"nation": "COL", "updatedAt": "2018-05-31T12:00:00Z",
				             "profile": {"summary": "NATO's first partner in Latin America.", "aspirant": false, "releasability": "PUBLIC"}},
				 "memberships": [{"ref": "pag", "framework": "PAG", "since": "2018-05", %1$s}],
				 "agreements": [{"ref": "ipcp-2017", "type": "IPCP", "title": "Individual Partnership and Cooperation Programme",
				                 "status": "AGREED", "agreedOn": "2017-05", "parties": [], %1$s}],
				 "plans": [{"ref": "ipcp-2017-plan", "type": "IPCP", "title": "Individual Partnership and Cooperation Programme",
				            "periodFrom": "2017", "status": "AGREED", "agreement": "ipcp-2017", %1$s}]
				}"""
			.formatted(UPDATED);
		String later = """
				{"format": "liaison-dossier", "version": 1,
				 "partner": {"nation": "COL", "updatedAt": "2018-05-31T12:00:00Z",
				             "profile": {"summary": "NATO's first partner in Latin America.", "aspirant": false, "releasability": "PUBLIC"}},
				 "plans": [{"ref": "ipcp-next", "type": "IPCP", "title": "The next programme (illustrative)", "illustrative": true,
				            "status": "DRAFT", "agreement": "ipcp-2017", "predecessor": "ipcp-2017-plan", %1$s}]
				}"""
			.formatted(UPDATED);

		assertThat(importDossier(colombia)).hasStatusOk();
		assertThat(importDossier(colombia)).hasStatusOk().bodyJson().extractingPath("$.written").isEqualTo(0);
		assertThat(importDossier(later)).hasStatusOk();
		assertThat(mvc.get().uri("/api/v1/partners/COL/plans").with(TestUsers.nato())).bodyText()
			.contains("ipcp-2017-plan")
			.contains("ipcp-next");
	}

	private MvcTestResult importDossier(String dossier) {
		return mvc.post()
			.uri("/api/v1/dossiers")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content(dossier)
			.exchange();
	}

	private static String message(MvcTestResult result, String field) {
		try {
			String body = result.getResponse().getContentAsString();
			return com.jayway.jsonpath.JsonPath.<java.util.List<String>>read(body,
					"$.errors[?(@.field == '" + field + "')].message")
				.get(0);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
