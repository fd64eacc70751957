package org.liaison;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps the module boundaries true (no cycles, no use of another module's internals, only
 * declared dependencies) and writes the module diagram that docs/ keeps.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(LiaisonApplication.class);

	@Test
	void modulesKeepTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void documentsTheModules() {
		new Documenter(MODULES, "target/modulith-docs").writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
