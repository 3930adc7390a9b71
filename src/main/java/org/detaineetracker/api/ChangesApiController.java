package org.detaineetracker.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import org.detaineetracker.kernel.KnownOn;

/**
 * The collections a script syncs: figures, movements with their reports, holders, cohorts and
 * sources, each paged in the order it last changed ({@code updatedAt}, then id) and filtered like
 * the pages. A client keeps the greatest {@code updatedAt} it has seen and asks again with
 * {@code updatedSince} set to a little before it (a save's time is when its transaction began, so
 * one still committing at the last sync can carry an earlier time): nothing is skipped.
 */
@RestController
class ChangesApiController {

	static final String UPDATED_SINCE = "Only records created or changed at or after this moment (ISO 8601 with an "
			+ "offset, such as 2026-01-31T00:00:00Z). Pass the greatest updatedAt of your last sync less a minute: "
			+ "updatedAt is when the saving transaction began, so a save still committing while you read can carry "
			+ "an earlier time. Records may come twice (match them by id), none is missed.";

	private final ChangeQueries queries;

	ChangesApiController(ChangeQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/api/counts")
	@Parameter(name = KnownOn.PARAMETER, in = ParameterIn.QUERY, description = ApiController.KNOWN_ON,
			schema = @Schema(type = "string", format = "date"))
	@Parameter(name = "page", in = ParameterIn.QUERY, description = "The page, from 0.",
			schema = @Schema(type = "integer", minimum = "0", defaultValue = "0"))
	@Parameter(name = "size", in = ParameterIn.QUERY, description = "Items a page, at most " + ApiController.MAX_PAGE_SIZE + ".",
			schema = @Schema(type = "integer", minimum = "1", maximum = "" + ApiController.MAX_PAGE_SIZE,
					defaultValue = "" + ApiController.DEFAULT_PAGE_SIZE))
	ApiViews.Page<ChangeViews.CountItem> counts(
			@Parameter(hidden = true) @PageableDefault(size = ApiController.DEFAULT_PAGE_SIZE) Pageable pageable,
			@Parameter(description = "A facility's slug.") @RequestParam(required = false) String facility,
			@Parameter(description = "A cohort's slug.") @RequestParam(required = false) String cohort,
			@Parameter(description = "The custody holder's slug named with the figure.") @RequestParam(required = false) String holder,
			@Parameter(description = "The facility's country, ISO 3166-1 alpha-2 (IQ).") @RequestParam(required = false) String country,
			@Parameter(description = "A source's id.") @RequestParam(required = false) String source,
			@Parameter(description = UPDATED_SINCE, schema = @Schema(type = "string", format = "date-time"))
			@RequestParam(required = false) String updatedSince,
			@Parameter(hidden = true) KnownOn knownOn, HttpServletRequest request) {
		ApiController.requireValidPaging(request);
		ChangeQueries.Filter filter = filter(facility, cohort, holder, country, source, updatedSince, knownOn);
		return page(queries.counts(filter, pageable.getPageNumber(), pageable.getPageSize()), pageable, knownOn,
				ChangeViews.CountItem::of);
	}

	@GetMapping("/api/movements")
	@Parameter(name = KnownOn.PARAMETER, in = ParameterIn.QUERY, description = ApiController.KNOWN_ON
			+ " A movement is listed when one of its reports is known, with only the reports that are.",
			schema = @Schema(type = "string", format = "date"))
	@Parameter(name = "page", in = ParameterIn.QUERY, description = "The page, from 0.",
			schema = @Schema(type = "integer", minimum = "0", defaultValue = "0"))
	@Parameter(name = "size", in = ParameterIn.QUERY, description = "Items a page, at most " + ApiController.MAX_PAGE_SIZE + ".",
			schema = @Schema(type = "integer", minimum = "1", maximum = "" + ApiController.MAX_PAGE_SIZE,
					defaultValue = "" + ApiController.DEFAULT_PAGE_SIZE))
	ApiViews.Page<ChangeViews.MovementItem> movements(
			@Parameter(hidden = true) @PageableDefault(size = ApiController.DEFAULT_PAGE_SIZE) Pageable pageable,
			@Parameter(description = "A facility's slug: movements from or to it.") @RequestParam(required = false) String facility,
			@Parameter(description = "A cohort's slug.") @RequestParam(required = false) String cohort,
			@Parameter(description = "The operator's (custody holder's) slug.") @RequestParam(required = false) String holder,
			@Parameter(description = "ISO 3166-1 alpha-2: movements from or to a facility there.") @RequestParam(required = false) String country,
			@Parameter(description = "A source's id: movements it reports.") @RequestParam(required = false) String source,
			@Parameter(description = UPDATED_SINCE + " A new or changed report changes its movement.",
					schema = @Schema(type = "string", format = "date-time"))
			@RequestParam(required = false) String updatedSince,
			@Parameter(hidden = true) KnownOn knownOn, HttpServletRequest request) {
		ApiController.requireValidPaging(request);
		ChangeQueries.Filter filter = filter(facility, cohort, holder, country, source, updatedSince, knownOn);
		return page(queries.movements(filter, pageable.getPageNumber(), pageable.getPageSize()), pageable, knownOn,
				ChangeViews.MovementItem::of);
	}

	@GetMapping("/api/holders")
	@Parameter(name = "page", in = ParameterIn.QUERY, description = "The page, from 0.",
			schema = @Schema(type = "integer", minimum = "0", defaultValue = "0"))
	@Parameter(name = "size", in = ParameterIn.QUERY, description = "Items a page, at most " + ApiController.MAX_PAGE_SIZE + ".",
			schema = @Schema(type = "integer", minimum = "1", maximum = "" + ApiController.MAX_PAGE_SIZE,
					defaultValue = "" + ApiController.DEFAULT_PAGE_SIZE))
	ApiViews.Page<ChangeViews.HolderItem> holders(
			@Parameter(hidden = true) @PageableDefault(size = ApiController.DEFAULT_PAGE_SIZE) Pageable pageable,
			@Parameter(description = "The holder's country, ISO 3166-1 alpha-2 (SY).") @RequestParam(required = false) String country,
			@Parameter(description = UPDATED_SINCE, schema = @Schema(type = "string", format = "date-time"))
			@RequestParam(required = false) String updatedSince,
			@Parameter(hidden = true) KnownOn knownOn, HttpServletRequest request) {
		ApiController.requireValidPaging(request);
		ChangeQueries.Filter filter = filter(null, null, null, country, null, updatedSince, knownOn);
		return page(queries.holders(filter, pageable.getPageNumber(), pageable.getPageSize()), pageable, knownOn,
				ChangeViews.HolderItem::of);
	}

	@GetMapping("/api/cohorts")
	@Parameter(name = "page", in = ParameterIn.QUERY, description = "The page, from 0.",
			schema = @Schema(type = "integer", minimum = "0", defaultValue = "0"))
	@Parameter(name = "size", in = ParameterIn.QUERY, description = "Items a page, at most " + ApiController.MAX_PAGE_SIZE + ".",
			schema = @Schema(type = "integer", minimum = "1", maximum = "" + ApiController.MAX_PAGE_SIZE,
					defaultValue = "" + ApiController.DEFAULT_PAGE_SIZE))
	ApiViews.Page<ChangeViews.CohortItem> cohorts(
			@Parameter(hidden = true) @PageableDefault(size = ApiController.DEFAULT_PAGE_SIZE) Pageable pageable,
			@Parameter(description = UPDATED_SINCE, schema = @Schema(type = "string", format = "date-time"))
			@RequestParam(required = false) String updatedSince,
			@Parameter(hidden = true) KnownOn knownOn, HttpServletRequest request) {
		ApiController.requireValidPaging(request);
		ChangeQueries.Filter filter = filter(null, null, null, null, null, updatedSince, knownOn);
		return page(queries.cohorts(filter, pageable.getPageNumber(), pageable.getPageSize()), pageable, knownOn,
				ChangeViews.CohortItem::of);
	}

	@GetMapping("/api/sources")
	@Parameter(name = KnownOn.PARAMETER, in = ParameterIn.QUERY, description = ApiController.KNOWN_ON,
			schema = @Schema(type = "string", format = "date"))
	@Parameter(name = "page", in = ParameterIn.QUERY, description = "The page, from 0.",
			schema = @Schema(type = "integer", minimum = "0", defaultValue = "0"))
	@Parameter(name = "size", in = ParameterIn.QUERY, description = "Items a page, at most " + ApiController.MAX_PAGE_SIZE + ".",
			schema = @Schema(type = "integer", minimum = "1", maximum = "" + ApiController.MAX_PAGE_SIZE,
					defaultValue = "" + ApiController.DEFAULT_PAGE_SIZE))
	ApiViews.Page<ChangeViews.SourceItem> sources(
			@Parameter(hidden = true) @PageableDefault(size = ApiController.DEFAULT_PAGE_SIZE) Pageable pageable,
			@Parameter(description = "A facility's slug: sources with a figure of it.") @RequestParam(required = false) String facility,
			@Parameter(description = UPDATED_SINCE, schema = @Schema(type = "string", format = "date-time"))
			@RequestParam(required = false) String updatedSince,
			@Parameter(hidden = true) KnownOn knownOn, HttpServletRequest request) {
		ApiController.requireValidPaging(request);
		ChangeQueries.Filter filter = filter(facility, null, null, null, null, updatedSince, knownOn);
		return page(queries.sources(filter, pageable.getPageNumber(), pageable.getPageSize()), pageable, knownOn,
				ChangeViews.SourceItem::of);
	}

	private static ChangeQueries.Filter filter(String facility, String cohort, String holder, String country,
			String source, String updatedSince, KnownOn knownOn) {
		String countryCode = blankToNull(country);
		if (countryCode != null && !countryCode.matches("[A-Z]{2}")) {
			throw bad("'" + country + "' is not a valid country; expected an ISO 3166-1 alpha-2 code in capitals, such as IQ.");
		}
		Long sourceId = null;
		if (blankToNull(source) != null) {
			try {
				sourceId = Long.parseLong(source.strip());
			}
			catch (NumberFormatException notANumber) {
				throw bad("'" + source + "' is not a valid source; expected a source's id, a whole number.");
			}
		}
		Instant since = updatedSince(updatedSince);
		return new ChangeQueries.Filter(blankToNull(facility), blankToNull(cohort), blankToNull(holder), countryCode,
				sourceId, since, knownOn.date());
	}

	private static <R, V> ApiViews.Page<V> page(ChangeQueries.Found<R> found, Pageable pageable, KnownOn knownOn,
			Function<R, V> view) {
		if (!found.unknown().isEmpty()) {
			throw bad(found.unknown().stream().map(ChangesApiController::unknownFilter).reduce((a, b) -> a + " " + b).orElseThrow());
		}
		List<V> items = found.rows().stream().map(view).toList();
		int pages = (int) ((found.total() + pageable.getPageSize() - 1) / pageable.getPageSize());
		return new ApiViews.Page<>(items, pageable.getPageNumber(), pageable.getPageSize(), found.total(), pages,
				knownOn.date());
	}

	private static String unknownFilter(String table) {
		return switch (table) {
			case "facility" -> "No facility with that slug is recorded.";
			case "cohort" -> "No cohort with that slug is recorded.";
			default -> "No custody holder with that slug is recorded.";
		};
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static ResponseStatusException bad(String reason) {
		return new ResponseStatusException(HttpStatus.BAD_REQUEST, reason);
	}

	/** The {@code updatedSince} parameter as a moment, null when not given; a 400 when unreadable. */
	static Instant updatedSince(String updatedSince) {
		if (blankToNull(updatedSince) == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(updatedSince.strip()).toInstant();
		}
		catch (DateTimeParseException unreadable) {
			throw bad("'" + updatedSince + "' is not a valid updatedSince; expected a moment with its offset, "
					+ "such as 2026-01-31T00:00:00Z.");
		}
	}

}
