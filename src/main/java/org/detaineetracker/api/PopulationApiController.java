package org.detaineetracker.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import org.detaineetracker.kernel.KnownOn;
import org.detaineetracker.population.PopulationHistory;

/**
 * {@code GET /api/populations}: how many people the population model puts at a facility, with a
 * holder or in a country, per cohort over time, with the ids of the evidence behind each point. One
 * statement while the model's whole picture is current (the data version with the whole history of
 * reports of the places asked about).
 */
@RestController
class PopulationApiController {

	static final String FILTERS = "Give at most one of facility, holder and country; with none, every facility and "
			+ "group, paged.";

	private final PopulationHistory population;

	private final JdbcClient jdbc;

	PopulationApiController(PopulationHistory population, JdbcClient jdbc) {
		this.population = population;
		this.jdbc = jdbc;
	}

	@GetMapping("/api/populations")
	@Parameter(name = KnownOn.PARAMETER, in = ParameterIn.QUERY, description = ApiController.KNOWN_ON
			+ " The estimates are for that day (without it, for today).", schema = @Schema(type = "string", format = "date"))
	@Parameter(name = "page", in = ParameterIn.QUERY, description = "The page, from 0.",
			schema = @Schema(type = "integer", minimum = "0", defaultValue = "0"))
	@Parameter(name = "size", in = ParameterIn.QUERY,
			description = "Series a page, at most " + ApiController.MAX_PAGE_SIZE + ".",
			schema = @Schema(type = "integer", minimum = "1", maximum = "" + ApiController.MAX_PAGE_SIZE,
					defaultValue = "" + ApiController.DEFAULT_PAGE_SIZE))
	ApiViews.Page<PopulationViews.Series> populations(
			@Parameter(hidden = true) @PageableDefault(size = ApiController.DEFAULT_PAGE_SIZE) Pageable pageable,
			@Parameter(description = "A facility's or group's slug. " + FILTERS) @RequestParam(required = false) String facility,
			@Parameter(description = "A custody holder's slug: its totals, as on its page. " + FILTERS)
			@RequestParam(required = false) String holder,
			@Parameter(description = "An ISO 3166-1 alpha-2 code (IQ): what is held in its custody. " + FILTERS)
			@RequestParam(required = false) String country,
			@Parameter(description = "A cohort's slug (isis-detainees); without it, every cohort.")
			@RequestParam(required = false) String cohort,
			@Parameter(description = "Only points on or after this day (YYYY-MM-DD).", schema = @Schema(type = "string", format = "date"))
			@RequestParam(required = false) String from,
			@Parameter(description = "Only points on or before this day (YYYY-MM-DD).", schema = @Schema(type = "string", format = "date"))
			@RequestParam(required = false) String to,
			@Parameter(description = "A moment with its offset (2026-01-31T00:00:00Z). Populations are worked out from "
					+ "every record, so any change may move any of them: with updatedSince the answer is empty when "
					+ "nothing was written since then, and whole otherwise.")
			@RequestParam(required = false) String updatedSince,
			@Parameter(hidden = true) KnownOn knownOn, HttpServletRequest request) {
		ApiController.requireValidPaging(request);
		Instant since = ChangesApiController.updatedSince(updatedSince);
		String facilitySlug = blankToNull(facility);
		String holderSlug = blankToNull(holder);
		String countryCode = blankToNull(country);
		if (Stream.of(facilitySlug, holderSlug, countryCode).filter(v -> v != null).count() > 1) {
			throw bad(FILTERS);
		}
		if (countryCode != null && !PopulationHistory.isCountryCode(countryCode)) {
			throw bad("'" + country + "' is not a valid country; expected an ISO 3166-1 alpha-2 code in capitals, such as IQ.");
		}
		LocalDate fromDay = date("from", from);
		LocalDate toDay = date("to", to);
		if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
			throw bad("from (" + fromDay + ") is after to (" + toDay + ").");
		}
		if (since != null && !jdbc.sql("select updated_at from data_version").query(Instant.class).single().isAfter(since)) {
			return new ApiViews.Page<>(List.of(), pageable.getPageNumber(), pageable.getPageSize(), 0, 0, knownOn.date());
		}
		PopulationHistory.SeriesPage found;
		try {
			found = population.series(new PopulationHistory.Query(facilitySlug, holderSlug, countryCode, blankToNull(cohort),
					fromDay, toDay, pageable.getPageNumber(), pageable.getPageSize()), knownOn);
		}
		catch (IllegalArgumentException unknown) {
			throw bad(unknown.getMessage());
		}
		boolean paged = facilitySlug == null && holderSlug == null && countryCode == null;
		var items = found.series().stream().map(PopulationViews.Series::of).toList();
		if (!paged && pageable.getPageNumber() > 0) {
			items = java.util.List.of();
		}
		long total = found.total();
		int pages = (int) ((total + pageable.getPageSize() - 1) / pageable.getPageSize());
		return new ApiViews.Page<>(items, pageable.getPageNumber(), pageable.getPageSize(), total, pages, knownOn.date());
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static LocalDate date(String name, String value) {
		if (blankToNull(value) == null) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw bad("'" + value + "' is not a valid " + name + "; expected a date written YYYY-MM-DD, such as 2026-03-01.");
		}
	}

	private static ResponseStatusException bad(String reason) {
		return new ResponseStatusException(HttpStatus.BAD_REQUEST, reason);
	}

}
