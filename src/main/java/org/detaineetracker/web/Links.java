package org.detaineetracker.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to the pages around the current one that keep the request's filters. Built in the
 * controller: Thymeleaf does not let link attributes call into the request.
 */
public record Links(String previous, String next) {

	public static Links around(Page<?> page, HttpServletRequest request) {
		return new Links(page.hasPrevious() ? withPage(request, page.getNumber() - 1) : null,
				page.hasNext() ? withPage(request, page.getNumber() + 1) : null);
	}

	private static String withPage(HttpServletRequest request, int number) {
		return UriComponentsBuilder.fromPath(request.getRequestURI())
			.query(request.getQueryString())
			.replaceQueryParam("page", number)
			.build()
			.toUriString();
	}

}
