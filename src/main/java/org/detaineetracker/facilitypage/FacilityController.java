package org.detaineetracker.facilitypage;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.servlet.View;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.detaineetracker.facility.Facility;
import org.detaineetracker.facility.FacilityKind;
import org.detaineetracker.history.History;
import org.detaineetracker.history.HistoryService;
import org.detaineetracker.kernel.KnownOn;
import org.detaineetracker.population.PopulationService;
import org.detaineetracker.web.Links;
import org.detaineetracker.web.RecordNotFoundException;
import org.detaineetracker.web.RenderedPages;

/**
 * The facilities index (filtered, paged, as known on a date), a facility's page and its history.
 */
@Controller
class FacilityController {

	private final FacilityIndex index;

	private final FacilityPageRepository facilities;

	private final FacilityPageService pages;

	private final FilterOptions options;

	private final HistoryService history;

	private final RenderedPages rendered;

	private final PopulationService population;

	FacilityController(FacilityIndex index, FacilityPageRepository facilities, FacilityPageService pages, FilterOptions options,
			HistoryService history, RenderedPages rendered, PopulationService population) {
		this.rendered = rendered;
		this.index = index;
		this.facilities = facilities;
		this.pages = pages;
		this.options = options;
		this.history = history;
		this.population = population;
	}

	/**
	 * The index: its main is kept per data version, query string, roles and language like a facility
	 * page's (see {@link RenderedPages}), so a list read again before the next write costs one
	 * statement; filters and order are checked first, so a bad one is a 400 whether or not it is kept.
	 */
	@GetMapping("/facilities")
	View list(@RequestParam(required = false) String country, @RequestParam(required = false) FacilityKind kind,
			@RequestParam(required = false) String holder, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @PageableDefault(size = 25) Pageable pageable, KnownOn knownOn,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		FacilityFilter filter = FacilityFilter.of(country, kind, holder, q);
		FacilityOrder order = FacilityOrder.parse(sort);
		long version = rendered.version();
		return rendered.page("facilities/list", version, model, () -> {
			Page<FacilityRow> page = index.find(filter, knownOn, order, pageable, version);
			model.addAttribute("page", page);
			model.addAttribute("order", order);
			model.addAttribute("sortLinks", sortLinks(order, request));
			// each site's estimate now (or on the known-on date) from the population's whole picture,
			// grouped by site once per picture: no statement while it is current, whatever the rows
			model.addAttribute("estimates", population.sitesByPlace(knownOn, version));
			model.addAttribute("links", Links.around(page, request));
			FilterOptions.Choices choices = options.load(version);
			model.addAttribute("countries", choices.countries());
			model.addAttribute("holders", choices.holders());
			model.addAttribute("kinds", FacilityKind.values());
			model.addAttribute("country", filter.country());
			model.addAttribute("kind", filter.kind());
			model.addAttribute("holder", filter.holder());
			model.addAttribute("q", filter.query());
		}, request, response);
	}

	/**
	 * Each heading's link: the same filters and date, the first page, the column's next order. Built
	 * here because Thymeleaf's link expressions cannot copy the request's other parameters.
	 */
	private static java.util.Map<String, String> sortLinks(FacilityOrder order, HttpServletRequest request) {
		java.util.Map<String, String> links = new java.util.HashMap<>();
		for (FacilityOrder.Column column : FacilityOrder.Column.values()) {
			links.put(column.parameter(), org.springframework.web.util.UriComponentsBuilder.fromPath(request.getRequestURI())
				.query(request.getQueryString())
				.replaceQueryParam("page")
				.replaceQueryParam("sort", order.next(column).parameter())
				.build()
				.toUriString());
		}
		return links;
	}

	/**
	 * A facility's page: its parts are kept per data version (see {@link RenderedPages}), so a page
	 * read again before the next write issues no statement and, for a signed-in reader, does not
	 * come here at all.
	 */
	@GetMapping("/facilities/{slug}")
	View show(@PathVariable String slug, KnownOn knownOn, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		model.addAttribute("feed", "/feeds/facilities/" + slug + ".atom");
		return rendered.page("facilities/show", rendered.version(), model,
				() -> model.addAttribute("page", pages.page(slug, knownOn)), request, response);
	}

	/**
	 * The facility's population chart for other sites to frame (see the README's "Embeds"): what
	 * the facility page shows of it, without the page around it.
	 */
	@GetMapping("/embed/facilities/{slug}")
	String embed(@PathVariable String slug, KnownOn knownOn, Model model) {
		model.addAttribute("page", pages.page(slug, knownOn));
		return "embed/facility";
	}

	/**
	 * Who changed the facility and its figures, and how, newest first, {@value #HISTORY_PAGE} entries
	 * a page: one import can add a hundred thousand figures to a facility in one revision.
	 */
	@GetMapping("/facilities/{slug}/history")
	String history(@PathVariable String slug, @PageableDefault(size = HISTORY_PAGE) Pageable pageable,
			HttpServletRequest request, Model model) {
		Facility facility = this.facilities.findBySlug(slug).orElseThrow(() -> new RecordNotFoundException("facility", slug));
		List<History.Entry> entries = history.ofFacility(facility.getId());
		int from = (int) Math.min(pageable.getOffset(), entries.size());
		Page<History.Entry> page = new PageImpl<>(
				entries.subList(from, Math.min(from + pageable.getPageSize(), entries.size())), pageable, entries.size());
		model.addAttribute("facility", facility);
		model.addAttribute("history", page.getContent());
		model.addAttribute("page", page);
		model.addAttribute("links", Links.around(page, request));
		return "facilities/history";
	}

	static final int HISTORY_PAGE = 200;

}
