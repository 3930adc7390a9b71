package org.detaineetracker.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.detaineetracker.kernel.Bounds;
import org.detaineetracker.kernel.Qualifier;

/** Pins every row of the qualifier table in DESIGN.md, in whole people. */
class QualifierTest {

	static Stream<Arguments> designTable() {
		return Stream.of(
				// qualifier, value, high, lower, upper (null = no upper limit)
				Arguments.of(Qualifier.EXACT, 9000, null, 9000, 9000),
				Arguments.of(Qualifier.APPROXIMATE, 6000, null, 6000, 6000),
				Arguments.of(Qualifier.OVER, 8000, null, 8001, null),
				Arguments.of(Qualifier.AT_LEAST, 8000, null, 8000, null),
				Arguments.of(Qualifier.NEARLY, 6000, null, 5400, 5999),
				Arguments.of(Qualifier.UP_TO, 150, null, 0, 150),
				Arguments.of(Qualifier.FEWER_THAN, 150, null, 0, 149),
				Arguments.of(Qualifier.RANGE, 60, 90, 60, 90));
	}

	@ParameterizedTest(name = "{0} {1} → [{3}, {4}]")
	@MethodSource("designTable")
	void boundsFollowTheDesignTable(Qualifier qualifier, int value, Integer high, int lower, Integer upper) {
		Bounds bounds = qualifier.bounds(value, high);
		assertThat(bounds.lower()).isEqualTo(lower);
		assertThat(bounds.upper()).isEqualTo(upper);
	}

	@Test
	void everyQualifierHasARowInTheTable() {
		assertThat(designTable().map(row -> row.get()[0])).containsExactlyInAnyOrder((Object[]) Qualifier.values());
	}

	@Test
	void onlyApproximateIsMarkedApproximate() {
		assertThat(Stream.of(Qualifier.values()).filter(Qualifier::isApproximate)).containsExactly(Qualifier.APPROXIMATE);
	}

	@Test
	void nearlyRoundsNinetyPercentUpToAWholePerson() {
		assertThat(Qualifier.NEARLY.bounds(45)).isEqualTo(new Bounds(41, 44));
		assertThat(Qualifier.NEARLY.bounds(10)).isEqualTo(new Bounds(9, 9));
	}

	@Test
	void nearlyASmallNumberMeansOneFewer() {
		// [0.9 v, v) holds no whole number below ten, so "nearly 5" is read as 4.
		assertThat(Qualifier.NEARLY.bounds(5)).isEqualTo(new Bounds(4, 4));
		assertThat(Qualifier.NEARLY.bounds(1)).isEqualTo(new Bounds(0, 0));
	}

	@Test
	void rangeIgnoresNothingAndAllOthersIgnoreTheUpperValue() {
		assertThat(Qualifier.EXACT.bounds(100, 200)).isEqualTo(Bounds.exactly(100));
		assertThat(Qualifier.RANGE.bounds(100, 100)).isEqualTo(Bounds.exactly(100));
	}

	@Test
	void figuresThatAllowNoWholeNumberAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Qualifier.FEWER_THAN.bounds(0));
		assertThatIllegalArgumentException().isThrownBy(() -> Qualifier.NEARLY.bounds(0));
		assertThatIllegalArgumentException().isThrownBy(() -> Qualifier.RANGE.bounds(90, 60));
		assertThatIllegalArgumentException().isThrownBy(() -> Qualifier.RANGE.bounds(60, null));
		assertThatIllegalArgumentException().isThrownBy(() -> Qualifier.EXACT.bounds(-1));
	}

	@Test
	void openEndedBoundsContainEveryLargerValue() {
		Bounds over = Qualifier.OVER.bounds(8000);
		assertThat(over.isUnbounded()).isTrue();
		assertThat(over.contains(8000)).isFalse();
		assertThat(over.contains(8001)).isTrue();
		assertThat(over.contains(Integer.MAX_VALUE)).isTrue();
	}

}
