package org.detaineetracker.population;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.detaineetracker.kernel.DatePrecision;

/**
 * The days a partial date may mean: "21 January 2026" is one day, "January 2026" the whole month,
 * "2026" the whole year. A stored date with its precision becomes {@code (date, last day of the
 * period)}.
 */
public record Period(LocalDate first, LocalDate last) implements Comparable<Period> {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

	public Period {
		Objects.requireNonNull(first, "first");
		Objects.requireNonNull(last, "last");
		if (last.isBefore(first)) {
			throw new IllegalArgumentException("period ends before it starts: " + first + " – " + last);
		}
	}

	public static Period day(LocalDate day) {
		return new Period(day, day);
	}

	public static Period day(String isoDate) {
		return day(LocalDate.parse(isoDate));
	}

	public static Period month(int year, int month) {
		YearMonth period = YearMonth.of(year, month);
		return new Period(period.atDay(1), period.atEndOfMonth());
	}

	public static Period year(int year) {
		return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	/** The date as a source would write it, at the precision it is known. */
	public String words() {
		if (first.equals(last)) {
			return DAY.format(first);
		}
		if (first.getDayOfMonth() == 1 && last.equals(YearMonth.from(first).atEndOfMonth())) {
			return MONTH.format(first);
		}
		if (first.getDayOfYear() == 1 && last.equals(first.withDayOfYear(first.lengthOfYear()))) {
			return String.valueOf(first.getYear());
		}
		return DAY.format(first) + " – " + DAY.format(last);
	}

	/**
	 * The date with the word a sentence takes before it: "on 21 January 2026", "in February 2026",
	 * "in 2025"; a span reads "between" its two days.
	 */
	public String when() {
		if (first.equals(last)) {
			return "on " + words();
		}
		return precision().isPresent() ? "in " + words() : "between " + DAY.format(first) + " and " + DAY.format(last);
	}

	/**
	 * The precision a source gave this period with: a day, a month or a year; empty for any other
	 * span of days.
	 */
	public Optional<DatePrecision> precision() {
		for (DatePrecision precision : DatePrecision.values()) {
			if (precision.truncate(first).equals(first) && precision.lastDay(first).equals(last)) {
				return Optional.of(precision);
			}
		}
		return Optional.empty();
	}

	/** The later of two periods, either of which may be null: the one that starts later, or ends later. */
	static Period latest(Period a, Period b) {
		if (a == null) {
			return b;
		}
		return b == null || a.compareTo(b) >= 0 ? a : b;
	}

	@Override
	public int compareTo(Period other) {
		int byFirst = first.compareTo(other.first);
		return byFirst != 0 ? byFirst : last.compareTo(other.last);
	}

	static String words(LocalDate day) {
		return DAY.format(day);
	}

}
