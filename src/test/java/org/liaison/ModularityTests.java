package org.liaison;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps the module boundaries true (no cycles, no use of another module's internals, only
 * declared dependencies) and writes the module diagram and canvases to target/modulith-docs; the copy in docs/modules is
 * refreshed from there when the boundaries change (the documenter orders its output differently
 * from run to run, so writing into docs/ on every build would only make noise).
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
