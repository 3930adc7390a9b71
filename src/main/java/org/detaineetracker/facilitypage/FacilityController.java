package org.detaineetracker.facilitypage;

import org.detaineetracker.facility.Facility;


import org.detaineetracker.facility.FacilityRow;

import org.detaineetracker.facility.FacilityKind;


import org.detaineetracker.facility.FacilityRepository;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import org.detaineetracker.history.HistoryService;
import org.detaineetracker.kernel.KnownOn;
import org.detaineetracker.web.Links;
import org.detaineetracker.web.RecordNotFoundException;


@Controller
class FacilityController {

	private final FacilityRepository facilities;

	private final FacilityPageService pages;

	private final FilterOptions options;

	private final HistoryService history;

	FacilityController(FacilityRepository facilities, FacilityPageService pages, FilterOptions options,
			HistoryService history) {
		this.facilities = facilities;
		this.pages = pages;
		this.options = options;
		this.history = history;
	}

	@GetMapping("/facilities")
	String list(@RequestParam(required = false) String country, @RequestParam(required = false) FacilityKind kind,
			@RequestParam(required = false) String holder, @RequestParam(required = false) String q,
			@PageableDefault(size = 25) Pageable pageable, KnownOn knownOn, HttpServletRequest request, Model model) {
		String countryCode = blankToNull(country);
		if (countryCode != null && !countryCode.matches("[A-Za-z]{2}")) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"Country must be a two-letter ISO 3166-1 code such as SY or IQ, not '" + country + "'.");
		}
		String search = blankToNull(q);
		Page<FacilityRow> page = facilities.findRows(countryCode == null ? null : countryCode.toUpperCase(Locale.ROOT),
				kind, blankToNull(holder), search, knownOn.latestKnownFrom(), knownOn.retractedBefore(), byName(pageable));
		model.addAttribute("page", page);
		model.addAttribute("links", Links.around(page, request));
		FilterOptions.Choices choices = options.load();
		model.addAttribute("countries", choices.countries());
		model.addAttribute("holders", choices.holders());
		model.addAttribute("kinds", FacilityKind.values());
		model.addAttribute("country", countryCode == null ? null : countryCode.toUpperCase(Locale.ROOT));
		model.addAttribute("kind", kind);
		model.addAttribute("holder", blankToNull(holder));
		model.addAttribute("q", search);
		return "facilities/list";
	}

	@GetMapping("/facilities/{slug}")
	String show(@PathVariable String slug, KnownOn knownOn, Model model) {
		model.addAttribute("page", pages.load(slug, knownOn));
		return "facilities/show";
	}

	/** The index is always in name order; a client's own sort parameter is not passed into the query. */
	/** Who changed the facility and its figures, and how. */
	@GetMapping("/facilities/{slug}/history")
	String history(@PathVariable String slug, Model model) {
		Facility facility = facilities.findBySlug(slug).orElseThrow(() -> new RecordNotFoundException("facility", slug));
		model.addAttribute("facility", facility);
		model.addAttribute("history", history.ofFacility(facility.getId()));
		return "facilities/history";
	}

	private static Pageable byName(Pageable pageable) {
		return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("name"));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
