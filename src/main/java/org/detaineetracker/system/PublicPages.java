package org.detaineetracker.system;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import org.detaineetracker.account.PublicReading;
import org.detaineetracker.account.PublicReading.State;

/**
 * Public reading (an admin's choice, {@link PublicReading}): which requests a visitor without an
 * account may make when it is on, and how their answers are cached.
 * <p>
 * A public answer depends only on the data version, the setting (which moves the version) and, for
 * pages without a known-on date, today's date: that is its ETag, so a shared cache or CDN can serve
 * it for a minute when a story breaks and revalidate it with a conditional request that costs one
 * statement and no rendering. Signed-in answers keep Spring Security's {@code no-store}: they carry
 * editor links and the account's name.
 */
final class PublicPages {

	/** Seconds a shared cache may serve a public answer without asking again. */
	static final int MAX_AGE = 60;

	/** Request attribute with the data version a public answer was made from (the layout prints it). */
	static final String DATA_VERSION = "publicDataVersion";

	/**
	 * The analyst pages, the map and the read API. Editors' forms ({@code /*}{@code /new},
	 * {@code …/edit}) are matched before these and stay closed; so are exports and the admin pages.
	 */
	static final RequestMatcher PATHS = new OrRequestMatcher(List.of("/", "/facilities", "/facilities/*",
			"/facilities/*/history", "/sources", "/sources/*", "/counts/*", "/holders", "/holders/*", "/cohorts",
			"/cohorts/*", "/custody-periods/*", "/movements", "/movements/*", "/countries/*", "/search", "/help/**",
			"/map", "/map/**", "/embed/**", "/feeds/**", "/api/**")
		.stream()
		.map(path -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(path))
		.toList());

	private PublicPages() {
	}

	/**
	 * A request an anonymous visitor may make now: a read of a public path while public reading is
	 * on. Only anonymous requests reach the setting, so a signed-in page issues no extra statement.
	 */
	static RequestMatcher openTo(PublicReading publicReading) {
		return request -> isReading(request) && isAnonymous() && PATHS.matches(request) && state(request, publicReading).open();
	}

	/** Validators and a shared-cache lifetime on every answer to an anonymous read of a public path. */
	static OncePerRequestFilter caching(PublicReading publicReading) {
		return new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if (!isReading(request) || !isAnonymous() || !PATHS.matches(request)) {
					chain.doFilter(request, response);
					return;
				}
				State state = state(request, publicReading);
				if (!state.open()) {
					chain.doFilter(request, response);
					return;
				}
				request.setAttribute(DATA_VERSION, state.data());
				String etag = "\"" + state.data().version() + "-" + LocalDate.now(ZoneOffset.UTC) + "\"";
				response.setHeader(HttpHeaders.ETAG, etag);
				response.setDateHeader(HttpHeaders.LAST_MODIFIED, state.data().updatedAt().toEpochMilli());
				response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=" + MAX_AGE);
				response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
				if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
					response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
					return;
				}
				chain.doFilter(request, response);
			}

		};
	}

	/** An If-None-Match list names this ETag (weakly: a proxy may have marked it W/ after compressing). */
	private static boolean matches(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.strip();
			if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isReading(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
	}

	private static boolean isAnonymous() {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		return who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated();
	}

	/** Read once per request: the authorization rule and the caching filter both ask. */
	private static State state(HttpServletRequest request, PublicReading publicReading) {
		if (request.getAttribute(State.class.getName()) instanceof State kept) {
			return kept;
		}
		State state = publicReading.now();
		request.setAttribute(State.class.getName(), state);
		return state;
	}

}
