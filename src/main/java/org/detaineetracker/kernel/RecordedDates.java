package org.detaineetracker.kernel;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;

/**
 * The dates the tracker accepts anywhere (as-of, publication, custody and movement dates, "known
 * on"): from 1 January 1900 to the end of next year. Nothing it records happened earlier, and the
 * database's date type would otherwise take a year such as -1 (2 BC) or -999999999 and fail on it.
 */
public final class RecordedDates {

	public static final int FIRST_YEAR = 1900;

	private RecordedDates() {
	}

	public static LocalDate earliest() {
		return LocalDate.of(FIRST_YEAR, 1, 1);
	}

	public static LocalDate latest(Clock clock) {
		return Year.now(clock).plusYears(1).atMonth(12).atEndOfMonth();
	}

	public static boolean accepts(LocalDate date, Clock clock) {
		return date != null && !date.isBefore(earliest()) && !date.isAfter(latest(clock));
	}

	/** "between 1900-01-01 and 2027-12-31", for messages. */
	public static String range(Clock clock) {
		return "between " + earliest() + " and " + latest(clock);
	}

}
