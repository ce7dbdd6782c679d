package fr.capcooperation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The modules' boundaries: no cycles, no reach into internals, a rules engine in plain Java. */
class ModularityTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(CapCooperationApplication.class);

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("fr.capcooperation");

	@Test
	void modules_respect_their_boundaries() {
		MODULES.verify();
	}

	@Test
	void the_rules_engine_depends_on_the_jdk_alone() {
		classes().that()
			.resideInAPackage("fr.capcooperation.rules..")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("java..", "org.jspecify.annotations..", "fr.capcooperation.rules..")
			.check(CLASSES);
	}

	@Test
	void nothing_but_the_web_layer_knows_about_http() {
		noClasses().that()
			.resideInAnyPackage("fr.capcooperation.rules..", "fr.capcooperation.catalog..", "fr.capcooperation.advice..",
					"fr.capcooperation.answers..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("jakarta.servlet..", "org.springframework.web..")
			.check(CLASSES);
	}

	@Test
	void every_package_says_that_nothing_is_null_unless_marked() {
		JavaClasses everything = new ClassFileImporter().importPackages("fr.capcooperation", "db.migration");
		assertThat(everything.stream().map(JavaClass::getPackage).distinct().filter(p -> !p.getName().endsWith("jmh_generated")))
			.isNotEmpty()
			.allSatisfy(javaPackage -> assertThat(javaPackage.isAnnotatedWith(NullMarked.class))
				.as("%s is @NullMarked in its package-info.java", javaPackage.getName())
				.isTrue());
	}

	@Test
	void writes_the_module_documentation() {
		new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}
}
