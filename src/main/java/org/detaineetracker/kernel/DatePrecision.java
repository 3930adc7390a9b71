package org.detaineetracker.kernel;

import java.time.LocalDate;

/**
 * How much of a date a source actually gave: "21 January 2026", "January 2026" or "2026".
 * The stored date is the first day of that period.
 */
public enum DatePrecision {

	DAY, MONTH, YEAR;

	/** The first day of the period this precision leaves open around {@code date}. */
	public LocalDate truncate(LocalDate date) {
		return switch (this) {
			case DAY -> date;
			case MONTH -> date.withDayOfMonth(1);
			case YEAR -> date.withDayOfYear(1);
		};
	}

	/** The last day of the period that starts at {@code date}. */
	public LocalDate lastDay(LocalDate date) {
		return switch (this) {
			case DAY -> date;
			case MONTH -> date.withDayOfMonth(date.lengthOfMonth());
			case YEAR -> date.withDayOfYear(date.lengthOfYear());
		};
	}

}
