package org.detaineetracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.detaineetracker.map.MapTiles;

/**
 * The map fetches nothing from a third party unless an admin names a tile server; then the
 * Content-Security-Policy lets images come from that one origin, and changes nothing else.
 */
class MapTilesPolicyTest {

	@Test
	void withoutATileServerImagesComeOnlyFromTheApplication() {
		String policy = SecurityConfiguration.contentSecurityPolicy(new MapTiles(null, null));
		assertThat(policy).contains("img-src 'self' data:;").doesNotContain("http");
	}

	@Test
	void aConfiguredTileServerIsNamedByItsOriginAndNothingElseChanges() {
		String policy = SecurityConfiguration
			.contentSecurityPolicy(new MapTiles("https://tiles.example.org:8443/osm/{z}/{x}/{y}.png", "© example"));
		assertThat(policy).contains("img-src 'self' data: https://tiles.example.org:8443;");
		assertThat(policy.replace(" https://tiles.example.org:8443", ""))
			.isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY);
	}

}
