package org.detaineetracker.population;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The axis a range strip is drawn on: positions and widths in tenths of a percent. */
class StripAxisTest {

	@Test
	void theGapsWidthIsInTenthsLikeItsEnds() {
		// 79.4 - 1.6 is 77.80000000000001 in floating point.
		assertThat(new StripAxis(100, 1.6, 79.4).gapWidth()).isEqualTo(77.8);
		assertThat(new StripAxis(100, null, null).gapWidth()).isNull();
	}

	@Test
	void anIntervalsWidthIsInTenthsToo() {
		// On an axis of 11,250, 8,001 lies at 71.1; 100 - 71.1 is 28.900000000000006 in floating point.
		StripAxis axis = StripAxis.spanning(java.util.List.of(Range.between(7000, 7000), Range.between(9000, 9000)));
		assertThat(axis.end()).isEqualTo(11250);
		assertThat(axis.width(Range.over(8000))).isEqualTo(28.9);
		assertThat(axis.width(Range.exactly(7000))).as("never too thin to see").isEqualTo(0.6);
	}

}
