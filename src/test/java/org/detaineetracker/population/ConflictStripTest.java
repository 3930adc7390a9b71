package org.detaineetracker.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A place's conflicts drawn as one range strip: each side once, open ends kept open, the gap no number fits. */
class ConflictStripTest {

	private static Conflict conflict(Conflict.Side... sides) {
		return new Conflict("words", List.of(), List.of(), 0, List.of(sides));
	}

	@Test
	void aGapIsShadedBetweenTheLowestUpperAndTheHighestLowerBound() {
		var strip = Conflict.strip(List.of(conflict(new Conflict.Side("b", Range.between(5400, 5999)),
				new Conflict.Side("a", Range.between(2851, 3450)))));
		assertThat(strip.axis().end()).isEqualTo(7499); // a quarter past 5,999
		assertThat(strip.axis().gapFrom()).isEqualTo(46.0); // 3,450 of 7,499
		assertThat(strip.axis().gapTo()).isEqualTo(72.0); // 5,400 of 7,499
		assertThat(strip.axis().gapWidth()).isEqualTo(26.0);
		assertThat(strip.bars()).as("lowest first").extracting(Conflict.Bar::label, Conflict.Bar::from, Conflict.Bar::open)
			.containsExactly(tuple("a", 38.0, false), tuple("b", 72.0, false));
	}

	/** Four conflicts among three sides draw three bars, not four pairs. */
	@Test
	void everySideIsDrawnOnceWhateverTheNumberOfPairs() {
		var projection = new Conflict.Side("the projection", Range.between(2851, 3450));
		var nearly = new Conflict.Side("'nearly 6,000'", Range.fewerThan(600));
		var seven = new Conflict.Side("'7,000'", Range.between(851, 1450));
		var strip = Conflict.strip(List.of(conflict(seven, nearly), conflict(projection, nearly), conflict(projection, seven),
				conflict(nearly, seven)));
		assertThat(strip.bars()).extracting(Conflict.Bar::label).containsExactly("'nearly 6,000'", "'7,000'", "the projection");
		assertThat(strip.bars()).extracting(Conflict.Bar::lower, Conflict.Bar::upper)
			.containsExactly(tuple(0L, 599L), tuple(851L, 1450L), tuple(2851L, 3450L));
		assertThat(strip.axis().gapFrom()).isEqualTo(Math.round(599 * 1000.0 / 4313) / 10.0);
		assertThat(strip.axis().gapTo()).isEqualTo(Math.round(2851 * 1000.0 / 4313) / 10.0);
	}

	@Test
	void anOpenEndReachesTheAxisEndAndIsMarkedOpenNotCapped() {
		var strip = Conflict.strip(List.of(conflict(new Conflict.Side("over 8,000", Range.over(8000)),
				new Conflict.Side("at most 6,000", Range.upTo(6000)))));
		Conflict.Bar open = strip.bars().get(1);
		assertThat(open.open()).isTrue();
		assertThat(open.upper()).isNull();
		assertThat(open.from() + open.width()).isEqualTo(100.0);
		assertThat(strip.axis().gapFrom()).isNotNull();
	}

	@Test
	void overlappingSidesHaveNoGapAndAnExactFigureStaysVisible() {
		var strip = Conflict.strip(List.of(conflict(new Conflict.Side("a", Range.between(100, 300)),
				new Conflict.Side("b", Range.between(200, 400)), new Conflict.Side("c", Range.exactly(250)))));
		assertThat(strip.axis().gapFrom()).isNull();
		assertThat(strip.axis().gapWidth()).isNull();
		assertThat(strip.bars().get(2).width()).isGreaterThan(0);
	}

	@Test
	void conflictsWithoutSidesDrawNothing() {
		assertThat(Conflict.strip(List.of(new Conflict("words", List.of(), List.of(), 0, List.of())))).isNull();
		assertThat(Conflict.strip(List.of())).isNull();
	}

}
