package org.detaineetracker.claim.reading;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.detaineetracker.kernel.DatePrecision;
import org.detaineetracker.kernel.PartialDate;

/**
 * Turns a candidate's date hint, as the article wrote it, into an as-of date with its precision for
 * the figure form: "21 January 2026" is a day, "late October 2025" a month, "2026" a year. A hint
 * without its year ("late October", "Tuesday", "yesterday") is placed before the source's publication
 * date, so it needs the source. Anything else (no hint, "21/01/2026", which could be either order,
 * "this week") gives no date rather than a guess: the editor fills it in.
 */
public final class DateHints {

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("january", 1), Map.entry("jan", 1),
			Map.entry("february", 2), Map.entry("feb", 2), Map.entry("march", 3), Map.entry("mar", 3),
			Map.entry("april", 4), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6),
			Map.entry("july", 7), Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8),
			Map.entry("september", 9), Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("october", 10),
			Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12),
			Map.entry("dec", 12));

	private static final String MONTH = "(?<month>january|february|march|april|may|june|july|august|september"
			+ "|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";

	/** "early", "late", "the end of"… say where in the period, not which period. */
	private static final String PART_OF = "(?:(?:early|mid|late|the end of|the beginning of|the start of|the middle of"
			+ "|the (?:first|second|third|fourth|last) week of)[\\s‐‑-]+)?";

	private static final String YEAR = "(?<year>(?:19|20)\\d{2})";

	private static final Pattern ISO = Pattern.compile("(?<year>\\d{4})-(?<month>\\d{1,2})-(?<day>\\d{1,2})");

	private static final Pattern DAY_MONTH = Pattern.compile(PART_OF + "(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
			+ MONTH + "(?:,?\\s+" + YEAR + ")?");

	private static final Pattern MONTH_DAY = Pattern.compile(PART_OF + MONTH + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?"
			+ "(?:,?\\s+" + YEAR + ")?");

	private static final Pattern MONTH_ONLY = Pattern.compile(PART_OF + MONTH + "(?:\\s+" + YEAR + ")?");

	private static final Pattern YEAR_ONLY = Pattern.compile("(?:(?:early|mid|late)[\\s‐‑-]+)?" + YEAR);

	private static final Pattern WEEKDAY = Pattern.compile(
			"(?:last\\s+|this\\s+)?(?<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)");

	private DateHints() {
	}

	/**
	 * @param hint a candidate's date hint, or null
	 * @param published the publication date of the chosen source, or null when none is chosen
	 * @return the as-of date, or null when the hint says nothing certain enough
	 */
	public static PartialDate asOf(String hint, PartialDate published) {
		if (hint == null || hint.isBlank()) {
			return null;
		}
		String words = hint.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
		PartialDate date;
		try {
			date = read(words, published);
		}
		catch (DateTimeException impossible) {
			// "31 February"
			return null;
		}
		if (date == null || (published != null && date.date().isAfter(published.lastDay()))) {
			return null;
		}
		return date;
	}

	private static PartialDate read(String words, PartialDate published) {
		Matcher m;
		if ((m = ISO.matcher(words)).matches()) {
			return day(Integer.parseInt(m.group("year")), Integer.parseInt(m.group("month")),
					Integer.parseInt(m.group("day")));
		}
		if ((m = DAY_MONTH.matcher(words)).matches() || (m = MONTH_DAY.matcher(words)).matches()) {
			int month = MONTHS.get(m.group("month"));
			int day = Integer.parseInt(m.group("day"));
			if (m.group("year") != null) {
				return day(Integer.parseInt(m.group("year")), month, day);
			}
			return published == null ? null : before(published, year -> LocalDate.of(year, month, day), DatePrecision.DAY);
		}
		if ((m = MONTH_ONLY.matcher(words)).matches()) {
			int month = MONTHS.get(m.group("month"));
			if (m.group("year") != null) {
				return new PartialDate(LocalDate.of(Integer.parseInt(m.group("year")), month, 1), DatePrecision.MONTH);
			}
			return published == null ? null : before(published, year -> LocalDate.of(year, month, 1), DatePrecision.MONTH);
		}
		if ((m = YEAR_ONLY.matcher(words)).matches()) {
			return new PartialDate(LocalDate.of(Integer.parseInt(m.group("year")), 1, 1), DatePrecision.YEAR);
		}
		return published == null ? null : relative(words, published);
	}

	/** "today", "yesterday", "Tuesday", "this month", "last year": counted back from the publication date. */
	private static PartialDate relative(String words, PartialDate published) {
		boolean knownToTheDay = published.precision() == DatePrecision.DAY;
		LocalDate day = published.date();
		Matcher weekday = WEEKDAY.matcher(words);
		if (weekday.matches()) {
			if (!knownToTheDay) {
				return null;
			}
			DayOfWeek named = DayOfWeek.valueOf(weekday.group("weekday").toUpperCase(Locale.ROOT));
			// an article's "on Tuesday" is the last Tuesday up to the day it appeared
			return new PartialDate(day.with(TemporalAdjusters.previousOrSame(named)), DatePrecision.DAY);
		}
		return switch (words) {
			case "today", "tonight" -> knownToTheDay ? new PartialDate(day, DatePrecision.DAY) : null;
			case "yesterday" -> knownToTheDay ? new PartialDate(day.minusDays(1), DatePrecision.DAY) : null;
			case "this month", "earlier this month" -> published.precision() == DatePrecision.YEAR ? null
					: new PartialDate(day, DatePrecision.MONTH);
			case "last month" -> published.precision() == DatePrecision.YEAR ? null
					: new PartialDate(day.minusMonths(1), DatePrecision.MONTH);
			case "this year", "earlier this year" -> new PartialDate(day, DatePrecision.YEAR);
			case "last year" -> new PartialDate(day.minusYears(1), DatePrecision.YEAR);
			default -> null;
		};
	}

	private static PartialDate day(int year, int month, int day) {
		return new PartialDate(LocalDate.of(year, month, day), DatePrecision.DAY);
	}

	/** A date written without its year: in the publication year, or the year before if that would be later. */
	private static PartialDate before(PartialDate published, java.util.function.IntFunction<LocalDate> inYear,
			DatePrecision precision) {
		int year = published.date().getYear();
		LocalDate date = inYear.apply(year);
		if (date.isAfter(published.lastDay())) {
			date = inYear.apply(year - 1);
		}
		return new PartialDate(date, precision);
	}

}
