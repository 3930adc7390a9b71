package org.detaineetracker.web;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The title and {@code <main>} of a read page, rendered once per data version and kept, so that a
 * page people keep reloading costs the header around it and one statement instead of its queries
 * and a hundred kilobytes of template work.
 * <p>
 * What a kept part may depend on is all in its key: the page and its query string, the data version
 * (moved by a trigger on every write, V43, so the next request after any write renders afresh), the
 * reader's roles (editor links), the language, and today's date (pages without a known-on date show
 * today). What differs per session stays outside it: the layout around {@code <main>} (who is signed
 * in, the sign-out form with its CSRF token, the known-on bar, a confirmation) is rendered on every
 * request. A part that carries a form token is never kept.
 */
@Component
public class RenderedPages {

	/** The kept parts of one page: its {@code <title>} and its {@code <main>}, as rendered markup. */
	public record Parts(String title, String main) {

		int size() {
			return title.length() + main.length();
		}

	}

	private record Key(String view, String path, String query, long version, String roles, Locale locale,
			LocalDate today) {
	}

	private final ThymeleafViewResolver views;

	private final JdbcClient jdbc;

	private final long budget;

	private final Map<Key, Parts> kept = new LinkedHashMap<>(64, 0.75f, true);

	private long keptSize;

	RenderedPages(ThymeleafViewResolver views, JdbcClient jdbc,
			@Value("${tracker.rendered-pages.max-characters:16000000}") long budget) {
		this.views = views;
		this.jdbc = jdbc;
		this.budget = budget;
	}

	/** The data version: one small statement, the only one a kept page issues. */
	public long version() {
		return jdbc.sql("select version from data_version").query(Long.class).single();
	}

	/**
	 * Puts the page's parts in the model as {@code rendered} (the layout prints them as they are), from
	 * what is kept or else by filling the model with {@code fill} and rendering the view's title and
	 * main; returns the view to render around them.
	 */
	public String page(String view, long version, Model model, Runnable fill, HttpServletRequest request,
			HttpServletResponse response) {
		Key key = new Key(view, request.getRequestURI(), request.getQueryString(), version, roles(),
				RequestContextUtils.getLocale(request), LocalDate.now(ZoneOffset.UTC));
		Parts parts = get(key);
		if (parts == null) {
			fill.run();
			parts = new Parts(render(view + " :: title", model, request, response),
					render(view + " :: main", model, request, response));
			if (!parts.main().contains("name=\"_csrf\"") && !parts.title().contains("name=\"_csrf\"")) {
				put(key, parts);
			}
		}
		model.addAttribute("rendered", parts);
		return view;
	}

	private synchronized Parts get(Key key) {
		return kept.get(key);
	}

	private synchronized void put(Key key, Parts parts) {
		if (parts.size() > budget / 4) {
			return;
		}
		Parts previous = kept.put(key, parts);
		keptSize += parts.size() - (previous == null ? 0 : previous.size());
		var eldest = kept.entrySet().iterator();
		while (keptSize > budget && eldest.hasNext()) {
			keptSize -= eldest.next().getValue().size();
			eldest.remove();
		}
		// Parts of other versions are not asked for again; drop them at once rather than when the
		// budget runs out.
		kept.entrySet().removeIf(e -> {
			boolean old = e.getKey().version() != key.version();
			if (old) {
				keptSize -= e.getValue().size();
			}
			return old;
		});
	}

	private static String roles() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			return "";
		}
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.sorted()
			.collect(Collectors.joining(","));
	}

	private String render(String fragment, Model model, HttpServletRequest request, HttpServletResponse response) {
		try {
			View view = views.resolveViewName(fragment, RequestContextUtils.getLocale(request));
			Captured captured = new Captured(response);
			view.render(model.asMap(), request, captured);
			return captured.text();
		}
		catch (RuntimeException e) {
			throw e;
		}
		catch (Exception e) {
			throw new IllegalStateException("Could not render " + fragment, e);
		}
	}

	/** A response that keeps what is written to it and leaves the real one untouched. */
	private static final class Captured extends HttpServletResponseWrapper {

		private final StringWriter text = new StringWriter(16 * 1024);

		private final PrintWriter writer = new PrintWriter(text);

		Captured(HttpServletResponse response) {
			super(response);
		}

		@Override
		public PrintWriter getWriter() {
			return writer;
		}

		@Override
		public void setContentType(String type) {
		}

		@Override
		public void setCharacterEncoding(String charset) {
		}

		@Override
		public void setLocale(Locale locale) {
		}

		String text() {
			writer.flush();
			return text.toString();
		}

	}

}
