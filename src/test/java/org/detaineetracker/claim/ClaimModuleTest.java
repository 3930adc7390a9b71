package org.detaineetracker.claim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The claim module's own shape, beside the module rules of the whole application: its text analysis
 * is plain Java that uses only the JDK, jsoup and the shared kernel, so it can be read, tested and
 * benchmarked without Spring or a database; and no other module reaches into it.
 */
class ClaimModuleTest {

	static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.detaineetracker");

	@Test
	void theTextAnalysisUsesOnlyTheJdkJsoupAndTheKernel() {
		classes().that()
			.resideInAPackage("org.detaineetracker.claim.reading..")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("java..", "org.jsoup..", "org.detaineetracker.kernel..",
					"org.detaineetracker.claim.reading..")
			.check(MAIN_CLASSES);
	}

	@Test
	void onlyTheClaimModuleUsesItsTextAnalysis() {
		noClasses().that()
			.resideOutsideOfPackage("org.detaineetracker.claim..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.detaineetracker.claim..")
			.check(MAIN_CLASSES);
	}

}
