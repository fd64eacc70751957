package org.liaison;

import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noConstructors;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules of the code's shape that Spring Modulith does not express: no file depends on
 * itself through others inside a module, web layers keep to the base packages of other
 * modules, dependencies come through constructors (written by Lombok everywhere but in
 * aggregates), controllers stay inside their package, and names say what a class is.
 */
class ArchitectureTests {

	static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.liaison");

	@Test
	void noFileDependsOnItselfThroughOthers() {
		slices().assignedFrom(new TopLevelClasses()).should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void aWebLayerUsesOnlyTheBasePackagesOfOtherModules() {
		for (String module : modules()) {
			noClasses().that()
				.resideInAPackage("org.liaison." + module + ".web..")
				.should()
				.dependOnClassesThat(internalOfAnotherModuleThan(module))
				.allowEmptyShould(true)
				.check(CLASSES);
		}
	}

	@Test
	void dependenciesComeThroughConstructors() {
		noFields().should().beAnnotatedWith(Autowired.class).check(CLASSES);
	}

	/**
	 * Lombok writes the constructors of services and components only: an aggregate keeps
	 * its constructors, and the guards in them, in plain sight. Lombok marks what it
	 * writes with {@code lombok.Generated}, which stays in the class file.
	 */
	@Test
	void aggregatesWriteTheirOwnConstructors() {
		noConstructors().that()
			.areDeclaredInClassesThat()
			.areAnnotatedWith(Table.class)
			.should()
			.beAnnotatedWith("lombok.Generated")
			.check(CLASSES);
	}

	@Test
	void controllersArePackagePrivate() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.notBePublic()
			.check(CLASSES);
	}

	@Test
	void namesSayWhatAClassIs() {
		noClasses().should()
			.haveSimpleNameEndingWith("Impl")
			.orShould()
			.haveSimpleNameEndingWith("Manager")
			.orShould()
			.haveSimpleNameEndingWith("Util")
			.orShould()
			.haveSimpleNameEndingWith("Utils")
			.orShould()
			.haveSimpleNameEndingWith("Helper")
			.check(CLASSES);
	}

	private static List<String> modules() {
		return ModularityTests.MODULES.stream().map(module -> module.getIdentifier().toString()).toList();
	}

	private static DescribedPredicate<JavaClass> internalOfAnotherModuleThan(String module) {
		return DescribedPredicate.describe("internal classes of a module other than " + module,
				type -> type.getPackageName().contains(".internal") && type.getPackageName().startsWith("org.liaison.")
						&& !type.getPackageName().startsWith("org.liaison." + module + "."));
	}

	/**
	 * Each top-level class with its nested classes is one slice, so a cycle between files
	 * is found.
	 */
	static class TopLevelClasses implements SliceAssignment {

		@Override
		public SliceIdentifier getIdentifierOf(JavaClass type) {
			if (!type.getPackageName().startsWith("org.liaison") || type.getPackageName().startsWith("gg.jte")) {
				return SliceIdentifier.ignore();
			}
			JavaClass outer = type;
			while (outer.getEnclosingClass().isPresent()) {
				outer = outer.getEnclosingClass().get();
			}
			return SliceIdentifier.of(outer.getName());
		}

		@Override
		public String getDescription() {
			return "files of org.liaison";
		}

	}

}
