package org.detaineetracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.ObservationPredicate;
import org.junit.jupiter.api.Test;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Static assets are served without a server observation; pages and the API keep theirs. */
class ObservationsConfigurationTest {

	private final ObservationPredicate predicate = new ObservationsConfiguration().noObservationOfStaticAssets();

	@Test
	void staticAssetsAreNotObservedPagesAre() {
		for (String asset : new String[] { "/css/tracker.css", "/js/timeline.js", "/geo/countries-110m.json",
				"/webjars/leaflet/dist/leaflet.js", "/favicon.ico" }) {
			assertThat(predicate.test("http.server.requests", request(asset))).as(asset).isFalse();
		}
		for (String page : new String[] { "/", "/facilities", "/api/facilities", "/cssfake", "/javascript" }) {
			assertThat(predicate.test("http.server.requests", request(page))).as(page).isTrue();
		}
	}

	private static ServerRequestObservationContext request(String path) {
		return new ServerRequestObservationContext(new MockHttpServletRequest("GET", path), new MockHttpServletResponse());
	}

}
