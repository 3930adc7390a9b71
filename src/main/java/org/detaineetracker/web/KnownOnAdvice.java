package org.detaineetracker.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import org.detaineetracker.kernel.KnownOn;

/**
 * Every page gets what the layout needs for the date selector and the banner: the date in force,
 * the current path and its other query parameters (so choosing a date keeps, say, the search), and
 * how to cite the page.
 */
@ControllerAdvice
class KnownOnAdvice {

	@ModelAttribute
	void knownOn(HttpServletRequest request, Model model) {
		KnownOn knownOn = read(request);
		model.addAttribute("knownOn", knownOn);
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!isAnalystPage(request, path)) {
			// forms, their answers and admin pages get no date selector: it would copy form fields
			// (version, values) into a GET form, and "as known on" means nothing to an editor's form
			return;
		}
		model.addAttribute("currentPath", path);
		Map<String, String> others = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (!name.equals(KnownOn.PARAMETER) && !name.equals("page") && !name.startsWith("_") && values.length > 0) {
				others.put(name, values[0]);
			}
		});
		model.addAttribute("currentParameters", others);
		model.addAttribute("citation", cite(request, path, others, knownOn));
	}

	/**
	 * How to cite an analyst page: its address with the date fixed, so the link shows what was cited;
	 * and, for a page with an embed view, that view's address with the same date (else null).
	 */
	public record Citation(String url, LocalDate date, String embed) {
	}

	/** Pages with an embed view at {@code /embed} + their path: a facility's chart, the map. */
	private static final Pattern EMBEDDABLE = Pattern.compile("/facilities/[^/]+|/map");

	/**
	 * The page's address as known on its date, or on today's date when it shows today: later
	 * figures then stay out of what a reader who follows the link sees.
	 */
	private static Citation cite(HttpServletRequest request, String path, Map<String, String> others, KnownOn knownOn) {
		LocalDate date = knownOn.isActive() ? knownOn.date() : LocalDate.now(ZoneOffset.UTC);
		UriComponentsBuilder url = ServletUriComponentsBuilder.fromContextPath(request).path(path);
		others.forEach(url::queryParam);
		url.queryParam(KnownOn.PARAMETER, date);
		String embed = null;
		if (EMBEDDABLE.matcher(path).matches()) {
			UriComponentsBuilder view = ServletUriComponentsBuilder.fromContextPath(request).path("/embed" + path);
			others.forEach(view::queryParam);
			embed = view.queryParam(KnownOn.PARAMETER, date).encode().build().toUriString();
		}
		return new Citation(url.encode().build().toUriString(), date, embed);
	}

	private static boolean isAnalystPage(HttpServletRequest request, String path) {
		boolean reading = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
		boolean form = path.endsWith("/new") || path.endsWith("/edit") || path.endsWith("/retract")
				|| path.startsWith("/claims") || path.startsWith("/admin") || path.startsWith("/login")
				|| path.startsWith("/imports");
		return reading && !form;
	}

	/**
	 * A malformed date fails every analyst page with a 400 that gives the reason, even pages whose
	 * handler does not read it; the error page that then reports it shows the view of now. Admin
	 * pages (accounts, exports with their own knownOn) are not analyst pages and are left alone.
	 */
	private static KnownOn read(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/admin")) {
			return KnownOn.now();
		}
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			// An error page shows the view of now, and never reads the parameters: the error may be
			// that the request's body was too large to parse (the claim finder's 413).
			return KnownOn.now();
		}
		return KnownOn.parse(request.getParameter(KnownOn.PARAMETER));
	}

}
