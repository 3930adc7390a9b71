package org.detaineetracker.system;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The query string is checked before Spring Security, which may already read the parameters (to
 * remember the page for after sign-in).
 */
@Configuration(proxyBeanMethods = false)
class QueryStringConfiguration {

	@Bean
	FilterRegistrationBean<QueryStringFilter> queryStringFilter() {
		FilterRegistrationBean<QueryStringFilter> registration = new FilterRegistrationBean<>(new QueryStringFilter());
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
		return registration;
	}

}
