package org.detaineetracker.claim;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a paste larger than {@link ClaimLimits#MAX_REQUEST} with 413 and a reason, before anything
 * reads it. Without it Tomcat would refuse to parse such a form, its CSRF token would go unread, and
 * the editor would see "403 forbidden" for pasting too much. It runs before Spring Security and needs
 * nothing but the declared length. (Browsers always declare it for a form; a chunked form without one
 * meets Tomcat's own limit, which is set to the same size; the API reads a chunked body only up to
 * the limit.)
 */
class ClaimRequestSizeFilter extends OncePerRequestFilter {

	static final String TOO_LARGE = "The text is too long: the claim finder reads at most "
			+ String.format(Locale.ROOT, "%,d", ClaimLimits.MAX_TEXT_CHARS)
			+ " characters at a time. Send a shorter extract, such as the part about detainees.";

	private final JsonMapper json;

	ClaimRequestSizeFilter(JsonMapper json) {
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!"POST".equals(request.getMethod()) || request.getContentLengthLong() <= ClaimLimits.MAX_REQUEST.toBytes()) {
			chain.doFilter(request, response);
			return;
		}
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			var error = ClaimsApiController.ApiError.answer(HttpStatus.CONTENT_TOO_LARGE, TOO_LARGE).getBody();
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			json.writeValue(response.getWriter(), error);
		}
		else {
			// rendered by the error page, with a reference, like every other refusal
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value(), TOO_LARGE);
		}
	}

}
