package org.detaineetracker.system;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import org.detaineetracker.kernel.Audience;

/**
 * A read by a visitor without an account is made for the {@link Audience#PUBLIC public audience}:
 * its connections act as the database role that cannot see internal records. The filter runs
 * after Spring Security has decided who is asking (and let the visitor in only where public
 * reading is on); signing in (a POST) is not a read and keeps the application's own role.
 */
@Configuration(proxyBeanMethods = false)
class PublicAudienceConfiguration {

	@Bean
	static BeanPostProcessor audienceDataSource() {
		return AudienceDataSource.wrapper();
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> publicAudienceFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new PublicAudienceFilter());
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
		return registration;
	}

	static final class PublicAudienceFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!isReading(request) || !isAnonymous()) {
				chain.doFilter(request, response);
				return;
			}
			try (Audience.Scope scope = Audience.PUBLIC.enter()) {
				chain.doFilter(request, response);
			}
		}

		@Override
		protected boolean shouldNotFilterErrorDispatch() {
			// an error page rendered for a public reader is still read for the public
			return false;
		}

		private static boolean isReading(HttpServletRequest request) {
			return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
		}

		private static boolean isAnonymous() {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			return authentication == null || authentication instanceof AnonymousAuthenticationToken
					|| !authentication.isAuthenticated();
		}

	}

}
