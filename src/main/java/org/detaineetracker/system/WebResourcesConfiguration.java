package org.detaineetracker.system;

import java.time.Duration;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import org.detaineetracker.web.Links;

/**
 * With webjars-locator-lite on the classpath Boot enables the resource chain (so the version-less
 * /webjars/chart.js/dist/chart.umd.js resolves) and with it a filter that rewrites every link a page
 * renders by looking it up as a static resource. Each lookup that misses searches the jar: with a
 * hundred links per page that cost a facility page hundreds of milliseconds. Links stay as written;
 * the webjar path still resolves when it is requested.
 */
@Configuration(proxyBeanMethods = false)
class WebResourcesConfiguration implements WebMvcConfigurer {

	/**
	 * The stylesheet, scripts and webjars, mapped by their own prefixes ahead of the controllers.
	 * Boot's default maps every path ("/**") to the static folder after the controllers, so each
	 * request for a stylesheet was first matched against every controller mapping in turn (a third
	 * of a stylesheet's time in the profile); spring.web.resources.add-mappings=false turns that
	 * default off. Browsers may keep them an hour (their URLs carry no version, so longer would keep
	 * an old stylesheet after an upgrade) and revalidate with Last-Modified.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.setOrder(Ordered.HIGHEST_PRECEDENCE);
		serve(registry, "/css/**", "classpath:/static/css/");
		serve(registry, "/js/**", "classpath:/static/js/");
		// country outlines for the map (Natural Earth, see the README): served here, never fetched elsewhere
		serve(registry, "/geo/**", "classpath:/static/geo/");
		// the icon browsers ask for on their first page: without it each visit logged a 404
		serve(registry, "/favicon.ico", "classpath:/static/");
		// The resource chain also resolves version-less webjar paths (webjars-locator-lite).
		serve(registry, "/webjars/**", "classpath:/META-INF/resources/webjars/");
	}

	/**
	 * Each chain caches what it resolved (per accepted encoding); ResourcesInMemory makes that the
	 * bytes, not a way into the jar, and the encoded resolver before it serves their gzip copy.
	 */
	private static void serve(ResourceHandlerRegistry registry, String pattern, String location) {
		registry.addResourceHandler(pattern)
			.addResourceLocations(location)
			.setCacheControl(CacheControl.maxAge(Duration.ofHours(1)))
			.resourceChain(true)
			.addResolver(new EncodedResourceResolver())
			.addResolver(new ResourcesInMemory());
	}

	/** Thymeleaf's auto-configuration registers the filter only while no registration of it exists. */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterOff() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

}
