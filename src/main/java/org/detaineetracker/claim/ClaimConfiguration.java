package org.detaineetracker.claim;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.detaineetracker.claim.reading.ClaimFinder;

/**
 * The finder itself (plain Java, one instance for every request) and its request size limit, checked
 * on its two POST endpoints before Spring Security.
 */
@Configuration(proxyBeanMethods = false)
class ClaimConfiguration {

	@Bean
	ClaimFinder claimFinder() {
		return new ClaimFinder();
	}

	@Bean
	FilterRegistrationBean<ClaimRequestSizeFilter> claimRequestSizeFilter() {
		FilterRegistrationBean<ClaimRequestSizeFilter> registration = new FilterRegistrationBean<>(
				new ClaimRequestSizeFilter());
		registration.addUrlPatterns("/claims", ClaimsApiController.PATH);
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

}
