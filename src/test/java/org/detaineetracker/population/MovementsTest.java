package org.detaineetracker.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.detaineetracker.population.MovementReport.Tally;

class MovementsTest {

	static final long FOX = 5;

	@Test
	void theSameMovementReportedTwiceIsOneMovementFromOneIndependentSource() {
		// Fox News and Trending Politics (which repeats Fox) both report the transfer of nearly 6,000.
		MovementReport fox = new MovementReport(1, Range.nearly(6000), false, Tally.CUMULATIVE, FOX, "nearly 6,000", "Fox");
		MovementReport trending = new MovementReport(2, Range.nearly(6000), false, Tally.CUMULATIVE, FOX, "nearly 6,000",
				"Trending Politics, citing Fox");
		MovementReconciliation movement = Movements.reconcile(List.of(fox, trending));
		assertThat(movement.isConflict()).isFalse();
		assertThat(movement.span()).isEqualTo(Range.between(5400, 5999));
		assertThat(movement.independentSources()).isEqualTo(1);
	}

	@Test
	void twoReportsThatCannotBothBeRightAreAConflictNamingBoth() {
		MovementReport nearly = new MovementReport(1, Range.nearly(6000), false, Tally.CUMULATIVE, 1, "nearly 6,000", "Fox");
		MovementReport airlift = new MovementReport(2, Range.exactly(7000), false, Tally.CUMULATIVE, 2, "7,000",
				"Unnamed outlet");
		MovementReconciliation movement = Movements.reconcile(List.of(nearly, airlift));
		assertThat(movement.isConflict()).isTrue();
		assertThat(movement.span()).isEqualTo(Range.between(5400, 7000));
		assertThat(movement.independentSources()).isEqualTo(2);
		assertThat(movement.disagreements()).singleElement()
			.satisfies(d -> assertThat(d.words())
				.isEqualTo("'nearly 6,000' (Fox) and '7,000' (Unnamed outlet) cannot both be right"));
	}

	@Test
	void aBatchIsPartOfTheRunningTotal() {
		MovementReport batch = new MovementReport(1, Range.exactly(150), false, Tally.BATCH, 1, "150", "A");
		MovementReport total = new MovementReport(2, Range.nearly(6000), false, Tally.CUMULATIVE, 2, "nearly 6,000", "B");
		assertThat(Movements.reconcile(List.of(batch, total)).agreed()).isEqualTo(Range.between(5400, 5999));
		assertThat(Movements.reconcile(List.of(batch)).agreed()).isEqualTo(Range.exactly(150));
	}

	@Test
	void approximateReportsAreWidenedAsFiguresAre() {
		MovementReport about = new MovementReport(1, Range.exactly(6000), true, Tally.CUMULATIVE, 1, "about 6,000", "A");
		MovementReport nearly = new MovementReport(2, Range.nearly(6000), false, Tally.CUMULATIVE, 2, "nearly 6,000", "B");
		assertThat(Movements.reconcile(List.of(about, nearly)).agreed()).isEqualTo(Range.between(5400, 5999));
	}

}
