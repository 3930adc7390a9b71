package org.detaineetracker.claim.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.detaineetracker.kernel.DatePrecision;
import org.detaineetracker.kernel.PartialDate;

/** Date hints as articles write them, read as an as-of date for a source published on 5 March 2026. */
class DateHintsTest {

	private static final PartialDate PUBLISHED = new PartialDate(LocalDate.of(2026, 3, 5), DatePrecision.DAY);

	@ParameterizedTest(name = "“{0}” → {1} {2}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			3 March 2026              | 2026-03-03 | DAY
			March 3, 2026             | 2026-03-03 | DAY
			Mar. 3                    | 2026-03-03 | DAY
			21st of January           | 2026-01-21 | DAY
			2026-02-28                | 2026-02-28 | DAY
			late October 2025         | 2025-10-01 | MONTH
			late October              | 2025-10-01 | MONTH
			mid-February              | 2026-02-01 | MONTH
			the first week of January | 2026-01-01 | MONTH
			March                     | 2026-03-01 | MONTH
			early 2026                | 2026-01-01 | YEAR
			2019                      | 2019-01-01 | YEAR
			yesterday                 | 2026-03-04 | DAY
			today                     | 2026-03-05 | DAY
			Tuesday                   | 2026-03-03 | DAY
			Thursday                  | 2026-03-05 | DAY
			last month                | 2026-02-01 | MONTH
			this year                 | 2026-01-01 | YEAR
			last year                 | 2025-01-01 | YEAR
			""")
	void readsWhatTheArticleWrote(String hint, LocalDate date, DatePrecision precision) {
		assertThat(DateHints.asOf(hint, PUBLISHED)).isEqualTo(new PartialDate(date, precision));
	}

	@ParameterizedTest(name = "“{0}” → nothing")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			-
			21/01/2026
			this week
			31 February 2026
			10 March 2026
			April 2026
			2027
			the other day
			""")
	void givesNothingRatherThanAGuess(String hint) {
		assertThat(DateHints.asOf(hint, PUBLISHED)).isNull();
	}

	@ParameterizedTest(name = "“{0}” without a source")
	@CsvSource({ "late October", "yesterday", "Tuesday", "last month" })
	void withoutASourceADateNeedsItsYear(String hint) {
		assertThat(DateHints.asOf(hint, null)).isNull();
		assertThat(DateHints.asOf("3 March 2026", null)).isEqualTo(new PartialDate(LocalDate.of(2026, 3, 3), DatePrecision.DAY));
	}

	@ParameterizedTest(name = "“{0}” needs a day of publication")
	@CsvSource({ "yesterday", "Tuesday", "today" })
	void daysCountedBackNeedTheDayOfPublication(String hint) {
		assertThat(DateHints.asOf(hint, new PartialDate(LocalDate.of(2026, 3, 1), DatePrecision.MONTH))).isNull();
	}

}
