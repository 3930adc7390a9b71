package org.detaineetracker.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactories;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactory;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;
import org.springframework.data.repository.config.BootstrapMode;

/**
 * Spring Data rewrites declared queries (sorting, counts) with a full JPQL parser by default, whose
 * parser caches alone hold about 10 MB for the life of the application; Hibernate parses the same
 * queries again anyway. Our queries declare their count queries and sort only by simple properties,
 * so the lightweight rewriter is enough, and the application fits the -Xmx64m the export promises.
 *
 * <p>Each repository is made when it is first used ({@link BootstrapMode#LAZY}), and Hibernate starts on
 * a thread of its own ({@code spring.jpa.bootstrap=async}), so the web layer, security and templates
 * are set up while Hibernate reads the entities. Making a repository compiles each of its declared
 * queries, which is most of its cost: made all at once after the server started, they took a core
 * for about a second while the first page was being answered. Made on first use, only those a page
 * needs are made, when it needs them; in twelve starts of each in turn that brought the sign-in form
 * 0.3 s sooner and the first facility page 0.4 s sooner (bench/README.md). A broken query now shows
 * when its repository is first used rather than at start, so {@code RepositoriesTest} makes every
 * repository and fails the build instead.
 */
@Configuration(proxyBeanMethods = false)
// Named, not given as TrackerApplication.class: the application class depends on this module (its
// main starts the embedded database early), so this module must not depend on it.
@EnableJpaRepositories(basePackages = "org.detaineetracker", bootstrapMode = BootstrapMode.LAZY,
		queryEnhancerSelector = RepositoriesConfiguration.LightweightQueryRewriting.class)
class RepositoriesConfiguration {

	static class LightweightQueryRewriting implements QueryEnhancerSelector {

		@Override
		public QueryEnhancerFactory select(DeclaredQuery query) {
			return QueryEnhancerFactories.fallback();
		}

	}

}
