package org.detaineetracker.system;

import io.micrometer.observation.ObservationPredicate;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * What the application observes. Nothing reads metrics or traces here (only the health endpoint is
 * exposed), so observations are work every request pays for nothing, and a profile of the
 * stylesheet under load found them among its larger costs: the server observation of a static asset
 * and Spring Security's observations of every filter chain are not made. Page and API requests are
 * observed once {@code management.observations.enable.http.server.requests} is set to true (off in
 * application.properties, where a kept page spent a tenth of its time recording them), and never
 * the static assets.
 */
@Configuration(proxyBeanMethods = false)
class ObservationsConfiguration {

	@Bean
	ObservationPredicate noObservationOfStaticAssets() {
		return (name, context) -> !(context instanceof ServerRequestObservationContext server
				&& isStaticAsset(server.getCarrier().getRequestURI()));
	}

	@Bean
	SecurityObservationSettings noSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	static boolean isStaticAsset(String path) {
		return path != null && (path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/geo/")
				|| path.startsWith("/webjars/") || path.equals("/favicon.ico"));
	}

}
