package org.detaineetracker.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

import org.detaineetracker.kernel.KnownOn;

/**
 * Wires the "as known on" view into every page: handler methods may take a {@link KnownOn}, and
 * while a page is shown as known on a date every link it renders keeps that date, so the view
 * survives navigation without JavaScript or a session.
 */
@Configuration(proxyBeanMethods = false)
class KnownOnConfiguration implements WebMvcConfigurer {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new KnownOnArgumentResolver());
	}

	/**
	 * Spring Security registers the request data value processor (it adds CSRF tokens to forms);
	 * this wraps it rather than replacing it, adding the date to links.
	 */
	@Bean
	static BeanPostProcessor knownOnLinks() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof RequestDataValueProcessor processor && !(bean instanceof KnownOnLinks)) {
					return new KnownOnLinks(processor);
				}
				return bean;
			}

		};
	}

	static final class KnownOnLinks implements RequestDataValueProcessor {

		/** Paths whose links never carry the date: assets, sign-in and -out, admin pages. */
		private static final List<String> UNDATED = List.of("/css/", "/js/", "/webjars/", "/login", "/logout", "/admin",
				"/actuator", "/favicon");

		private final RequestDataValueProcessor delegate;

		KnownOnLinks(RequestDataValueProcessor delegate) {
			this.delegate = delegate;
		}

		@Override
		public String processAction(HttpServletRequest request, String action, String httpMethod) {
			return delegate.processAction(request, action, httpMethod);
		}

		@Override
		public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
			return delegate.processFormFieldValue(request, name, value, type);
		}

		@Override
		public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
			return delegate.getExtraHiddenFields(request);
		}

		@Override
		public String processUrl(HttpServletRequest request, String url) {
			return withDate(url, dateInQuery(request), request.getContextPath(), delegate.processUrl(request, url));
		}

		/**
		 * The date from the query string only: reading request parameters would parse a POST body, and
		 * a body too large to parse (the claim finder's 413) would then break the error page itself.
		 */
		private static String dateInQuery(HttpServletRequest request) {
			String query = request.getQueryString();
			if (query == null || !query.contains(KnownOn.PARAMETER + "=")) {
				return null;
			}
			return org.springframework.web.util.UriComponentsBuilder.newInstance()
				.query(query)
				.build()
				.getQueryParams()
				.getFirst(KnownOn.PARAMETER);
		}

		static String withDate(String original, String knownOn, String contextPath, String url) {
			if (knownOn == null || knownOn.isBlank() || url == null || !url.startsWith("/") || url.startsWith("//")
					|| url.contains(KnownOn.PARAMETER + "=")) {
				return url;
			}
			String path = url.substring(contextPath == null ? 0 : Math.min(contextPath.length(), url.length()));
			if (UNDATED.stream().anyMatch(path::startsWith)) {
				return url;
			}
			KnownOn date;
			try {
				date = KnownOn.parse(knownOn);
			}
			catch (RuntimeException malformed) {
				// The request itself answers 400; its error page keeps plain links.
				return url;
			}
			int hash = url.indexOf('#');
			String base = hash < 0 ? url : url.substring(0, hash);
			String fragment = hash < 0 ? "" : url.substring(hash);
			return base + (base.contains("?") ? "&" : "?") + KnownOn.PARAMETER + "=" + date.date() + fragment;
		}

	}

}
