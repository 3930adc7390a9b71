package org.detaineetracker.system;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.UrlUtils;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import org.detaineetracker.account.AccountSessions;
import org.detaineetracker.account.PasswordHashing;
import org.detaineetracker.account.PublicReading;
import org.detaineetracker.account.SecurityProperties;
import org.detaineetracker.map.MapTiles;
import org.detaineetracker.web.Problems;

/**
 * Who may do what. Reading needs any signed-in account (or none, where an admin turned public
 * reading on); writing needs an editor; accounts, exports and settings need an admin. Everything is decided here, by URL, so a new controller is protected the
 * moment it exists.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

	/** No inline script or style anywhere, no framing (but of the embed views), no posting forms to other sites. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	/**
	 * Pages that only open an editor's form, whatever the method: a HEAD or OPTIONS request runs the
	 * same controller as GET, so it must pass the same rule.
	 */
	static final String[] EDITOR_PAGES = { "/*/new", "/*/*/edit", "/*/*/retract", "/*/*/*/new", "/claims/**" };

	/** Methods that read: GET, and HEAD and OPTIONS, which answer about the same resource. */
	private static final RequestMatcher READING = request -> switch (request.getMethod()) {
		case "GET", "HEAD", "OPTIONS" -> true;
		default -> false;
	};

	/**
	 * The policy with the map's tile server, where one is configured ({@link MapTiles}): its origin,
	 * and only that, may serve images.
	 */
	static String contentSecurityPolicy(MapTiles tiles) {
		if (tiles.tileUrl() == null) {
			return CONTENT_SECURITY_POLICY;
		}
		return CONTENT_SECURITY_POLICY.replace("img-src 'self' data:", "img-src 'self' data: " + MapTiles.origin(tiles.tileUrl()));
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AccountSessions accountSessions,
			PublicReading publicReading, MapTiles tiles) throws Exception {
		SavedRequestAwareAuthenticationSuccessHandler afterSignIn = new SavedRequestAwareAuthenticationSuccessHandler();
		afterSignIn.setRedirectStrategy(RELATIVE_REDIRECTS);
		http.authorizeHttpRequests(requests -> requests
			.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
			// The stylesheet, scripts and webjars never reach this chain (StaticAssetsSecurity answers them), so
			// they are not listed: each pattern here is matched, in turn, on every page a reader opens.
			// "/actuator/health/**" matches "/actuator/health" itself too.
			.requestMatchers("/login", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/admin/**").hasRole("ADMIN")
			.requestMatchers(EDITOR_PAGES).hasRole("EDITOR")
			// an import's pages show the rows of an editor's file
			.requestMatchers("/imports/**").hasRole("EDITOR")
			// every account manages its own API tokens (the bearer requests themselves: ApiTokenSecurity)
			.requestMatchers("/account/**").hasRole("ANALYST")
			// Visitors without an account, while an admin has public reading on (see PublicPages).
			.requestMatchers(PublicPages.openTo(publicReading)).permitAll()
			.requestMatchers(READING).hasRole("ANALYST")
			.anyRequest().hasRole("EDITOR"))
			.csrf(csrf -> csrf.csrfTokenRequestHandler(maskedTokens()))
			// After the CSRF check (which needs the session) and before anything reads who is signed in.
			.addFilterAfter(accountSessions.filter(), CsrfFilter.class)
			// Once a request is let in, so that a conditional request for an unchanged public page is a 304.
			.addFilterAfter(PublicPages.caching(publicReading), AuthorizationFilter.class)
			// The same answer for a name with or without an account: both are counted and locked alike.
			.formLogin(login -> login.loginPage("/login")
				.successHandler(afterSignIn)
				.failureHandler(SecurityConfiguration::signInFailed))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
			// The JSON API answers an unsigned request with a 401 problem (JSON), a forbidden one with a 403
			// problem; everything else goes to the sign-in page, whatever the client's Accept header says.
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(SecurityConfiguration::signInFirst)
				.accessDeniedHandler(SecurityConfiguration::forbidden))
			// the embed views alone may be framed, by the sites an admin lists (EmbedHeaders)
			.headers(headers -> headers.addHeaderWriter(EmbedHeaders.contentSecurityPolicy(contentSecurityPolicy(tiles), publicReading))
				.frameOptions(frame -> frame.disable())
				.addHeaderWriter(EmbedHeaders.frameOptions())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

	/**
	 * The form token, masked afresh on every page (so that a compressed page never repeats it, against
	 * BREACH) as Spring Security does by default, but with a DRBG: the default SecureRandom reads the
	 * kernel's random device, under one lock for the whole process, for every page a reader opens.
	 */
	private static XorCsrfTokenRequestAttributeHandler maskedTokens() {
		XorCsrfTokenRequestAttributeHandler handler = new XorCsrfTokenRequestAttributeHandler();
		try {
			handler.setSecureRandom(SecureRandom.getInstance("DRBG"));
		}
		catch (NoSuchAlgorithmException absent) {
			// every JDK since 9 has it; without it the default stays
		}
		return handler;
	}

	/** Answered as machines are: a 401 or 403 problem, never the sign-in page (a feed reader cannot sign in). */
	private static final RequestMatcher API = new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
			PathPatternRequestMatcher.withDefaults().matcher("/feeds/**"));

	private static final AuthenticationEntryPoint SIGN_IN_PAGE = signInPage();

	/**
	 * Redirects name a path on this server, never a host: a saved request's URL is built from the
	 * request's Host header, which the client chooses. Behind a proxy, see server.forward-headers-strategy.
	 */
	private static final RedirectStrategy RELATIVE_REDIRECTS = new DefaultRedirectStrategy() {

		@Override
		protected String calculateRedirectUrl(String contextPath, String url) {
			if (!UrlUtils.isAbsoluteUrl(url)) {
				return super.calculateRedirectUrl(contextPath, url);
			}
			try {
				URI uri = new URI(url);
				String path = uri.getRawPath();
				if (path == null || !path.startsWith("/") || path.startsWith("//")) {
					return contextPath + "/";
				}
				return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
			}
			catch (URISyntaxException unreadable) {
				return contextPath + "/";
			}
		}

	};

	private static LoginUrlAuthenticationEntryPoint signInPage() {
		LoginUrlAuthenticationEntryPoint page = new LoginUrlAuthenticationEntryPoint("/login");
		page.setFavorRelativeUris(true);
		return page;
	}

	private static void signInFirst(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		if (!API.matches(request)) {
			SIGN_IN_PAGE.commence(request, response, exception);
			return;
		}
		// tells a script that a personal API token (see /account/tokens) is the other way in
		response.setHeader("WWW-Authenticate", "Bearer realm=\"detainee-tracker\"");
		Problems.write(request, response, HttpStatus.UNAUTHORIZED, "Sign in first: send Authorization: Bearer with "
				+ "a personal API token, or POST /login with username and password and then send the session cookie.");
	}

	private static final AccessDeniedHandler FORBIDDEN_PAGE = new AccessDeniedHandlerImpl();

	private static void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException, ServletException {
		if (!API.matches(request)) {
			FORBIDDEN_PAGE.handle(request, response, exception);
			return;
		}
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		if (exception instanceof CsrfException && (who == null || who instanceof AnonymousAuthenticationToken)) {
			// nobody signed in, so no CSRF token to send: what is missing is a credential, as for a read
			signInFirst(request, response, null);
			return;
		}
		Problems.write(request, response, HttpStatus.FORBIDDEN, exception instanceof CsrfException
				? "Send the session's CSRF token in the X-CSRF-TOKEN header." : "Your account may not do this.");
	}

	/**
	 * A database that cannot be reached is not a wrong password: the account could not even be looked
	 * up (Spring Security wraps that failure in an AuthenticationServiceException).
	 */
	private static void signInFailed(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String outcome = exception instanceof LockedException ? "locked"
				: exception instanceof AuthenticationServiceException ? "unavailable" : "error";
		response.sendRedirect(request.getContextPath() + "/login?" + outcome);
	}

	/**
	 * An admin is an editor, an editor an analyst. Every page asks what a reader's roles reach (to let
	 * it in, and for the links it shows): the answer for each set of roles is worked out once.
	 */
	@Bean
	static RoleHierarchy roleHierarchy() {
		RoleHierarchy roles = RoleHierarchyImpl.withDefaultRolePrefix().role("ADMIN").implies("EDITOR").role("EDITOR")
			.implies("ANALYST").build();
		Map<Collection<? extends GrantedAuthority>, Collection<? extends GrantedAuthority>> reached = new ConcurrentHashMap<>();
		return authorities -> {
			if (authorities == null || authorities.isEmpty()) {
				return roles.getReachableGrantedAuthorities(authorities);
			}
			Collection<? extends GrantedAuthority> known = reached.get(authorities);
			if (known != null) {
				return known;
			}
			if (reached.size() > 64) {
				reached.clear(); // a handful of sets exist; anything else is not worth keeping
			}
			Collection<? extends GrantedAuthority> reachable = List.copyOf(roles.getReachableGrantedAuthorities(authorities));
			reached.put(List.copyOf(authorities), reachable);
			return reachable;
		};
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordHashing.encoder();
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
