package org.detaineetracker.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.ui.Model;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.detaineetracker.kernel.Audience;
import org.detaineetracker.kernel.DataChanges;
import org.detaineetracker.kernel.KeptAnswers;
import org.detaineetracker.kernel.Remembered;

/**
 * The title and {@code <main>} of a read page, rendered once per data version and kept, so that a
 * page people keep reloading costs no statement between writes (the version is remembered, see
 * {@link #version()}) instead of its queries and a hundred kilobytes of template work; a signed-in
 * reader's request answered so once is answered again without its controller (see {@link #door()}).
 * <p>
 * What a kept part may depend on is all in its key: the page and its query string, the data version
 * (moved by a trigger on every write, V43, so the next request after any write renders afresh), the
 * reader's roles (editor links), the language, and today's date (pages without a known-on date show
 * today). The layout around {@code <main>} is kept beside it, keyed also by what the layout shows of
 * the request (the citation's address, the feed, a public reader's "last updated"); what differs per
 * session, who is signed in and the sign-out form's CSRF token, is written into it per request (see
 * {@link Layout}). A part that carries a form token is never kept.
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
	 * two bytes a character, and Tomcat's encoder then takes its slow path). A main that is kept
	 * is kept deflated too, for browsers that accept gzip ({@link SplicedGzip}); null while not kept.
	 */
	private record Kept(String title, byte[] main, byte[] deflatedMain) {

		Kept keepable() {
			return new Kept(title, main, SplicedGzip.deflated(main));
		}

		int size() {
			return title.length() + main.length + (deflatedMain == null ? 0 : deflatedMain.length);
		}

	}

	/** Where the kept main goes in the layout; markup no text of a record can produce (it would be escaped). */
	private static final String MAIN_GOES_HERE = "<!--kept main-->";

	private record Key(String view, String path, String query, String roles, Locale locale, LocalDate today) {
	}

	private final ThymeleafViewResolver views;

	private final JdbcClient jdbc;

	private final Viewers viewers;

	private final KeptAnswers<Key, Kept> kept;

	private final KeptAnswers<LayoutKey, Layout> layouts;

	private final Remembered<Boolean, Long> version;

	/**
	 * Pages being filled at once, at most two fewer than the database pool's connections. Filling a
	 * page opens a transaction, and after a write the first pages wait in it, connection held, for
	 * the whole picture one of them works out (seconds at a million figures). Sixteen readers at once
	 * took all ten connections, and the six left over got a 503 after the pool's 3 s. A reader past
	 * the limit waits here instead, holding no connection, and finds the page kept once it is let in.
	 */
	private final Semaphore fills;

	/** How long a reader waits for a turn to fill a page before it is told to come back. */
	private static final long FILL_WAIT_SECONDS = 30;

	/**
	 * @param budget bytes of kept pages: seven eighths for mains, an eighth for the layouts around them
	 * @param connections the database pool's size, which bounds the pages filled at once
	 */
	RenderedPages(ThymeleafViewResolver views, JdbcClient jdbc, Viewers viewers, DataChanges changes,
			@Value("${tracker.rendered-pages.max-size:16000000}") long budget,
			@Value("${spring.datasource.hikari.maximum-pool-size:10}") int connections) {
		this.fills = new Semaphore(Math.max(1, connections - 2), true);
		this.version = new Remembered<>(changes, 1);
		this.views = views;
		this.jdbc = jdbc;
		this.viewers = viewers;
		this.kept = new KeptAnswers<>(budget - budget / 8, Kept::size);
		this.layouts = new KeptAnswers<>(budget / 8, Layout::size);
	}

	/** Bytes of layouts kept now: a layout a marker could not be found in is never kept. */
	public long layoutBytesKept() {
		return layouts.size();
	}

	/**
	 * The data version: one small statement, asked again only after the data may have changed
	 * ({@link DataChanges}), so a kept page between writes issues none.
	 */
	public long version() {
		return version.get(Boolean.TRUE, () -> jdbc.sql("select version from data_version").query(Long.class).single());
	}

	/**
	 * What a signed-in reader's request that was answered wholly from kept parts asked for: all that
	 * the page's key and its layout's key were made of (the citation is built from the address asked
	 * for, the feed from the path) and the Accept header, which could choose another handler.
	 */
	private record Asked(String path, String query, String roles, Locale locale, LocalDate today, String scheme,
			String host, int port, String accept) {

		static Asked of(HttpServletRequest request, String roles) {
			return new Asked(request.getRequestURI(), request.getQueryString(), roles, RequestContextUtils.getLocale(request),
					LocalDate.now(ZoneOffset.UTC), request.getScheme(), request.getServerName(), request.getServerPort(),
					request.getHeader("Accept"));
		}

	}

	/**
	 * How it was answered: the kept parts at that version, held by their handles so that answering
	 * again looks nothing up by key, and the route it took (for the request metrics).
	 */
	private record Answered(long version, KeptAnswers.Handle<Kept> parts, KeptAnswers.Handle<Layout> layout,
			Object pattern) {
	}

	/** Requests answered from kept parts, until the version moves; forgotten all together beyond this many. */
	private static final int ANSWERED_KEPT = 10_000;

	private final Map<Asked, Answered> answered = new ConcurrentHashMap<>();

	/**
	 * Answers a signed-in reader's GET that was answered from kept parts before, at this data version,
	 * straight from them: without finding the handler among a hundred mappings, filling the model
	 * for the date selector and the citation, or calling the controller, which together took two
	 * fifths of a kept page's time. Only what {@link KeptPage} recorded is answered, with the same
	 * pieces and the same writing, so the answer is the one the controller's way gives (a test
	 * compares them). It never asks the database anything: it answers only while the data version is
	 * remembered (see {@link #version()}), so after a write the controller's way answers until one of
	 * the pages that ask it (the facility page, the dashboard, the index) has asked again. A search
	 * reads its own version in a read-only transaction, which leaves the remembered one as it is.
	 */
	HandlerMapping door() {
		return new Door();
	}

	private final class Door implements HandlerMapping, Ordered {

		@Override
		public int getOrder() {
			// after the static assets' mapping, before every controller's
			return Ordered.HIGHEST_PRECEDENCE + 1;
		}

		@Override
		public HandlerExecutionChain getHandler(HttpServletRequest request) {
			if (request.getDispatcherType() != DispatcherType.REQUEST || !"GET".equals(request.getMethod())
					|| viewers.signedIn() == null) {
				return null;
			}
			Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
			if (flash != null && !flash.isEmpty()) {
				return null; // a confirmation to show: the layout is rendered for this request
			}
			Long current = version.peek(Boolean.TRUE);
			if (current == null) {
				return null;
			}
			Answered answer = answered.get(Asked.of(request, roles()));
			if (answer == null || answer.version() != current) {
				return null;
			}
			Kept parts = kept.read(answer.parts());
			Layout layout = layouts.read(answer.layout());
			if (parts == null || layout == null) {
				return null;
			}
			if (answer.pattern() != null) {
				request.setAttribute(BEST_MATCHING_PATTERN_ATTRIBUTE, answer.pattern());
				ServerHttpObservationFilter.findObservationContext(request)
					.ifPresent(observation -> observation.setPathPattern(answer.pattern().toString()));
			}
			return new HandlerExecutionChain((HttpRequestHandler) (req, response) -> {
				response.setLocale(RequestContextUtils.getLocale(req)); // as DispatcherServlet does before a view renders
				write(parts, layout, req, response);
			});
		}

	}

	/**
	 * The page: its title and main as kept, or else rendered after {@code fill} has filled the model,
	 * and kept unless they carry a form token; the layout around them rendered for this request.
	 */
	public View page(String view, long version, Model model, Runnable fill, HttpServletRequest request,
			HttpServletResponse response) {
		Key key = new Key(view, request.getRequestURI(), request.getQueryString(), roles(),
				RequestContextUtils.getLocale(request), LocalDate.now(ZoneOffset.UTC));
		Kept parts = kept.get(key, version);
		if (parts == null) {
			parts = filled(view, key, version, model, fill, request, response);
		}
		return new KeptPage(view, key, version, parts);
	}

	/**
	 * The page filled and rendered, one of at most {@link #fills} at once. A caller already in a
	 * transaction holds its connection anyway, so it goes ahead rather than wait holding it.
	 */
	private Kept filled(String view, Key key, long version, Model model, Runnable fill, HttpServletRequest request,
			HttpServletResponse response) {
		boolean waits = !TransactionSynchronizationManager.isActualTransactionActive();
		if (waits) {
			awaitTurn();
		}
		try {
			Kept meanwhile = waits ? kept.get(key, version) : null;
			if (meanwhile != null) {
				return meanwhile; // filled by a reader ahead in the queue
			}
			fill.run();
			String title = render(view + " :: title", model.asMap(), request, response);
			String main = withoutIndentation(render(view + " :: main", model.asMap(), request, response));
			Kept parts = new Kept(title, main.getBytes(StandardCharsets.UTF_8), null);
			if (!main.contains("name=\"_csrf\"") && !title.contains("name=\"_csrf\"")) {
				parts = parts.keepable();
				kept.put(key, version, parts);
			}
			return parts;
		}
		finally {
			if (waits) {
				fills.release();
			}
		}
	}

	private void awaitTurn() {
		try {
			if (fills.tryAcquire(FILL_WAIT_SECONDS, TimeUnit.SECONDS)) {
				return;
			}
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
		throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
				"Too many pages are being worked out at once; try again in a moment.");
	}

	/** Markup whose white space is shown as it is: tracker.css styles {@code .pasted-text p} {@code pre-wrap}. */
	static final List<String> KEEPS_WHITE_SPACE = List.of("<pre", "<textarea", "pasted-text");

	/**
	 * The markup with each run of white space between two tags that spans lines cut to one line
	 * break. It is the templates' indentation and the blank lines left where a {@code th:if} took an
	 * element out: an eighth of a facility page at a million figures (25 of 209 kilobytes), sent to
	 * every reader who does not ask for gzip and deflated again for those who do. A browser draws
	 * the page the same, since a line break between tags is white space as much as the run was;
	 * only text nodes of nothing but white space change, never a record's text (its {@code <} and
	 * {@code >} are escaped). A main with an element that keeps white space as it is ({@code <pre>},
	 * {@code <textarea>}, or one of {@link #KEEPS_WHITE_SPACE}) is left whole.
	 */
	static String withoutIndentation(String html) {
		if (KEEPS_WHITE_SPACE.stream().anyMatch(html::contains)) {
			return html;
		}
		StringBuilder out = new StringBuilder(html.length());
		int length = html.length();
		int i = 0;
		while (i < length) {
			char c = html.charAt(i);
			out.append(c);
			i++;
			if (c != '>') {
				continue;
			}
			int end = i;
			boolean lineBreak = false;
			while (end < length && Character.isWhitespace(html.charAt(end))) {
				lineBreak |= html.charAt(end) == '\n';
				end++;
			}
			if (lineBreak && end < length && html.charAt(end) == '<') {
				out.append('\n');
				i = end;
			}
		}
		return out.toString();
	}

	/**
	 * The layout around a kept main, kept too where nothing in it is of this request alone but who
	 * is signed in and the sign-out form's CSRF token: it is rendered once with markers in their
	 * places and cut there, and each request writes the pieces with its own name and token between
	 * them. The markers are random per process, so no text a reader sends can forge one; a layout
	 * in which they do not each appear where expected is rendered per request, as is one with a
	 * confirmation to show. A kept layout's pieces are kept deflated too; one rendered for a single
	 * request has none (null).
	 */
	private record Layout(byte[][] pieces, Slot[] slots, byte[][] deflated) {

		static Layout keepable(byte[][] pieces, Slot[] slots) {
			byte[][] deflated = new byte[pieces.length][];
			for (int i = 0; i < pieces.length; i++) {
				deflated[i] = SplicedGzip.deflated(pieces[i]);
			}
			return new Layout(pieces, slots, deflated);
		}

		int size() {
			int size = 0;
			for (int i = 0; i < pieces.length; i++) {
				size += pieces[i].length + (deflated == null ? 0 : deflated[i].length);
			}
			return size;
		}

	}

	/** What goes between two pieces of a kept layout. */
	private enum Slot {
		MAIN, NAME, TOKEN
	}

	/**
	 * What a layout shows besides what its main's key says: the citation (its address is built from
	 * the host asked for), the feed, and a public reader's "last updated".
	 */
	private record LayoutKey(Key main, Object citation, Object feed, Object publicDataVersion) {
	}

	private final String nameMarker = "kept-name-" + UUID.randomUUID();

	private final String tokenMarker = "kept-token-" + UUID.randomUUID();

	/** Renders the layout of the view for this request, or takes it as kept, and puts the kept main into it as bytes. */
	private final class KeptPage implements View {

		private final String view;

		private final Key key;

		private final long version;

		private final Kept parts;

		KeptPage(String view, Key key, long version, Kept parts) {
			this.view = view;
			this.key = key;
			this.version = version;
			this.parts = parts;
		}

		@Override
		public String getContentType() {
			return CONTENT_TYPE;
		}

		@Override
		public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws IOException {
			LayoutKey layoutKey = new LayoutKey(key, model.get("citation"), model.get("feed"), model.get("publicDataVersion"));
			Layout layout = layout(model, layoutKey, request, response);
			if (layout.deflated() != null && parts.deflatedMain() != null && request.getDispatcherType() == DispatcherType.REQUEST
					&& "GET".equals(request.getMethod()) && viewers.signedIn() != null) {
				KeptAnswers.Handle<Kept> partsKept = kept.find(key, version);
				KeptAnswers.Handle<Layout> layoutKept = layouts.find(layoutKey, version);
				if (partsKept != null && layoutKept != null) {
					if (answered.size() >= ANSWERED_KEPT) {
						answered.clear();
					}
					answered.put(Asked.of(request, key.roles()), new Answered(version, partsKept, layoutKept,
							request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE)));
				}
			}
			write(parts, layout, request, response);
		}

		private Layout layout(Map<String, ?> model, LayoutKey layoutKey, HttpServletRequest request,
				HttpServletResponse response) {
			boolean keepable = model.get("confirmation") == null;
			Layout layout = keepable ? layouts.get(layoutKey, version) : null;
			if (layout != null) {
				return layout;
			}
			Map<String, Object> around = new HashMap<>(model);
			around.put("rendered", new Parts(parts.title(), MAIN_GOES_HERE));
			Viewers.Viewer viewer = viewers.current();
			if (keepable) {
				around.put("keptViewer", new Viewers.Viewer(viewer.signedIn(), viewer.editor(), viewer.admin(), nameMarker));
			}
			HttpServletRequest marked = keepable ? new MarkedToken(request, tokenMarker) : request;
			String page = RenderedPages.this.render(view, around, marked, response);
			if (keepable) {
				layout = cut(page, viewer.signedIn());
				if (layout != null) {
					layouts.put(layoutKey, version, layout);
					return layout;
				}
				// A marker where none was expected (or missing): render this one for its reader alone.
				around.remove("keptViewer");
				page = RenderedPages.this.render(view, around, request, response);
			}
			int at = page.indexOf(MAIN_GOES_HERE);
			return new Layout(new byte[][] { page.substring(0, at).getBytes(StandardCharsets.UTF_8),
					page.substring(at + MAIN_GOES_HERE.length()).getBytes(StandardCharsets.UTF_8) }, new Slot[] { Slot.MAIN },
					null);
		}

	}

	private static final String CONTENT_TYPE = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";

	/** The layout's pieces with the main, this reader's name and token between them: gzip where kept and accepted. */
	private void write(Kept parts, Layout layout, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		Slot[] slots = layout.slots();
		List<SplicedGzip.Piece> pieces = new ArrayList<>(2 * slots.length + 1);
		for (int i = 0; i <= slots.length; i++) {
			pieces.add(new SplicedGzip.Piece(layout.pieces()[i], layout.deflated() == null ? null : layout.deflated()[i]));
			if (i < slots.length) {
				pieces.add(switch (slots[i]) {
					case MAIN -> new SplicedGzip.Piece(parts.main(), parts.deflatedMain());
					case NAME -> SplicedGzip.Piece.stored(HtmlUtils.htmlEscape(viewers.name()).getBytes(StandardCharsets.UTF_8));
					// Asked for only where the layout has the form: a visitor's page creates no token (and no session).
					case TOKEN -> SplicedGzip.Piece.stored(HtmlUtils
						.htmlEscape(((CsrfToken) request.getAttribute(CsrfToken.class.getName())).getToken())
						.getBytes(StandardCharsets.UTF_8));
				});
			}
		}
		response.setContentType(CONTENT_TYPE);
		response.addHeader("Vary", "Accept-Encoding");
		// Only what is kept has its deflated form: a layout or main rendered for this request alone goes as it is.
		if (layout.deflated() != null && parts.deflatedMain() != null && SplicedGzip.accepted(request)) {
			response.setHeader("Content-Encoding", "gzip");
			response.setContentLengthLong(SplicedGzip.length(pieces));
			SplicedGzip.write(pieces, response.getOutputStream());
			return;
		}
		long length = 0;
		for (SplicedGzip.Piece piece : pieces) {
			length += piece.plain().length;
		}
		response.setContentLengthLong(length);
		OutputStream out = response.getOutputStream();
		for (SplicedGzip.Piece piece : pieces) {
			out.write(piece.plain());
		}
	}

	/**
	 * The layout cut at its markers: the main once, and for a signed-in reader the name and the
	 * token once each; null if they are not there exactly so.
	 */
	private Layout cut(String page, boolean signedIn) {
		int expected = signedIn ? 3 : 1;
		List<byte[]> pieces = new ArrayList<>();
		List<Slot> slots = new ArrayList<>();
		int from = 0;
		while (true) {
			int main = page.indexOf(MAIN_GOES_HERE, from);
			int name = page.indexOf(nameMarker, from);
			int token = page.indexOf(tokenMarker, from);
			int at = first(main, name, token);
			if (at < 0) {
				break;
			}
			Slot slot = at == main ? Slot.MAIN : at == name ? Slot.NAME : Slot.TOKEN;
			pieces.add(page.substring(from, at).getBytes(StandardCharsets.UTF_8));
			slots.add(slot);
			from = at + (slot == Slot.MAIN ? MAIN_GOES_HERE : slot == Slot.NAME ? nameMarker : tokenMarker).length();
		}
		pieces.add(page.substring(from).getBytes(StandardCharsets.UTF_8));
		if (slots.size() != expected || slots.stream().distinct().count() != expected) {
			return null;
		}
		return Layout.keepable(pieces.toArray(byte[][]::new), slots.toArray(Slot[]::new));
	}

	private static int first(int... positions) {
		int first = -1;
		for (int position : positions) {
			if (position >= 0 && (first < 0 || position < first)) {
				first = position;
			}
		}
		return first;
	}

	/** The request as the layout sees it when it is rendered to be kept: the CSRF token is a marker. */
	private static final class MarkedToken extends HttpServletRequestWrapper {

		private final String marker;

		MarkedToken(HttpServletRequest request, String marker) {
			super(request);
			this.marker = marker;
		}

		@Override
		public Object getAttribute(String name) {
			Object value = super.getAttribute(name);
			if (value instanceof CsrfToken real && (name.equals(CsrfToken.class.getName()) || name.equals("_csrf"))) {
				return new CsrfToken() {

					@Override
					public String getHeaderName() {
						return real.getHeaderName();
					}

					@Override
					public String getParameterName() {
						return real.getParameterName();
					}

					@Override
					public String getToken() {
						return marker;
					}

				};
			}
			return value;
		}

	}

	/** The reader's roles and audience: a page kept for members never goes to a public reader. */
	private static String roles() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			return Audience.current().name();
		}
		Collection<? extends GrantedAuthority> authorities = authentication.getAuthorities();
		// an account has one role: each page asks, so the usual case skips sorting and joining
		String names = authorities.size() == 1 ? authorities.iterator().next().getAuthority()
				: authorities.stream().map(GrantedAuthority::getAuthority).sorted().collect(Collectors.joining(","));
		return Audience.current().name() + ":" + names;
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
