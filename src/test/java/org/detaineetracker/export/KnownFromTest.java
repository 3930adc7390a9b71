package org.detaineetracker.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.detaineetracker.kernel.DatePrecision;
import org.detaineetracker.test.TrackerTest;

/** known_from(): a source is known from its day, or from the last day of its month or year. */
@TrackerTest
class KnownFromTest {

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest(name = "{0} {1} → known from {2}")
	@CsvSource({ "2026-01-21, DAY, 2026-01-21", "2024-12-01, MONTH, 2024-12-31", "2024-02-01, MONTH, 2024-02-29",
			"2025-02-01, MONTH, 2025-02-28", "2024-01-01, YEAR, 2024-12-31", "2024-12-15, MONTH, 2024-12-31" })
	void knownFromTheLastDayOfThePeriod(LocalDate published, DatePrecision precision, LocalDate knownFrom) {
		assertThat(jdbc.sql("select known_from(:published, :precision)")
			.param("published", published)
			.param("precision", precision.name())
			.query(LocalDate.class)
			.single()).isEqualTo(knownFrom)
			.as("the same rule as PartialDate.lastDay")
			.isEqualTo(precision.lastDay(precision.truncate(published)));
	}

}
