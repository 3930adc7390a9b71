package org.detaineetracker.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.web.PageableHandlerMethodArgumentResolver;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Handler methods may take a {@code Pageable} ({@code page}, {@code size}, {@code @PageableDefault}): the
 * one part of Spring Data's web support the application uses. Declaring the resolver here makes Spring
 * Boot leave out the rest ({@code DataWebAutoConfiguration} backs off when one exists).
 * <p>
 * The rest includes a converter from any id to its entity. The conversion service asks it about every
 * pair of types it has not met before, even a {@code Boolean} to a {@code Boolean} in a template's
 * {@code or}, and it answers only after every repository has been made. Repositories are made on first
 * use, so the first page after a start, even the sign-in form, would have waited for all of them.
 * References bind through each record module's {@link ReferenceFormatter} instead.
 */
@Configuration(proxyBeanMethods = false)
class PagingConfiguration implements WebMvcConfigurer {

	private final PageableHandlerMethodArgumentResolver pageable = new PageableHandlerMethodArgumentResolver();

	@Bean
	PageableHandlerMethodArgumentResolver pageableResolver() {
		return pageable;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(pageable);
	}

}
