package org.liaison.plan;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.liaison.TestCodes;
import org.liaison.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Administrators keep the plan types and the levels of their trees on a page of their
 * own, a level a line: they list them, add one and correct it, renaming levels or adding
 * one below; a form with problems, a correction that would drop a level its plans may
 * use, or one opened before someone else's correction, saves nothing. The types here are
 * illustrative.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlanTypeAdminPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PlanService plans;

	private static String code() {
		return "PG-" + TestCodes.letters(6);
	}

	@Test
	void anAdministratorListsAddsAndCorrectsATypeWithItsLevels() {
		String code = code();
		assertThat(mvc.get().uri("/admin/plan-types").with(TestUsers.admin())).hasStatusOk()
			.bodyText()
			.contains("<h1>Plan types</h1>", "IPAP", "id=\"plan-type-form\"");

		assertThat(mvc.post()
			.uri("/admin/plan-types")
			.with(TestUsers.admin())
			.with(csrf())
			.param("code", code)
			.param("name", "Reform roadmap " + code)
			.param("nameFr", "Feuille de route")
			.param("levels", "Pillar\r\n\r\n  Milestone  \r\n")).hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/admin/plan-types");
		PlanTypeSummary added = plans.type(code);
		assertThat(added.levels()).containsExactly("Pillar", "Milestone");
		assertThat(mvc.get().uri("/admin/plan-types").with(TestUsers.admin())).bodyText()
			.contains("Pillar › Milestone");

		assertThat(mvc.post()
			.uri("/admin/plan-types/" + code)
			.with(TestUsers.admin())
			.with(csrf())
			.param("version", String.valueOf(added.version()))
			.param("code", code)
			.param("name", "Reform roadmap " + code)
			.param("nameFr", "Feuille de route des réformes")
			.param("levels", "Pillar\nMilestone\nTask")).hasStatus3xxRedirection();

		PlanTypeSummary corrected = plans.type(code);
		assertThat(corrected.nameFr()).isEqualTo("Feuille de route des réformes");
		assertThat(corrected.levels()).containsExactly("Pillar", "Milestone", "Task");
		assertThat(mvc.get().uri("/admin/plan-types/" + code).with(TestUsers.admin())).hasStatusOk()
			.bodyText()
			.contains("Edit the plan type " + code, "Pillar\nMilestone\nTask");
	}

	@Test
	void aFormWithProblemsShowsThemBesideTheFieldsAndSavesNothing() {
		int before = plans.types().size();

		assertThat(mvc.post()
			.uri("/admin/plan-types")
			.with(TestUsers.admin())
			.with(csrf())
			.param("code", code())
			.param("name", "")
			.param("nameFr", "Sans niveaux")
			.param("levels", "\n\n")).hasStatusOk().bodyText().contains("id=\"name-error\"", "id=\"levels-error\"");

		assertThat(plans.types()).hasSize(before);
	}

	@Test
	void aCorrectionThatDropsALevelIsRefusedBesideTheLevels() {
		String code = code();
		PlanTypeSummary added = plans.addType(new PlanTypeData(code, "Three levels " + code, "Trois niveaux",
				List.of("Chapter", "Objective", "Action")));

		assertThat(mvc.post()
			.uri("/admin/plan-types/" + code)
			.with(TestUsers.admin())
			.with(csrf())
			.param("version", String.valueOf(added.version()))
			.param("code", code)
			.param("name", "Three levels " + code)
			.param("nameFr", "Trois niveaux")
			.param("levels", "Chapter\nObjective")).hasStatusOk()
			.bodyText()
			.contains("id=\"levels-error\"", "keeps its 3 levels");

		assertThat(plans.type(code).levels()).containsExactly("Chapter", "Objective", "Action");
	}

	@Test
	void aCorrectionOpenedBeforeAnotherOneSaysSoAndSavesNothing() {
		String code = code();
		PlanTypeSummary opened = plans
			.addType(new PlanTypeData(code, "Work plan " + code, "Plan de travail", List.of("Goal")));
		plans.reviseType(code, opened.version(),
				new PlanTypeData(code, "Work plan " + code, "Plan de travail annuel", List.of("Goal")));

		assertThat(mvc.post()
			.uri("/admin/plan-types/" + code)
			.with(TestUsers.admin())
			.with(csrf())
			.param("version", String.valueOf(opened.version()))
			.param("code", code)
			.param("name", "Work plan " + code)
			.param("nameFr", "Plan de travail")
			.param("levels", "Goal\nStep")).hasStatus(409)
			.bodyText()
			.contains("id=\"conflict\"", "was changed by someone else since you opened it");

		PlanTypeSummary kept = plans.type(code);
		assertThat(kept.nameFr()).isEqualTo("Plan de travail annuel");
		assertThat(kept.levels()).containsExactly("Goal");
	}

	@Test
	void onlyAnAdministratorReachesThePage() {
		assertThat(mvc.get().uri("/admin/plan-types").with(TestUsers.nato())).hasStatus(403);
		assertThat(mvc.post()
			.uri("/admin/plan-types")
			.with(TestUsers.partner("THA"))
			.with(csrf())
			.param("code", "PG-PARTNER")
			.param("name", "Partner's plan")
			.param("nameFr", "Plan du partenaire")
			.param("levels", "Goal")).hasStatus(403);
		assertThat(plans.types()).noneMatch(type -> type.code().equals("PG-PARTNER"));
	}

}
