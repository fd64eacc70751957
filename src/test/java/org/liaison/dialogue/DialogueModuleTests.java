package org.liaison.dialogue;

import org.junit.jupiter.api.Test;
import org.liaison.LiaisonApplication;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dialogue module keeps to its declared dependencies and is used by others only through its
 * base package. Only this module is checked here, so that a break elsewhere is reported there.
 */
class DialogueModuleTests {

	@Test
	void dependsOnlyOnWhatItDeclares() {
		ApplicationModules modules = ApplicationModules.of(LiaisonApplication.class);
		ApplicationModule dialogue = modules.getModuleByName("dialogue").orElseThrow();

		dialogue.verifyDependencies(modules);
		assertThat(dialogue.getDirectDependencies(modules).stream().map(d -> d.getTargetModule().getIdentifier().toString()))
			.isSubsetOf("shared", "web", "partner");
	}

}
