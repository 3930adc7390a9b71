package org.detaineetracker.map;

import java.net.URI;
import java.net.URISyntaxException;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * An online basemap, for those who want one: {@code tracker.map.tile-url} (an XYZ template such as
 * {@code https://tile.example.org/{z}/{x}/{y}.png}) and its attribution. Unset by default: the map
 * then draws only the country outlines the application serves, and no request leaves it. When set,
 * the Content-Security-Policy names exactly that tile server's origin in {@code img-src}.
 */
@ConfigurationProperties("tracker.map")
public record MapTiles(String tileUrl, String tileAttribution) {

	public MapTiles {
		tileUrl = tileUrl == null || tileUrl.isBlank() ? null : tileUrl.strip();
		if (tileUrl != null) {
			origin(tileUrl);
			// one origin only: a {s} subdomain would need a wildcard in the policy
			if (!tileUrl.contains("{z}") || !tileUrl.contains("{x}") || !tileUrl.contains("{y}") || tileUrl.contains("{s}")) {
				throw new IllegalArgumentException("tracker.map.tile-url must be a tile template with {z}, {x} and {y} and one host (no {s}): " + tileUrl);
			}
		}
	}

	/** The origin ({@code https://tile.example.org}) of a tile template; refuses anything but http(s) with a host. */
	public static String origin(String tileUrl) {
		try {
			URI uri = new URI(tileUrl.replace("{", "").replace("}", ""));
			if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
				throw new IllegalArgumentException("tracker.map.tile-url must be an http(s) address with a host: " + tileUrl);
			}
			return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
		}
		catch (URISyntaxException notAnAddress) {
			throw new IllegalArgumentException("tracker.map.tile-url is not an address: " + tileUrl, notAnAddress);
		}
	}

}
