package org.detaineetracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.data.repository.Repository;

import org.detaineetracker.TrackerApplication;
import org.detaineetracker.test.TrackerTest;

/**
 * Repositories are made on first use ({@link RepositoriesConfiguration}), and making one is what
 * compiles its declared queries against the entities. So that a query that no longer compiles still
 * fails the build rather than the first page that needs it, this makes every repository the code
 * declares.
 */
@TrackerTest
class RepositoriesTest {

	@Autowired
	ListableBeanFactory beans;

	@Test
	void everyRepositoryTheCodeDeclaresCanBeMade() {
		Set<String> made = beans.getBeansOfType(Repository.class)
			.values()
			.stream()
			.flatMap(repository -> Arrays.stream(repository.getClass().getInterfaces()))
			.map(Class::getName)
			.filter(name -> name.startsWith(TrackerApplication.class.getPackageName() + "."))
			.collect(Collectors.toSet());

		assertThat(made).isEqualTo(declared()).hasSizeGreaterThanOrEqualTo(12);
	}

	private static Set<String> declared() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isInterface();
			}
		};
		scanner.addIncludeFilter(new AssignableTypeFilter(Repository.class));
		return scanner.findCandidateComponents(TrackerApplication.class.getPackageName())
			.stream()
			.map(definition -> definition.getBeanClassName())
			.collect(Collectors.toSet());
	}

}
