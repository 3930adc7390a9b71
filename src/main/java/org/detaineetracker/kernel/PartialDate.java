package org.detaineetracker.kernel;

import java.time.LocalDate;
import java.util.Objects;

/** A date known only to a day, a month or a year; {@code date} is the first day of that period. */
public record PartialDate(LocalDate date, DatePrecision precision) implements Comparable<PartialDate> {

	public PartialDate {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(precision, "precision");
		date = precision.truncate(date);
	}

	/** Null when the date is unknown, so entities can expose optional dates without ceremony. */
	public static PartialDate ofNullable(LocalDate date, DatePrecision precision) {
		return date == null || precision == null ? null : new PartialDate(date, precision);
	}

	public LocalDate lastDay() {
		return precision.lastDay(date);
	}

	@Override
	public int compareTo(PartialDate other) {
		int byDate = date.compareTo(other.date);
		return byDate != 0 ? byDate : precision.compareTo(other.precision);
	}

}
