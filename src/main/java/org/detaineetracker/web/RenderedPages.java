package org.detaineetracker.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.detaineetracker.kernel.Audience;

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

	/** What the layout prints as it is in place of the page's own title and main. */
	public record Parts(String title, String main) {
	}

	/**
	 * The kept parts of one page: its {@code <title>} as markup and its {@code <main>} already encoded,
	 * so that a kept page of a hundred kilobytes is copied to the response rather than encoded again
	 * (which took a quarter of the time of a kept page: one minus sign makes the whole text
	 * two bytes a character, and Tomcat's encoder then takes its slow path).
	 */
	private record Kept(String title, byte[] main) {

		int size() {
			return title.length() + main.length;
		}

	}

	/** Where the kept main goes in the layout; markup no text of a record can produce (it would be escaped). */
	private static final String MAIN_GOES_HERE = "<!--kept main-->";

	private record Key(String view, String path, String query, long version, String roles, Locale locale,
			LocalDate today) {
	}

	private final ThymeleafViewResolver views;

	private final JdbcClient jdbc;

	private final long budget;

	private final Map<Key, Kept> kept = new LinkedHashMap<>(64, 0.75f, true);

	private long keptSize;

	RenderedPages(ThymeleafViewResolver views, JdbcClient jdbc,
			@Value("${tracker.rendered-pages.max-size:16000000}") long budget) {
		this.views = views;
		this.jdbc = jdbc;
		this.budget = budget;
	}

	/** The data version: one small statement, the only one a kept page issues. */
	public long version() {
		return jdbc.sql("select version from data_version").query(Long.class).single();
	}

	/**
	 * The page: its title and main as kept, or else rendered after {@code fill} has filled the model,
	 * and kept unless they carry a form token; the layout around them rendered for this request.
	 */
	public View page(String view, long version, Model model, Runnable fill, HttpServletRequest request,
			HttpServletResponse response) {
		Key key = new Key(view, request.getRequestURI(), request.getQueryString(), version, roles(),
				RequestContextUtils.getLocale(request), LocalDate.now(ZoneOffset.UTC));
		Kept parts = get(key);
		if (parts == null) {
			fill.run();
			String title = render(view + " :: title", model.asMap(), request, response);
			String main = render(view + " :: main", model.asMap(), request, response);
			parts = new Kept(title, main.getBytes(StandardCharsets.UTF_8));
			if (!main.contains("name=\"_csrf\"") && !title.contains("name=\"_csrf\"")) {
				put(key, parts);
			}
		}
		return new KeptPage(view, parts);
	}

	/** Renders the layout of the view for this request and puts the kept main into it as bytes. */
	private final class KeptPage implements View {

		private final String view;

		private final Kept parts;

		KeptPage(String view, Kept parts) {
			this.view = view;
			this.parts = parts;
		}

		@Override
		public String getContentType() {
			return MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";
		}

		@Override
		public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws IOException {
			Map<String, Object> around = new HashMap<>(model);
			around.put("rendered", new Parts(parts.title(), MAIN_GOES_HERE));
			String page = RenderedPages.this.render(view, around, request, response);
			int at = page.indexOf(MAIN_GOES_HERE);
			byte[] head = page.substring(0, at).getBytes(StandardCharsets.UTF_8);
			byte[] tail = page.substring(at + MAIN_GOES_HERE.length()).getBytes(StandardCharsets.UTF_8);
			response.setContentType(getContentType());
			response.setContentLengthLong((long) head.length + parts.main().length + tail.length);
			OutputStream out = response.getOutputStream();
			out.write(head);
			out.write(parts.main());
			out.write(tail);
		}

	}

	private synchronized Kept get(Key key) {
		return kept.get(key);
	}

	private synchronized void put(Key key, Kept parts) {
		if (parts.size() > budget / 4) {
			return;
		}
		Kept previous = kept.put(key, parts);
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

	/** The reader's roles and audience: a page kept for members never goes to a public reader. */
	private static String roles() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			return Audience.current().name();
		}
		return Audience.current().name() + ":" + authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.sorted()
			.collect(Collectors.joining(","));
	}

	private String render(String fragment, Map<String, ?> model, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			View view = views.resolveViewName(fragment, RequestContextUtils.getLocale(request));
			Captured captured = new Captured(response);
			view.render(model, request, captured);
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
