package org.liaison.exchange;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.liaison.EmptyInstallation;
import org.liaison.TestCodes;
import org.liaison.TestUsers;
import org.liaison.agreement.AgreementService;
import org.liaison.dialogue.StatementKindService;
import org.liaison.partner.PartnerService;
import org.liaison.plan.PlanService;
import org.liaison.publication.RelationsService;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.NationCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A dossier carries the reference items its records name (nations, frameworks, kinds, by
 * code with their labels), so that one exported from an installation whose administrators
 * added them imports into a fresh one that lacks them. The New Zealand records here are
 * illustrative.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DossierReferenceDataTests {

	private static final NationCode NEW_ZEALAND = NationCode.of("NZL");

	// A user-assigned ISO code, which no real nation has, for a nation the list lacks.
	private static final String INVENTED_NATION = "QZN";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DossierService dossiers;

	@Autowired
	PartnerService partners;

	@Autowired
	JsonMapper json;

	private void admin(String uri, String body) {
		assertThat(mvc.post().uri(uri).with(TestUsers.admin()).contentType(MediaType.APPLICATION_JSON).content(body))
			.hasStatus(201);
	}

	/** Adds items the migrations never seed, and New Zealand records that name them. */
	private String itemsAndRecords() {
		String suffix = TestCodes.letters(4);
		if (partners.nations().stream().noneMatch(n -> n.code().value().equals(INVENTED_NATION))) {
			admin("/api/v1/nations", """
					{"code": "%s", "name": "Invented Islands", "nameFr": "Îles inventées", "articleFr": "les"}
					""".formatted(INVENTED_NATION));
		}
		admin("/api/v1/frameworks",
				"""
						{"code": "PIF_%s", "name": "Pacific Islands Forum dialogue", "nameFr": "Dialogue du Forum des îles du Pacifique",
						 "kind": "INITIATIVE"}"""
					.formatted(suffix));
		admin("/api/v1/agreement-types",
				"""
						{"code": "ITPP_NEXT_%s", "name": "Tailored partnership programme", "nameFr": "Programme de partenariat sur mesure"}
						"""
					.formatted(suffix));
		admin("/api/v1/plan-types", """
				{"code": "NZP-%s", "name": "Cooperation roadmap", "nameFr": "Feuille de route de coopération",
				 "levels": ["area", "step"]}""".formatted(suffix));
		admin("/api/v1/statement-kinds", """
				{"code": "JOINT_%s", "name": "Joint political declaration", "nameFr": "Déclaration politique conjointe",
				 "namesParticipants": false}""".formatted(suffix));
		String updated = "\"releasability\": \"PUBLIC\", \"updatedAt\": \"2024-07-11T09:00:00Z\"";
		String dossier = """
				{"format": "liaison-dossier", "version": 1,
				 "partner": {"nation": "NZL", "updatedAt": "2024-07-11T09:00:00Z",
				             "profile": {"summary": "A partner across the globe (illustrative).", "aspirant": false, "releasability": "PUBLIC"}},
				 "memberships": [{"ref": "pif-%4$s", "framework": "PIF_%1$s", "since": "2012", %2$s}],
				 "agreements": [{"ref": "tailored-%4$s", "type": "ITPP_NEXT_%1$s", "title": "Tailored programme %1$s (illustrative)",
				                 "status": "DRAFT", "parties": [{"name": "NATO"}, {"name": "Invented Islands", "nation": "%3$s"}], %2$s}],
				 "statements": [{"ref": "joint-%4$s", "kind": "JOINT_%1$s", "title": "Joint declaration %1$s (illustrative)",
				                 "date": "2024-07", "summary": "An illustrative declaration.", %2$s}],
				 "plans": [{"ref": "roadmap-%4$s", "type": "NZP-%1$s", "title": "Roadmap %1$s (illustrative)", "illustrative": true,
				            "status": "DRAFT", %2$s}]
				}"""
			.formatted(suffix, updated, INVENTED_NATION, suffix.toLowerCase());
		try {
			dossiers.importDossier(json.readTree(dossier));
		}
		catch (InvalidInputException ex) {
			throw new AssertionError(ex.problems().toString(), ex);
		}
		return suffix;
	}

	@Test
	void anExportCarriesTheItemsItsRecordsNameWithTheirLabels() {
		String suffix = itemsAndRecords();

		ObjectNode export = dossiers.export(NEW_ZEALAND, Audience.alliance());

		String carried = export.path("referenceData").toString();
		assertThat(carried).contains("\"code\":\"NZL\"", "Nouvelle-Zélande", "\"code\":\"QZN\"", "Îles inventées")
			.contains("PIF_" + suffix, "ITPP_NEXT_" + suffix, "Programme de partenariat sur mesure", "NZP-" + suffix,
					"JOINT_" + suffix, "Déclaration politique conjointe")
			.doesNotContain("\"code\":\"SRB\"");
	}

	@Test
	void aDossierImportsIntoAFreshInstallationThatLacksItsItemsAndItsPageSpeaksFrench() {
		String suffix = itemsAndRecords();
		ObjectNode export = dossiers.export(NEW_ZEALAND, Audience.alliance());
		// The fresh installation has New Zealand under its own labels, which the import
		// leaves as they are.
		export.path("referenceData").path("nations").forEach(nation -> {
			if ("NZL".equals(nation.path("code").asString())) {
				((ObjectNode) nation).put("nameFr", "Aotearoa");
			}
		});

		try (ConfigurableApplicationContext fresh = EmptyInstallation.start()) {
			ImportReport report = fresh.getBean(DossierService.class).importDossier(export);

			assertThat(report.written()).isGreaterThan(5);
			assertThat(fresh.getBean(AgreementService.class).type("ITPP_NEXT_" + suffix).nameFr())
				.isEqualTo("Programme de partenariat sur mesure");
			assertThat(fresh.getBean(PlanService.class).type("NZP-" + suffix).levels()).containsExactly("area", "step");
			assertThat(fresh.getBean(StatementKindService.class).kind("JOINT_" + suffix).name())
				.isEqualTo("Joint political declaration");
			PartnerService freshPartners = fresh.getBean(PartnerService.class);
			assertThat(freshPartners.nation(NationCode.of(INVENTED_NATION)).nameFr()).isEqualTo("Îles inventées");
			assertThat(freshPartners.nation(NEW_ZEALAND).nameFr()).isEqualTo("Nouvelle-Zélande");
			assertThat(freshPartners.frameworks()).anyMatch(f -> f.code().equals("PIF_" + suffix));
			assertThat(fresh.getBean(RelationsService.class).page(NEW_ZEALAND, Locale.FRENCH).toString())
				.contains("Programme de partenariat sur mesure");
		}
	}

	@Test
	void aCodeTheDossierNeitherCarriesNorFindsIsRefusedWithItsPathAndEveryOtherAtOnce() {
		String suffix = itemsAndRecords();
		ObjectNode export = dossiers.export(NEW_ZEALAND, Audience.alliance());
		ObjectNode carried = (ObjectNode) export.path("referenceData");
		carried.remove("agreementTypes");
		carried.remove("statementKinds");

		try (ConfigurableApplicationContext fresh = EmptyInstallation.start()) {
			assertThatThrownBy(() -> fresh.getBean(DossierService.class).importDossier(export))
				.isInstanceOfSatisfying(InvalidInputException.class, refused -> {
					assertThat(refused.problems()).extracting(p -> p.field())
						.contains("$.agreements[0].type", "$.statements[0].kind");
					assertThat(refused.problems()).extracting(p -> p.message())
						.anyMatch(m -> m.startsWith(
								"names no agreement type of the dossier or of Liaison: 'ITPP_NEXT_" + suffix + "'"))
						.anyMatch(m -> m.contains("'JOINT_" + suffix + "'"));
				});
			assertThat(fresh.getBean(PartnerService.class).frameworks()).noneMatch(f -> f.code().endsWith(suffix));
		}
	}

}
