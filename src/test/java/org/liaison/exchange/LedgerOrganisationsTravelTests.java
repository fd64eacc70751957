package org.liaison.exchange;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liaison.EmptyInstallation;
import org.liaison.TestCodes;
import org.liaison.TestPartners;
import org.liaison.TestUsers;
import org.liaison.fund.LedgerService;
import org.liaison.fund.ProjectService;
import org.liaison.fund.TransactionSummary;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trust fund's ledger may name a donor that is neither the project's executing agent
 * nor anything else of the dossier: the dossier carries that organisation too, so that it
 * imports into an installation that has never heard of it. Estonia, a partner from 1994
 * to its accession in 2004, is this class's partner; its project is illustrative.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LedgerOrganisationsTravelTests {

	static final NationCode PARTNER = NationCode.of("EST");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DossierService dossiers;

	@Autowired
	ProjectService projects;

	@Test
	void aDonorNamedOnlyByALedgerTravelsWithTheDossier() {
		TestPartners.ensure(mvc, PARTNER.value());
		String agent = "agent-" + TestCodes.lowerLetters(8);
		String donor = "donor-" + TestCodes.lowerLetters(8);
		organisation(agent, "EXECUTING_AGENT");
		organisation(donor, "OTHER");
		MvcTestResult created = mvc.post()
			.uri("/api/v1/partners/" + PARTNER + "/funds")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"title": "Ledger travel %s", "objective": "Destroy surplus munitions.",
							 "executingAgent": "%s", "sector": "15250", "currency": "EUR", "status": "IN_EXECUTION", "actualStart": "2001-05",
							 "phases": [{"name": "Phase 1", "start": "2001-05", "end": "2002", "budget": "50000.00"}],
							 "illustrative": true, "releasability": "PARTNER"}
							"""
						.formatted(UUID.randomUUID(), agent))
			.exchange();
		assertThat(created).hasStatus(201);
		String id = created.getResponse().getHeader("Location").replace("/api/v1/funds/", "");
		long version = projects.project(UUID.fromString(id), Audience.alliance()).version();
		assertThat(mvc.post()
			.uri("/api/v1/funds/" + id + "/transactions")
			.with(TestUsers.nato())
			.header("If-Match", "\"" + version + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"kind": "RECEIPT", "organisation": "%s", "amount": "1000.00", "currency": "EUR", "on": "2001-06-01"}"""
						.formatted(donor)))
			.hasStatus(201);

		ObjectNode export = dossiers.export(PARTNER, Audience.alliance());
		List<String> carried = export.path("organisations").valueStream().map(o -> o.path("ref").asString()).toList();
		assertThat(carried).contains(agent, donor);

		try (ConfigurableApplicationContext fresh = EmptyInstallation.start()) {
			assertThat(fresh.getBean(DossierService.class).importDossier(export).written()).isPositive();
			JsonNode imported = fresh.getBean(DossierService.class)
				.export(PARTNER, Audience.alliance())
				.path("funds")
				.valueStream()
				.filter(f -> f.path("executingAgent").asString().equals(agent))
				.findFirst()
				.orElseThrow();
			UUID freshId = fresh.getBean(ProjectService.class)
				.project(PARTNER, imported.path("ref").asString(), Audience.alliance())
				.id();
			assertThat(fresh.getBean(LedgerService.class).transactions(freshId, Audience.alliance()))
				.extracting(TransactionSummary::organisation)
				.containsExactly(donor);
		}
	}

	private void organisation(String ref, String kind) {
		assertThat(mvc.post()
			.uri("/api/v1/organisations")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"ref": "%s", "name": "Organisation %s", "kind": "%s", "city": "Tallinn", "releasability": "PUBLIC"}"""
						.formatted(ref, ref, kind))
			.exchange()).hasStatus(201);
	}

}
