package org.detaineetracker.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class RangeTest {

	@Test
	void openEndedWordsCloseAtTheNextWholeNumberAsTheQualifiersDo() {
		assertThat(Range.over(4500)).isEqualTo(Range.atLeast(4501));
		assertThat(Range.nearly(6000)).isEqualTo(Range.between(5400, 5999));
		assertThat(Range.nearly(5)).as("below ten, nearly v is v − 1").isEqualTo(Range.exactly(4));
		assertThat(Range.fewerThan(100)).isEqualTo(Range.upTo(99));
	}

	@Test
	void sumsAndDifferencesAreIntervalArithmeticClippedAtZero() {
		assertThat(Range.over(4500).minus(Range.exactly(150))).isEqualTo(Range.atLeast(4351));
		assertThat(Range.between(5400, 7000).minus(Range.nearly(6000))).isEqualTo(Range.between(0, 1600));
		assertThat(Range.between(100, 200).minus(Range.between(50, 80))).isEqualTo(Range.between(20, 150));
		assertThat(Range.exactly(100).minus(Range.atLeast(10))).as("an unbounded flow leaves lower 0")
			.isEqualTo(Range.upTo(90));
		assertThat(Range.exactly(100).minus(Range.exactly(300))).isEqualTo(Range.ZERO);
		assertThat(Range.exactly(100).isExceededBy(Range.exactly(300))).isTrue();
		assertThat(Range.between(100, 200).plus(Range.atLeast(5))).isEqualTo(Range.atLeast(105));
		assertThat(Range.sum(List.of(Range.exactly(1), Range.between(2, 3)))).isEqualTo(Range.between(3, 4));
		assertThat(Range.sum(List.of())).isEqualTo(Range.ZERO);
	}

	@Test
	void intersectionIsEmptyWhenTwoRangesCannotBothBeRight() {
		assertThat(Range.atLeast(8001).intersect(Range.exactly(9000))).contains(Range.exactly(9000));
		assertThat(Range.nearly(6000).intersect(Range.exactly(7000))).isEmpty();
		assertThat(Range.nearly(6000).distanceTo(Range.exactly(7000))).isEqualTo(1001);
		assertThat(Range.nearly(6000).hull(Range.exactly(7000))).isEqualTo(Range.between(5400, 7000));
	}

	@Test
	void approximateFiguresAreWidenedByTenPercentRoundedOutwards() {
		assertThat(Range.exactly(1000).widenedAsApproximate()).isEqualTo(Range.between(900, 1100));
		assertThat(Range.exactly(7).widenedAsApproximate()).isEqualTo(Range.between(6, 8));
	}

	@Test
	void rangesReadAsWords() {
		assertThat(Range.atLeast(4351).words()).isEqualTo("over 4,350");
		assertThat(Range.atLeast(4352).words()).isEqualTo("at least 4,352");
		assertThat(Range.between(0, 599).words()).isEqualTo("fewer than 600");
		assertThat(Range.between(5400, 7000).words()).isEqualTo("between 5,400 and 7,000");
		assertThat(Range.exactly(9000).words()).isEqualTo("9,000");
		assertThat(Range.upTo(1450).words()).isEqualTo("at most 1,450");
		assertThat(Range.ANY.words()).isEqualTo("an unknown number");
	}

	@Test
	void anEmptyOrNegativeRangeCannotBeMade() {
		assertThatThrownBy(() -> Range.between(5, 4)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Range(-1, null)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void periodsReadAtTheirPrecision() {
		assertThat(Period.day("2026-01-21").words()).isEqualTo("21 January 2026");
		assertThat(Period.month(2026, 2).words()).isEqualTo("February 2026");
		assertThat(Period.year(2025).words()).isEqualTo("2025");
	}

}
