package org.liaison;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the module boundaries true (no cycles, no use of another module's internals, only
 * declared dependencies) and writes the module diagram and canvases to
 * target/modulith-docs; the copy in docs/modules is refreshed from there when the
 * boundaries change (the documenter orders its output differently from run to run, so
 * writing into docs/ on every build would only make noise).
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(LiaisonApplication.class);

	@Test
	void modulesKeepTheirBoundaries() {
		MODULES.verify();
	}

	/**
	 * Each module names the modules it may use, and uses no other: a new dependency is a
	 * decision written in its package-info, never an accident. One scan serves every
	 * module.
	 */
	@Test
	void everyModuleUsesOnlyTheModulesItDeclares() {
		for (ApplicationModule module : MODULES) {
			Set<String> declared = declaredDependencies(module);
			Set<String> used = module.getDirectDependencies(MODULES)
				.stream()
				.map(dependency -> dependency.getTargetModule().getIdentifier().toString())
				.collect(Collectors.toSet());
			if (module.isOpen()) {
				assertThat(used).as("the open module %s uses no other", module.getIdentifier()).isEmpty();
			}
			else {
				assertThat(used).as("the modules %s uses", module.getIdentifier()).isSubsetOf(declared);
			}
		}
	}

	private static Set<String> declaredDependencies(ApplicationModule module) {
		org.springframework.modulith.ApplicationModule declaration = module.getBasePackage()
			.getAnnotation(org.springframework.modulith.ApplicationModule.class)
			.orElseThrow(() -> new AssertionError(module.getIdentifier() + " declares no @ApplicationModule"));
		return Set.of(declaration.allowedDependencies());
	}

	@Test
	void documentsTheModules() {
		new Documenter(MODULES, "target/modulith-docs").writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
