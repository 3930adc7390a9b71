package org.detaineetracker.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
class WebResourcesConfiguration {

	/** Thymeleaf's auto-configuration registers the filter only while no registration of it exists. */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterOff() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

}
