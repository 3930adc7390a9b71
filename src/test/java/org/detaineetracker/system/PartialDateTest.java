package org.detaineetracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.detaineetracker.kernel.DatePrecision;
import org.detaineetracker.kernel.PartialDate;

class PartialDateTest {

	@Test
	void aDateIsStoredAsTheFirstDayOfItsPeriod() {
		assertThat(new PartialDate(LocalDate.of(2026, 1, 21), DatePrecision.MONTH).date()).isEqualTo("2026-01-01");
		assertThat(new PartialDate(LocalDate.of(2026, 1, 21), DatePrecision.YEAR).date()).isEqualTo("2026-01-01");
		assertThat(new PartialDate(LocalDate.of(2026, 1, 21), DatePrecision.DAY).date()).isEqualTo("2026-01-21");
	}

	@Test
	void theLastDayClosesThePeriod() {
		assertThat(new PartialDate(LocalDate.of(2024, 2, 1), DatePrecision.MONTH).lastDay()).isEqualTo("2024-02-29");
		assertThat(new PartialDate(LocalDate.of(2024, 1, 1), DatePrecision.YEAR).lastDay()).isEqualTo("2024-12-31");
	}

	@Test
	void anUnknownDateIsNull() {
		assertThat(PartialDate.ofNullable(null, DatePrecision.DAY)).isNull();
		assertThat(PartialDate.ofNullable(LocalDate.of(2026, 1, 1), null)).isNull();
	}

}
