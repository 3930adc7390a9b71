package org.detaineetracker.system;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import org.detaineetracker.account.ApiTokens;
import org.detaineetracker.account.Role;
import org.detaineetracker.web.Problems;

/**
 * Requests to the API (and feeds) that carry {@code Authorization: Bearer …} are handled here, apart
 * from the browser's sign-in: no session is read or created, so there is no cookie and no CSRF
 * token to send. The token acts with its account's role; a read-only token acts as an analyst, so
 * the same URL rules as for sessions keep it from writing. Requests without a bearer token go on to
 * the main security configuration untouched.
 */
@Configuration(proxyBeanMethods = false)
class ApiTokenSecurity {

	/** RFC 6750's challenge, so a client knows which kind of credentials this server wants. */
	static final String CHALLENGE = "Bearer realm=\"detainee-tracker\"";

	private static final RequestMatcher API_OR_FEEDS = new OrRequestMatcher(
			PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
			PathPatternRequestMatcher.withDefaults().matcher("/feeds/**"));

	private static final RequestMatcher WITH_BEARER_TOKEN = request -> bearerToken(request).isPresent()
			&& API_OR_FEEDS.matches(request);

	private static final RequestMatcher READING = request -> switch (request.getMethod()) {
		case "GET", "HEAD", "OPTIONS" -> true;
		default -> false;
	};

	@Bean
	@Order(1)
	SecurityFilterChain apiTokenFilterChain(HttpSecurity http, ApiTokens tokens) throws Exception {
		http.securityMatcher(WITH_BEARER_TOKEN)
			.authorizeHttpRequests(requests -> requests.requestMatchers(READING).hasRole("ANALYST")
				.anyRequest().hasRole("EDITOR"))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.requestCache(new NullRequestCache()))
			// Nothing a browser sends on its own authenticates here, so there is no forged request to stop.
			.csrf(csrf -> csrf.disable())
			.addFilterBefore(new TokenFilter(tokens), BasicAuthenticationFilter.class)
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(ApiTokenSecurity::unauthorized)
				.accessDeniedHandler(ApiTokenSecurity::forbidden));
		return http.build();
	}

	static Optional<String> bearerToken(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null) {
			return Optional.empty();
		}
		// "Bearer" with nothing after it is a bearer request too, with a token that cannot be valid
		String scheme = header.strip().split(" ", 2)[0];
		if (!scheme.toLowerCase(Locale.ROOT).equals("bearer")) {
			return Optional.empty();
		}
		return Optional.of(header.strip().substring(scheme.length()).strip());
	}

	private static void unauthorized(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		refuse(request, response);
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE + ", error=\"invalid_token\"");
		Problems.write(request, response, HttpStatus.UNAUTHORIZED,
				"This API token is not valid: it is unknown, revoked, or its account is disabled.");
	}

	private static void forbidden(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException exception) throws IOException {
		boolean readOnly = request.getAttribute(READ_ONLY) != null;
		Problems.write(request, response, HttpStatus.FORBIDDEN,
				readOnly ? "This API token is read-only; create a token without that option to write."
						: "Your account may not do this.");
	}

	/** Set on requests whose token is read-only, so a refusal can say why. */
	private static final String READ_ONLY = ApiTokenSecurity.class.getName() + ".readOnly";

	/** Finds the token's account for this one request; the context is never stored. */
	private static final class TokenFilter extends OncePerRequestFilter {

		private final ApiTokens tokens;

		private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

		TokenFilter(ApiTokens tokens) {
			this.tokens = tokens;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Optional<ApiTokens.Bearer> bearer;
			try {
				bearer = tokens.authenticate(bearerToken(request).orElse(""));
			}
			catch (DataAccessException unanswered) {
				Problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, Problems.DATABASE_UNAVAILABLE);
				return;
			}
			if (bearer.isEmpty()) {
				refuse(request, response);
				return;
			}
			ApiTokens.Bearer found = bearer.get();
			Role actsAs = found.readOnly() ? Role.ANALYST : found.account().role();
			if (found.readOnly()) {
				request.setAttribute(READ_ONLY, Boolean.TRUE);
			}
			SecurityContext context = contexts.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(found.account(), null,
					List.of(new SimpleGrantedAuthority(actsAs.authority()))));
			contexts.setContext(context);
			try {
				chain.doFilter(request, response);
			}
			finally {
				contexts.clearContext();
			}
		}

	}

}
