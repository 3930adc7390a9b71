package org.detaineetracker.api;

import java.time.LocalDate;
import java.time.ZoneOffset;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import org.detaineetracker.facility.Facility;
import org.detaineetracker.facility.FacilityKind;
import org.detaineetracker.facilitypage.FacilityFigures;
import org.detaineetracker.facilitypage.FacilityFilter;
import org.detaineetracker.facilitypage.FacilityIndex;
import org.detaineetracker.facilitypage.FacilityOrder;
import org.detaineetracker.facilitypage.FacilityPage;
import org.detaineetracker.facilitypage.FacilityPageService;
import org.detaineetracker.facilitypage.FacilityRow;
import org.detaineetracker.kernel.Audience;
import org.detaineetracker.kernel.FigureWords;
import org.detaineetracker.kernel.KeptAnswers;
import org.detaineetracker.kernel.KnownOn;
import org.detaineetracker.sourcepage.SourcePage;
import org.detaineetracker.sourcepage.SourceQueries;
import org.detaineetracker.web.RenderedPages;
import org.detaineetracker.web.SplicedGzip;

/**
 * The read-only JSON API for signed-in accounts. Every figure comes with its bounds, its as-of
 * date at its precision and its source; {@code knownOn} works as on the pages. Statement budgets are
 * those of the matching pages.
 */
@RestController
class ApiController {

	static final int MAX_PAGE_SIZE = 200;

	static final int DEFAULT_PAGE_SIZE = 50;

	static final String KNOWN_ON = "Show only what was known on this day (YYYY-MM-DD): figures whose source was published "
			+ "by then (a source dated to a month or year counts from its last day) and not retracted by then.";

	private final FacilityIndex index;

	private final FacilityPageService pages;

	private final SourceQueries sources;

	private final FigureWords words;

	private final RenderedPages rendered;

	private final JsonMapper json;

	private final KeptAnswers<CountsKey, KeptJson> keptCounts;

	ApiController(FacilityIndex index, FacilityPageService pages, SourceQueries sources, FigureWords words,
			RenderedPages rendered, JsonMapper json, @Value("${tracker.api-answers.max-size:16000000}") long budget) {
		this.index = index;
		this.pages = pages;
		this.sources = sources;
		this.words = words;
		this.rendered = rendered;
		this.json = json;
		this.keptCounts = new KeptAnswers<>(budget, KeptJson::size);
	}

	@GetMapping("/api/facilities")
	@Parameter(name = KnownOn.PARAMETER, in = ParameterIn.QUERY, description = KNOWN_ON,
			schema = @Schema(type = "string", format = "date"))
	@Parameter(name = "page", in = ParameterIn.QUERY, description = "The page, from 0.",
			schema = @Schema(type = "integer", minimum = "0", defaultValue = "0"))
	@Parameter(name = "size", in = ParameterIn.QUERY, description = "Facilities a page, at most " + MAX_PAGE_SIZE + ".",
			schema = @Schema(type = "integer", minimum = "1", maximum = "" + MAX_PAGE_SIZE, defaultValue = "" + DEFAULT_PAGE_SIZE))
	ApiViews.Page<ApiViews.FacilitySummary> facilities(
			@Parameter(hidden = true) @PageableDefault(size = DEFAULT_PAGE_SIZE) Pageable pageable,
			@RequestParam(required = false) String q, @RequestParam(required = false) String country,
			@RequestParam(required = false) FacilityKind kind, @RequestParam(required = false) String holder,
			@Parameter(description = "name (the default), kind, country, holder, figures or latest, optionally followed by "
					+ ",asc or ,desc; a group's sites follow it whatever the order.") @RequestParam(required = false) String sort,
			@Parameter(hidden = true) KnownOn knownOn, HttpServletRequest request) {
		requireValidPaging(request);
		org.springframework.data.domain.Page<FacilityRow> rows = index.find(FacilityFilter.of(country, kind, holder, q),
				knownOn, FacilityOrder.parse(sort), pageable);
		return new ApiViews.Page<>(rows.getContent().stream().map(ApiViews.FacilitySummary::of).toList(),
				pageable.getPageNumber(), pageable.getPageSize(), rows.getTotalElements(), rows.getTotalPages(),
				knownOn.date());
	}

	/**
	 * The pages' Pageable quietly turns a negative page into the first and cuts an oversized page
	 * down; the API answers 400 instead, as documented, so a client learns the limits.
	 */
	static void requireValidPaging(HttpServletRequest request) {
		if (!isWholeNumberBetween(request.getParameter("page"), 0, Integer.MAX_VALUE)
				|| !isWholeNumberBetween(request.getParameter("size"), 1, MAX_PAGE_SIZE)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE + ".");
		}
	}

	private static boolean isWholeNumberBetween(String value, int min, int max) {
		if (value == null) {
			return true;
		}
		try {
			int number = Integer.parseInt(value.strip());
			return number >= min && number <= max;
		}
		catch (NumberFormatException notANumber) {
			return false;
		}
	}

	@GetMapping("/api/facilities/{slug}")
	@Parameter(name = KnownOn.PARAMETER, in = ParameterIn.QUERY, description = KNOWN_ON,
			schema = @Schema(type = "string", format = "date"))
	ApiViews.FacilityView facility(@PathVariable String slug, @Parameter(hidden = true) KnownOn knownOn) {
		FacilityPage page = pages.load(slug, knownOn);
		Facility f = page.facility();
		return new ApiViews.FacilityView(f.getSlug(), f.getName(), f.getKind().name(), f.getStatus().name(),
				f.getCountryCode(), f.getAdmin1(), f.getAliases(),
				f.getLatitude() == null ? null : f.getLatitude().doubleValue(),
				f.getLongitude() == null ? null : f.getLongitude().doubleValue(),
				f.getCoordinatePrecision() == null ? null : f.getCoordinatePrecision().name(),
				ApiViews.FacilityRef.of(f.getParent()), f.getChildren().stream().map(ApiViews.FacilityRef::of).toList(),
				page.custodyPeriods().stream().map(ApiViews.CustodyView::of).toList(),
				page.estimates().own().stream().map(ApiViews.CohortView::of).toList(),
				page.estimates().group().stream().map(ApiViews.CohortView::of).toList(), knownOn.date(),
				"/api/facilities/" + f.getSlug() + "/counts", "/api/populations?facility=" + f.getSlug());
	}

	/**
	 * A facility's figures: the answer is kept per data version (like a facility page's main, see
	 * {@link RenderedPages}), so a client polling it between writes costs one statement, and the
	 * first answer after a write as many as before (the version, the facility, its figures; a
	 * group's sites' estimates one more).
	 */
	@GetMapping(path = "/api/facilities/{slug}/counts", produces = MediaType.APPLICATION_JSON_VALUE)
	@Parameter(name = KnownOn.PARAMETER, in = ParameterIn.QUERY, description = KNOWN_ON,
			schema = @Schema(type = "string", format = "date"))
	@ApiResponse(responseCode = "200", description = "The facility's figures known on the date, and its estimates.",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ApiViews.Counts.class)))
	ResponseEntity<byte[]> counts(@PathVariable String slug, @Parameter(hidden = true) KnownOn knownOn,
			HttpServletRequest request) {
		long version = rendered.version();
		CountsKey key = new CountsKey(slug, knownOn.date(), LocalDate.now(ZoneOffset.UTC), Audience.current());
		KeptJson answer = keptCounts.get(key, version);
		if (answer == null) {
			byte[] plain = json.writeValueAsBytes(counts(pages.figures(slug, knownOn), knownOn));
			answer = new KeptJson(plain, SplicedGzip.gzip(plain));
			keptCounts.put(key, version, answer);
		}
		var ok = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		// Most HTTP clients (browsers, Python's requests, curl --compressed) ask for gzip; the copy is made once.
		return SplicedGzip.accepted(request) ? ok.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(answer.gzip())
				: ok.body(answer.plain());
	}

	/** A kept answer and its gzip copy. */
	private record KeptJson(byte[] plain, byte[] gzip) {

		int size() {
			return plain.length + gzip.length;
		}

	}

	/** What a facility's figures depend on besides the data version: "now" is today's date. */
	private record CountsKey(String slug, LocalDate knownOn, LocalDate today, Audience audience) {
	}

	private ApiViews.Counts counts(FacilityFigures figures, KnownOn knownOn) {
		return new ApiViews.Counts(figures.facility().getSlug(), knownOn.date(),
				figures.counts().stream()
					.map(c -> ApiViews.CountView.of(c, words.words(c.getFigure()), figures.independentSources().get(c.getId()),
							c.isMarkedRetractedOn(knownOn)))
					.toList(),
				figures.estimates().own().stream().map(ApiViews.CohortView::of).toList());
	}

	@GetMapping("/api/sources/{id}")
	@Parameter(name = KnownOn.PARAMETER, in = ParameterIn.QUERY, description = KNOWN_ON,
			schema = @Schema(type = "string", format = "date"))
	ApiViews.SourceView source(@PathVariable long id, @Parameter(hidden = true) KnownOn knownOn) {
		SourcePage page = sources.load(id, knownOn);
		var s = page.source();
		long root = sources.rootOf(id);
		return new ApiViews.SourceView(s.getId(), s.getOutlet(), s.getTitle(), s.getUrl(), s.getKind().name(),
				ApiViews.DateView.of(s.getPublished()), s.getKnownFrom(),
				s.getCites() == null ? null : ApiViews.SourceRef.of(s.getCites()), root,
				page.citedBy().stream().map(ApiViews.SourceRef::of).toList(),
				page.counts().stream()
					.map(c -> new ApiViews.SourceCount(c.getId(), c.getFacility().getSlug(), c.getCohort().getSlug(),
							words.words(c.getFigure()), ApiViews.DateView.of(c.getAsOf()),
							"/api/facilities/" + c.getFacility().getSlug() + "/counts"))
					.toList(),
				s.getNote());
	}

	/** Anything else under /api is a JSON 404, not the HTML error page. */
	@Hidden
	@GetMapping("/api/**")
	void unknown() {
		throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such API resource.");
	}

}
