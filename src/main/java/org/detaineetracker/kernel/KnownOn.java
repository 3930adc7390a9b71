package org.detaineetracker.kernel;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The "as known on" view: what the tracker knew on a date. A figure was known on D when its source
 * counts as known by then (published on or before D; a source dated only to a month or a year counts
 * from the last day of that period, the SQL function {@code known_from}) and it had not been retracted by
 * the end of D (UTC). Without a date, everything recorded now is shown.
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

	/** The last day a source may count as known from: the date, or far in the future for "now". */
	public LocalDate latestKnownFrom() {
		return date != null ? date : FAR_FUTURE;
	}

	/** A figure retracted before this moment was retracted "by then": the start of the next day, UTC. */
	public Instant retractedBefore() {
		return latestKnownFrom().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	/** Whether something known from {@code knownFrom} (a source's first day) was known by then. */
	public boolean knows(LocalDate knownFrom) {
		return date == null || !knownFrom.isAfter(date);
	}

	/**
	 * Whether a figure is shown at all: now, every figure is (retracted ones marked as such); on a
	 * past date, only those whose source was known then and that had not yet been retracted.
	 */
	public boolean shows(LocalDate knownFrom, Instant retractedAt) {
		if (date == null) {
			return true;
		}
		return knows(knownFrom) && (retractedAt == null || !retractedAt.isBefore(retractedBefore()));
	}

	/** Whether a figure counts towards estimates: shown, and not retracted as far as was known. */
	public boolean counts(LocalDate knownFrom, Instant retractedAt) {
		return shows(knownFrom, retractedAt) && (date != null || retractedAt == null);
	}

	/** Whether a retracted figure is to be marked so: only in the view of now (on a past date hidden ones are gone). */
	public boolean marksRetracted(Instant retractedAt) {
		return date == null && retractedAt != null;
	}
}
