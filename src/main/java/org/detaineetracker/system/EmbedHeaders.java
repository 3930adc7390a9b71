package org.detaineetracker.system;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataAccessException;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import org.detaineetracker.account.PublicReading;

/**
 * Framing: the embed views ({@code /embed/…}) may be framed by this site and the sites an admin
 * lists ({@link org.detaineetracker.account.EmbedOrigins}); every other answer refuses to be framed,
 * by its Content-Security-Policy ({@code frame-ancestors 'none'}) and, for older browsers,
 * {@code X-Frame-Options: DENY}.
 */
final class EmbedHeaders {

	static final RequestMatcher EMBED = PathPatternRequestMatcher.withDefaults().matcher("/embed/**");

	private static final String NOT_FRAMED = "frame-ancestors 'none'";

	private EmbedHeaders() {
	}

	/** The policy for any path: {@code policy} as it is, or with the embed views' frame-ancestors. */
	static HeaderWriter contentSecurityPolicy(String policy, PublicReading settings) {
		if (!policy.endsWith(NOT_FRAMED)) {
			throw new IllegalArgumentException("The policy must end with " + NOT_FRAMED);
		}
		String embeddable = policy.substring(0, policy.length() - NOT_FRAMED.length()) + "frame-ancestors 'self'";
		return (request, response) -> {
			if (response.containsHeader("Content-Security-Policy")) {
				return;
			}
			response.setHeader("Content-Security-Policy", EMBED.matches(request) ? embeddable + origins(settings) : policy);
		};
	}

	/** {@code X-Frame-Options: DENY} everywhere but the embed views, which it would forbid every site to frame. */
	static HeaderWriter frameOptions() {
		XFrameOptionsHeaderWriter deny = new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY);
		return (HttpServletRequest request, HttpServletResponse response) -> {
			if (!EMBED.matches(request)) {
				deny.writeHeaders(request, response);
			}
		};
	}

	/** The listed sites; none when the settings cannot be read, so an outage never widens the policy. */
	private static String origins(PublicReading settings) {
		List<String> origins;
		try {
			origins = settings.now().embedOrigins();
		}
		catch (DataAccessException unreadable) {
			return "";
		}
		return origins.isEmpty() ? "" : " " + String.join(" ", origins);
	}

}
