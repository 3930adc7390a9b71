package org.detaineetracker.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import org.detaineetracker.web.Problems;
import org.detaineetracker.web.Rules;

/**
 * Refuses a query string no page or API call can mean, with a 400 that says why, before anything
 * reads it: a percent-escape that is not UTF-8 ({@code ?q=%FF}), a NUL character ({@code ?q=%00},
 * which PostgreSQL cannot store or compare), or a page number past {@link Rules#MAX_PAGE} (whose
 * offset would overflow), or a sort that names no property ({@code ?sort=%25}, which Spring Data
 * would decode a second time and fail on). Form bodies are left to the forms, which refuse control characters.
 */
class QueryStringFilter extends OncePerRequestFilter {

	static final String NOT_UTF8 = "The address holds characters that are not UTF-8 text; check the link or the search words.";

	/** A sort as Spring Data reads it: a property name, optionally a direction. */
	private static final Pattern SORT = Pattern.compile("[A-Za-z][\\w.]*(,\\s*(?i:asc|desc))?|");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String problem = problem(request.getQueryString());
		if (problem == null) {
			chain.doFilter(request, response);
		}
		else if (problem.equals(NOT_UTF8)) {
			refuseUnreadable(request, response);
		}
		else {
			response.sendError(HttpStatus.BAD_REQUEST.value(), problem);
		}
	}

	/**
	 * Tomcat cannot read the parameters of such a request at all, and the error page's own dispatch
	 * would try (and fail with an empty 500): the page is rendered for the same request without its
	 * query string instead.
	 */
	private static void refuseUnreadable(HttpServletRequest request, HttpServletResponse response)
			throws ServletException, IOException {
		if (Problems.isApi(request)) {
			Problems.write(request, response, HttpStatus.BAD_REQUEST, NOT_UTF8);
			return;
		}
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.BAD_REQUEST.value());
		request.setAttribute(RequestDispatcher.ERROR_MESSAGE, NOT_UTF8);
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		request.getRequestDispatcher("/error").forward(new WithoutQuery(request), response);
	}

	private static final class WithoutQuery extends HttpServletRequestWrapper {

		WithoutQuery(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getQueryString() {
			return null;
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

	}

	/** What is wrong with a raw query string, in words, or null when nothing is. */
	static String problem(String query) {
		if (query == null || query.isEmpty()) {
			return null;
		}
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String name = decode(equals < 0 ? pair : pair.substring(0, equals));
			String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
			if (name == null || value == null) {
				return NOT_UTF8;
			}
			if (name.indexOf('\0') >= 0 || value.indexOf('\0') >= 0) {
				return "The parameter '" + name.replace("\0", "") + "' holds a NUL character, which no search or filter can use.";
			}
			if (name.equals("sort") && !SORT.matcher(value).matches()) {
				return "'" + value + "' is not a valid sort; expected a field name, optionally followed by ,asc or ,desc.";
			}
			if (name.equals("page") && value.strip().matches("\\d+")
					&& (value.strip().length() > 9 || Integer.parseInt(value.strip()) > Rules.MAX_PAGE)) {
				return "'" + value + "' is not a valid page; expected a number from 0 to " + Rules.MAX_PAGE + ".";
			}
		}
		return null;
	}

	/** Percent-decodes strictly as UTF-8 ({@code +} is a space); null when it is not UTF-8. */
	private static String decode(String encoded) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
		for (int i = 0; i < encoded.length(); i++) {
			char c = encoded.charAt(i);
			if (c == '%' && i + 2 < encoded.length() && Character.digit(encoded.charAt(i + 1), 16) >= 0 && Character.digit(encoded.charAt(i + 2), 16) >= 0) {
				bytes.write(Integer.parseInt(encoded, i + 1, i + 3, 16));
				i += 2;
			}
			else if (c == '%') {
				return null;
			}
			else {
				byte[] plain = String.valueOf(c == '+' ? ' ' : c).getBytes(StandardCharsets.UTF_8);
				bytes.write(plain, 0, plain.length);
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes.toByteArray()))
				.toString();
		}
		catch (CharacterCodingException notUtf8) {
			return null;
		}
	}

}
