package org.detaineetracker.kernel;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The date of the "as known on" view, read from the request: a day, or none for "now". The rule of
 * what was known then is not here: queries call the SQL functions {@code source_known_on} and
 * {@code count_known_on} (V70) with {@link #latestKnownFrom()}, and what is filtered in memory uses
 * {@link KnownOnRule}.
 *
 * @param date the day, or null for "now"
 */
public record KnownOn(LocalDate date) {

	public static final String PARAMETER = "knownOn";

	private static final KnownOn NOW = new KnownOn(null);

	/** Stands in for "no date" in queries, so they need no null parameters. */
	private static final LocalDate FAR_FUTURE = LocalDate.of(9999, 12, 30);

	public static KnownOn now() {
		return NOW;
	}

	/**
	 * Reads the {@value #PARAMETER} parameter: empty or absent means now; anything but a date written
	 * YYYY-MM-DD is a 400 that says so.
	 */
	public static KnownOn parse(String value) {
		if (value == null || value.isBlank()) {
			return NOW;
		}
		LocalDate date;
		try {
			date = LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException malformed) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"'" + value + "' is not a valid knownOn; expected a date written YYYY-MM-DD, such as 2025-12-31.");
		}
		if (!RecordedDates.accepts(date, Clock.systemUTC())) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"'" + value + "' is not a valid knownOn; expected a date " + RecordedDates.range(Clock.systemUTC()) + ".");
		}
		return new KnownOn(date);
	}

	public boolean isActive() {
		return date != null;
	}

	/**
	 * The day the queries pass to the SQL functions: the date, or far in the future for "now" (every
	 * source known, no retracted figure counted).
	 */
	public LocalDate latestKnownFrom() {
		return date != null ? date : FAR_FUTURE;
	}

}
