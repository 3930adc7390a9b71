package org.detaineetracker.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import org.detaineetracker.TrackerApplication;

/**
 * Keeps the shape of the code: every direct sub-package of {@code org.detaineetracker} is a module,
 * modules depend on each other without cycles and only as their {@code package-info.java} allows,
 * nobody reaches into another module's internal packages, and a controller reads other modules'
 * data through their services, never their repositories. The module diagram in the README is
 * checked by {@link #theReadmeShowsTheModulesAsTheyAre()}.
 */
class ModulesTest {

	static final ApplicationModules MODULES = ApplicationModules.of(TrackerApplication.class);

	static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.detaineetracker");

	@Test
	void modulesHaveNoCyclesKeepTheirInternalsAndUseOnlyWhatTheyDeclare() {
		MODULES.verify();
	}

	@Test
	void controllersNeverCallAnotherModulesRepositories() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should(useRepositoriesOfTheirOwnModuleOnly())
			.check(MAIN_CLASSES);
	}

	/**
	 * The README shows the modules and their dependencies as a Mermaid chart drawn from the code, so
	 * it cannot drift: when a dependency changes, this test fails with the chart to paste. The
	 * PlantUML diagrams (whole and per module) are written to target/spring-modulith-docs.
	 */
	@Test
	void theReadmeShowsTheModulesAsTheyAre() throws IOException {
		new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
		String chart = mermaidChart();
		String readme = Files.readString(Path.of("README.md"));
		assertThat(readme).as("README's module chart; replace it with:%n%s", chart).contains(chart);
	}

	/** Modules bottom-up; kernel and web lie under everything and are left out of the arrows. */
	static String mermaidChart() {
		StringBuilder chart = new StringBuilder("```mermaid\nflowchart BT\n");
		MODULES.stream()
			.sorted(Comparator.comparing(m -> m.getIdentifier().toString()))
			.filter(m -> !SHARED.contains(m.getIdentifier().toString()))
			.forEach(module -> module.getDirectDependencies(MODULES)
				.uniqueModules()
				.map(m -> m.getIdentifier().toString())
				.filter(target -> !SHARED.contains(target))
				.sorted()
				.forEach(target -> chart.append("  ").append(module.getIdentifier()).append(" --> ").append(target).append('\n')));
		return chart.append("```").toString();
	}

	static final Set<String> SHARED = Set.of("kernel", "web");

	private static ArchCondition<JavaClass> useRepositoriesOfTheirOwnModuleOnly() {
		DescribedPredicate<JavaClass> repository = DescribedPredicate.describe("a repository",
				c -> c.isAssignableTo(Repository.class));
		return new ArchCondition<>("use repositories of their own module only") {
			@Override
			public void check(JavaClass controller, ConditionEvents events) {
				String own = moduleOf(controller);
				controller.getDirectDependenciesFromSelf()
					.stream()
					.filter(d -> repository.test(d.getTargetClass()))
					.filter(d -> !moduleOf(d.getTargetClass()).equals(own))
					.forEach(d -> events.add(SimpleConditionEvent.violated(controller, d.getDescription())));
			}
		};
	}

	private static String moduleOf(JavaClass type) {
		Optional<ApplicationModule> module = MODULES.getModuleByType(type.getName());
		return module.map(ApplicationModule::getIdentifier).map(Object::toString).orElse(type.getPackageName());
	}

}
