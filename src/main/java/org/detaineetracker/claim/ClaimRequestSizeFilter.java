package org.detaineetracker.claim;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import org.detaineetracker.web.Problems;

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

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!"POST".equals(request.getMethod()) || request.getContentLengthLong() <= ClaimLimits.MAX_REQUEST.toBytes()) {
			chain.doFilter(request, response);
			return;
		}
		if (Problems.isApi(request)) {
			Problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, TOO_LARGE);
		}
		else {
			// rendered by the error page, with a reference, like every other refusal
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value(), TOO_LARGE);
		}
	}

}
