package org.detaineetracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.index.CandidateComponentsIndexLoader;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import org.detaineetracker.TrackerApplication;

/**
 * A start takes the application's components, entities and repositories from the list the compiler
 * writes (META-INF/spring.components) instead of reading every class file. A list that missed one,
 * as an incremental build in an IDE can leave it, would start an application without it: so the
 * list must name exactly what reading every class file finds.
 */
class ComponentListTest {

	private static final String BASE = TrackerApplication.class.getPackageName();

	@Test
	void theListNamesWhatReadingEveryClassFileFinds() {
		ClassLoader withList = getClass().getClassLoader();
		assertThat(CandidateComponentsIndexLoader.loadIndex(withList)).as("the compiler wrote the list").isNotNull();

		Set<String> listed = candidates(withList);
		Set<String> scanned = candidates(new WithoutTheList(withList));

		assertThat(listed).contains(TrackerApplication.class.getName(), SchemaMigrations.class.getName(),
				"org.detaineetracker.account.Account", "org.detaineetracker.kernel.Figure");
		assertThat(listed).isEqualTo(scanned);
	}

	/** Components (and so configurations and controllers), entities and embeddables, as a start finds them. */
	private static Set<String> candidates(ClassLoader classLoader) {
		ClassPathScanningCandidateComponentProvider provider = new ClassPathScanningCandidateComponentProvider(true);
		provider.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
		provider.addIncludeFilter(new AnnotationTypeFilter(Embeddable.class));
		provider.addIncludeFilter(new AnnotationTypeFilter(MappedSuperclass.class));
		provider.setResourceLoader(new DefaultResourceLoader(classLoader));
		Set<String> names = new TreeSet<>();
		for (BeanDefinition candidate : provider.findCandidateComponents(BASE)) {
			names.add(candidate.getBeanClassName());
		}
		return names;
	}

	/** The same classes, with the list hidden, so that the scanner reads the class files. */
	private static final class WithoutTheList extends ClassLoader {

		WithoutTheList(ClassLoader parent) {
			super(parent);
		}

		@Override
		public URL getResource(String name) {
			return CandidateComponentsIndexLoader.COMPONENTS_RESOURCE_LOCATION.equals(name) ? null : super.getResource(name);
		}

		@Override
		public Enumeration<URL> getResources(String name) throws IOException {
			return CandidateComponentsIndexLoader.COMPONENTS_RESOURCE_LOCATION.equals(name) ? Collections.emptyEnumeration()
					: super.getResources(name);
		}

	}

}
