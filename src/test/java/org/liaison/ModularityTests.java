package org.liaison;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps the module boundaries true (no cycles, no use of another module's internals, only
 * declared dependencies) and writes the module diagram and canvases into docs/modules, so a change of the boundaries shows up
 * there for review.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(LiaisonApplication.class);

	@Test
	void modulesKeepTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void documentsTheModules() {
		new Documenter(MODULES, "docs/modules").writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
