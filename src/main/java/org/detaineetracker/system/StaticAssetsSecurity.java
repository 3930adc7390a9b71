package org.detaineetracker.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The stylesheet, scripts and webjars are the same for everyone: their own filter chain, ahead of
 * the application's, answers them without looking up a session, a security context, a CSRF token or
 * the account's access version, and lets the resource handler's Cache-Control and Last-Modified
 * through. They still carry the same security headers as every page.
 */
@Configuration(proxyBeanMethods = false)
class StaticAssetsSecurity {

	static final String[] STATIC_ASSETS = { "/css/**", "/js/**", "/geo/**", "/webjars/**", "/favicon.ico" };

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain staticAssets(HttpSecurity http) throws Exception {
		http.securityMatcher(STATIC_ASSETS)
			.sessionManagement(AbstractHttpConfigurer::disable)
			.securityContext(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.csrf(AbstractHttpConfigurer::disable)
			.anonymous(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.servletApi(AbstractHttpConfigurer::disable)
			.exceptionHandling(AbstractHttpConfigurer::disable)
			.headers(headers -> headers.cacheControl(cache -> cache.disable())
				.contentSecurityPolicy(csp -> csp.policyDirectives(SecurityConfiguration.CONTENT_SECURITY_POLICY))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

}
