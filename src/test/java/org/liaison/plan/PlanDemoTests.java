package org.liaison.plan;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Serbia's demo plans import through the dossier's entry point, once, and show their
 * movement.
 */
@SpringBootTest
class PlanDemoTests {

	@Autowired
	PlanService plans;

	@Autowired
	PlanProgressService planProgress;

	@Autowired
	PlanDossier dossier;

	@Autowired
	JsonMapper json;

	@Test
	void serbiasPlansImportOnceAndShowMovement() throws Exception {
		NationCode srb = NationCode.of("SRB");
		JsonNode root = json.readTree(new ClassPathResource("demo/serbia-dossier.json").getInputStream());
		for (int pass = 0; pass < 2; pass++) {
			for (JsonNode plan : root.get("plans")) {
				boolean changed = dossier.importPlan(srb, json.treeToValue(plan, PlanData.class),
						List.of(json.treeToValue(plan.get("nodes"), NodeData[].class)),
						List.of(json.treeToValue(plan.get("assessments"), AssessmentData[].class)),
						List.of(json.treeToValue(plan.get("rounds"), RoundData[].class)),
						Instant.parse(plan.get("updatedAt").asString()));
				if (pass == 1) {
					assertThat(changed).as("a second import changes nothing").isFalse();
				}
			}
		}
		PlanSummary ipap = plans.plan(srb, "ipap-2015", Audience.alliance());
		assertThat(planProgress.details(ipap.id(), Audience.alliance()).children(null)).hasSize(4);
		ProgressSummary progress = planProgress.progress(srb, Audience.alliance());
		assertThat(progress.toCycle()).isEqualTo("PARP assessment 2015");
		assertThat(progress.slipped()).extracting(ProgressSummary.Movement::code).contains("G2", "G5");
		assertThat(dossier.export(srb, Audience.alliance())).hasSizeGreaterThanOrEqualTo(2);
	}

}
