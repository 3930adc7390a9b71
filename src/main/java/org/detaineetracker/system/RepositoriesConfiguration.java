package org.detaineetracker.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactories;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactory;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;
import org.springframework.data.repository.config.BootstrapMode;

import org.detaineetracker.TrackerApplication;

/**
 * Spring Data rewrites declared queries (sorting, counts) with a full JPQL parser by default, whose
 * parser caches alone hold about 10 MB for the life of the application; Hibernate parses the same
 * queries again anyway. Our queries declare their count queries and sort only by simple properties,
 * so the lightweight rewriter is enough, and the application fits the -Xmx64m the export promises.
 *
 * <p>The repositories are made once the context is refreshed ({@link BootstrapMode#DEFERRED}), and
 * Hibernate starts on a thread of its own ({@code spring.jpa.bootstrap=async}), so the web layer,
 * security and templates are set up while Hibernate reads the entities. Making a repository
 * compiles each of its queries, which is most of its cost; a request that needs one before then
 * waits for it.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackageClasses = TrackerApplication.class, bootstrapMode = BootstrapMode.DEFERRED,
		queryEnhancerSelector = RepositoriesConfiguration.LightweightQueryRewriting.class)
class RepositoriesConfiguration {

	static class LightweightQueryRewriting implements QueryEnhancerSelector {

		@Override
		public QueryEnhancerFactory select(DeclaredQuery query) {
			return QueryEnhancerFactories.fallback();
		}

	}

}
