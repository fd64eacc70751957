package org.liaison.exchange;

import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.EmptyInstallation;
import org.liaison.TestCodes;
import org.liaison.TestUsers;
import org.liaison.publication.RelationsService;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest
@AutoConfigureMockMvc
class DossierTests {

	static final NationCode SERBIA = NationCode.of("SRB");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DossierService dossiers;

	@Autowired
	RelationsService relations;

	@Autowired
	JsonMapper json;

	@BeforeEach
	void demoIsLoaded() {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> relations.page(SERBIA, Locale.ENGLISH)
				.evolution()
				.stream()
				.anyMatch(y -> y.year() == 2015
						&& y.milestones().stream().anyMatch(m -> m.text().startsWith("Serbia concludes"))));
	}

	@Test
	void theDemoDossierAndEveryExportFollowTheDocumentedSchema() throws Exception {
		JsonSchema schema;
		try (InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of("docs/dossier.schema.json"))) {
			schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
		}
		com.fasterxml.jackson.databind.ObjectMapper jackson2 = new com.fasterxml.jackson.databind.ObjectMapper();
		try (InputStream demo = new ClassPathResource("demo/serbia-dossier.json").getInputStream()) {
			Set<ValidationMessage> problems = schema.validate(jackson2.readTree(demo));
			assertThat(problems).isEmpty();
		}
		String export = json.writeValueAsString(dossiers.export(SERBIA, Audience.alliance()));
		assertThat(schema.validate(jackson2.readTree(export))).isEmpty();
	}

	@Test
	void importingTheSameDossierTwiceChangesNothing() throws Exception {
		ObjectNode export = dossiers.export(SERBIA, Audience.alliance());
		ImportReport again = dossiers.importDossier(export);
		assertThat(again.written()).isZero();
		assertThat(again.unchanged()).isGreaterThan(50);
	}

	@Test
	void anExportIsAJsonFileNamedForItsPartner() {
		assertThat(mvc.get().uri("/api/v1/partners/SRB/dossier").with(TestUsers.nato())).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.hasHeader(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"srb-dossier.json\"")
			.bodyJson()
			.extractingPath("$.partner.nation")
			.isEqualTo("SRB");
	}

	@Test
	void theDossierOfNoPartnerIsAProblemAndNotTheStartOfADossier() {
		assertThat(mvc.get().uri("/api/v1/partners/XXX/dossier").with(TestUsers.nato())).hasStatus(404)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.doesNotContainHeader(HttpHeaders.CONTENT_DISPOSITION)
			.bodyText()
			.doesNotContain("liaison-dossier");
	}

	@Test
	void anExportHoldsOnlyWhatTheCallerMaySee() {
		// The run's own ref and text, so that the test passes again on a database that
		// holds an earlier run's milestone.
		String ref = "dossier-partner-only-" + TestCodes.lowerLetters(6);
		String text = "Partner eyes only " + ref + ".";
		assertThat(mvc.post()
			.uri("/api/v1/partners/SRB/milestones")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"ref\": \"%s\", \"date\": \"2014\", \"text\": \"%s\", \"releasability\": \"PARTNER\"}"
				.formatted(ref, text)))
			.hasStatus(201);

		assertThat(mvc.get().uri("/api/v1/partners/SRB/dossier").with(TestUsers.nato())).bodyText().contains(text);
		assertThat(mvc.get().uri("/api/v1/partners/SRB/dossier").with(TestUsers.partner("SRB"))).bodyText()
			.contains(text);
		assertThat(mvc.get().uri("/api/v1/partners/SRB/dossier").with(TestUsers.partner("GEO"))).bodyText()
			.doesNotContain(text);
		assertThat(mvc.get().uri("/api/v1/partners/SRB/dossier")).hasStatusOk().bodyText().doesNotContain(text);
	}

	@Test
	void anInvalidDossierIsRefusedWholeWithEveryProblemListed() {
		String dossier = """
				{"format": "liaison-dossier", "version": 1,
				 "partner": {"nation": "PAK", "updatedAt": "2015-02-11T09:46:00Z",
				             "profile": {"summary": "Partner across the globe.", "aspirant": false, "releasability": "PUBLIC"}},
				 "milestones": [
				   {"ref": "fine", "date": "2004", "text": "A fine milestone.", "releasability": "PUBLIC", "updatedAt": "2015-02-11T09:46:00Z"},
				   {"ref": "bad-date", "date": "winter 2004", "text": "x", "releasability": "PUBLIC", "updatedAt": "2015-02-11T09:46:00Z"}
				 ],
				 "agreements": [
				   {"ref": "no-status", "type": "IPAP", "title": "A plan", "parties": [], "releasability": "PUBLIC", "updatedAt": "2015-02-11T09:46:00Z"},
				   {"ref": "unknown-type", "type": "TREATY_OF_X", "title": "Another", "status": "DRAFT", "parties": [], "releasability": "PUBLIC", "updatedAt": "2015-02-11T09:46:00Z"}
				 ],
				 "roles": [
				   {"ref": "nowhere", "organisationRef": "no-such-organisation", "kind": "LIAISON_OFFICE", "releasability": "PUBLIC", "updatedAt": "yesterday"}
				 ],
				 "colour": "blue"
				}""";

		MvcTestResult result = mvc.post()
			.uri("/api/v1/dossiers")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content(dossier)
			.exchange();

		assertThat(result).hasStatus(400);
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.contains("$.milestones[1].date", "$.agreements[0].status", "$.agreements[1].type", "$.roles[0].updatedAt",
					"$.roles[0].organisationRef", "$.colour");
		assertThat(mvc.get().uri("/api/v1/partners/PAK").with(TestUsers.nato())).hasStatus(404);
	}

	@Test
	void malformedJsonAndWrongRolesAreRefused() {
		assertThat(mvc.post()
			.uri("/api/v1/dossiers")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"format\": ")).hasStatus(400);
		assertThat(mvc.post()
			.uri("/api/v1/dossiers")
			.with(TestUsers.partner("SRB"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).hasStatus(403);
		assertThat(mvc.post().uri("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.hasStatus(401);
	}

	@Test
	void anExportImportedIntoAnEmptyDatabaseGivesTheSamePublicPage() throws Exception {
		JsonNode export = dossiers.export(SERBIA, Audience.alliance());
		String expected = json.writeValueAsString(relations.page(SERBIA, Locale.ENGLISH));

		try (ConfigurableApplicationContext empty = EmptyInstallation.start()) {
			empty.getBean(DossierService.class).importDossier(export);
			RelationsService emptyRelations = empty.getBean(RelationsService.class);
			await().atMost(Duration.ofSeconds(20))
				.untilAsserted(() -> assertThat(json.writeValueAsString(emptyRelations.page(SERBIA, Locale.ENGLISH)))
					.isEqualTo(expected));
		}
	}

}
