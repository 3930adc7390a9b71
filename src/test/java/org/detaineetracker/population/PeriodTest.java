package org.detaineetracker.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.detaineetracker.kernel.DatePrecision;

class PeriodTest {

	@Test
	void aPeriodKnowsThePrecisionItsSourceGaveIt() {
		assertThat(Period.day("2026-01-21").precision()).contains(DatePrecision.DAY);
		assertThat(Period.month(2026, 2).precision()).contains(DatePrecision.MONTH);
		assertThat(Period.year(2025).precision()).contains(DatePrecision.YEAR);
		assertThat(new Period(LocalDate.parse("2026-01-10"), LocalDate.parse("2026-01-21")).precision())
			.as("a span no source writes as one date").isEmpty();
		assertThat(new Period(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-27")).precision()).isEmpty();
	}

	@Test
	void aDateTakesTheWordItsPrecisionNeeds() {
		assertThat(Period.day("2026-01-21").when()).isEqualTo("on 21 January 2026");
		assertThat(Period.month(2026, 2).when()).isEqualTo("in February 2026");
		assertThat(Period.year(2025).when()).isEqualTo("in 2025");
		assertThat(new Period(LocalDate.parse("2026-01-10"), LocalDate.parse("2026-01-21")).when())
			.isEqualTo("between 10 January 2026 and 21 January 2026");
	}

	@Test
	void theLatestOfTwoPeriodsStartsLaterOrEndsLater() {
		Period january21 = Period.day("2026-01-21");
		Period february = Period.month(2026, 2);
		assertThat(Period.latest(january21, february)).isEqualTo(february);
		assertThat(Period.latest(february, january21)).isEqualTo(february);
		assertThat(Period.latest(Period.day("2026-02-01"), february)).as("the same first day: the longer one")
			.isEqualTo(february);
		assertThat(Period.latest(null, january21)).isEqualTo(january21);
		assertThat(Period.latest(january21, null)).isEqualTo(january21);
		assertThat(Period.latest(null, null)).isNull();
	}

}
