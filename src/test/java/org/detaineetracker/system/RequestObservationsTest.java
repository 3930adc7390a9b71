package org.detaineetracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.repository.support.DomainClassConverter;
import org.springframework.data.web.PageableHandlerMethodArgumentResolver;
import org.springframework.format.support.FormattingConversionService;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.authority.AuthorityUtils;

import org.detaineetracker.test.TrackerTest;

/** What every request pays for beyond its answer, as the application is configured. */
@TrackerTest
class RequestObservationsTest {

	@Autowired
	ObservationRegistry registry;

	@Autowired
	RoleHierarchy roles;

	@Autowired
	ApplicationContext context;

	@Test
	void nothingIsMeasuredWhileNothingReadsTheMeasurements() {
		var page = new ServerRequestObservationContext(new MockHttpServletRequest("GET", "/facilities"),
				new MockHttpServletResponse());
		assertThat(Observation.createNotStarted("http.server.requests", () -> page, registry)
			.isNoop()).isTrue();
		assertThat(context.getBeanNamesForType(MeterRegistry.class)).as("no meters are bound").isEmpty();
		// Before the meter registry went, other observations were still made (this asserted isFalse);
		// with nothing to read them, the registry now makes none until metrics come back (README, "Metrics").
		assertThat(registry.isNoop()).as("no observation is made while nothing reads one").isTrue();
	}

	/**
	 * Spring Data's converter from an id to its entity answers the conversion service only once every
	 * repository is made; templates convert (a {@code Boolean} to a {@code Boolean} in an {@code or}), so
	 * with it the first page after a start waited for all repositories. References bind through their
	 * own formatters, and paging still binds ({@code ChangesApiTest}).
	 */
	@Test
	void noConversionWaitsForTheRepositories() {
		assertThat(context.getBean("mvcConversionService", FormattingConversionService.class).toString())
			.contains("java.lang.String -> org.detaineetracker.facility.Facility")
			.doesNotContain(DomainClassConverter.class.getSimpleName());
		assertThat(context.getBean(PageableHandlerMethodArgumentResolver.class)).isNotNull();
	}

	@Test
	void eachRoleReachesTheRolesBelowItAskedOnceOrOften() {
		for (int asked = 0; asked < 3; asked++) {
			assertThat(roles.getReachableGrantedAuthorities(AuthorityUtils.createAuthorityList("ROLE_ADMIN")))
				.extracting(a -> a.getAuthority())
				.containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_EDITOR", "ROLE_ANALYST");
			assertThat(roles.getReachableGrantedAuthorities(AuthorityUtils.createAuthorityList("ROLE_EDITOR")))
				.extracting(a -> a.getAuthority())
				.containsExactlyInAnyOrder("ROLE_EDITOR", "ROLE_ANALYST");
			assertThat(roles.getReachableGrantedAuthorities(AuthorityUtils.createAuthorityList("ROLE_ANALYST")))
				.extracting(a -> a.getAuthority())
				.containsExactly("ROLE_ANALYST");
		}
		assertThat(roles.getReachableGrantedAuthorities(AuthorityUtils.NO_AUTHORITIES)).isEmpty();
	}

}
