package org.liaison.transit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liaison.TestPartners;
import org.liaison.TestUsers;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dossier side of the transit module: the demo file reads as the module's records,
 * and an import of them (here under a Moroccan agreement, so that Serbia's demo data
 * stays as it is) is idempotent and comes back out of the export as it went in.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TransitDossierTests {

	static final NationCode MOROCCO = NationCode.of("MAR");

	@Autowired
	TransitDossier transits;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Test
	void theDemoRequestsImportOnceAndExportAsTheyCameIn() throws Exception {
		TestPartners.ensure(mvc, "MAR");
		String ref = "transit-" + UUID.randomUUID().toString().substring(0, 8);
		MvcTestResult agreement = mvc.post()
			.uri("/api/v1/partners/MAR/agreements")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"ref": "%s", "type": "TRANSIT", "title": "Transit %s", "status": "IN_FORCE", "agreedOn": "2005-07",
					 "inForceOn": "2005-07", "releasability": "NATO"}
					""".formatted(ref, ref))
			.exchange();
		assertThat(agreement).hasStatus(201);

		JsonNode demo = json.readTree(new ClassPathResource("demo/serbia-dossier.json").getInputStream());
		JsonNode demoTerms = ((tools.jackson.databind.node.ObjectNode) demo.get("transitTerms").get(0))
			.without("updatedAt");
		assertThat(demoTerms.get("agreementRef").asString()).isEqualTo("transit-agreement-2005");
		TransitTermsData terms = json.treeToValue(demoTerms, TransitTermsData.class);
		TransitTermsData moroccan = new TransitTermsData(ref, terms.noticeDays(), terms.illustrative());
		assertThat(transits.importTerms(MOROCCO, moroccan, Instant.parse("2015-02-11T09:46:00Z"))).isTrue();
		assertThat(transits.importTerms(MOROCCO, moroccan, Instant.parse("2015-02-11T09:46:00Z"))).isFalse();

		String suffix = String.valueOf(1000 + (int) (Math.random() * 8999));
		List<String> references = new java.util.ArrayList<>();
		for (JsonNode item : demo.get("transitRequests")) {
			TransitRequestData data = json.treeToValue(item, TransitRequestData.class);
			assertThat(data.illustrative()).isTrue();
			String reference = data.reference().replace("TR-SRB-2015", "TR-MAR-" + suffix);
			references.add(reference);
			TransitRequestData moved = new TransitRequestData(null, ref, reference, data.requestingNation(),
					data.requestingUnit(), data.purpose(), data.personnel(), data.vehicles(), data.vehicleDescription(),
					data.cargo(), data.entryPoint(), data.exitPoint(), data.route(), data.entryDate(), data.exitDate(),
					data.contactName(), data.contactPhone(), data.contactEmail(), data.urgent(), data.urgencyReason(),
					data.submittedOn(), data.decisionReason(), data.illustrative());
			Instant updatedAt = Instant.parse(item.get("updatedAt").asString());
			String status = item.get("status").asString();
			assertThat(transits.importRequest(MOROCCO, moved, status, updatedAt)).isTrue();
			assertThat(transits.importRequest(MOROCCO, moved, status, updatedAt)).isFalse();
		}

		List<TransitExport> exported = transits.exportRequests(MOROCCO, Audience.alliance())
			.stream()
			.filter(export -> references.contains(export.data().reference()))
			.toList();
		assertThat(exported).hasSize(3).allSatisfy(export -> {
			assertThat(export.data().agreementRef()).isEqualTo(ref);
			assertThat(export.data().agreementId()).isNull();
			assertThat(export.updatedAt()).isEqualTo(Instant.parse("2015-02-11T09:46:00Z"));
		});
		assertThat(exported).extracting(TransitExport::status)
			.containsExactlyInAnyOrder(TransitStatus.APPROVED, TransitStatus.UNDER_REVIEW, TransitStatus.SUBMITTED);
		assertThat(exported).anySatisfy(export -> assertThat(export.data().cargo())
			.anySatisfy(line -> assertThat(line.unNumber()).isEqualTo("UN1202")));
		assertThat(transits.exportTerms(MOROCCO, Audience.alliance())).extracting(TransitTermsExport::data)
			.contains(moroccan);

		// Germany's own export holds its request only; another partner's holds none of
		// them.
		assertThat(transits.exportRequests(MOROCCO, Audience.ally(NationCode.of("DEU"))))
			.extracting(export -> export.data().reference())
			.contains(references.get(0))
			.doesNotContain(references.get(1), references.get(2));
		assertThat(transits.exportRequests(MOROCCO, Audience.partner(NationCode.of("SRB")))).isEmpty();
	}

}
