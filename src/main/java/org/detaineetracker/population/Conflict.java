package org.detaineetracker.population;

import java.util.ArrayList;
import java.util.List;

/**
 * Evidence that cannot all be right, in words that name each side: "reported 4,000 on 1 March 2026;
 * the projection from 'over 4,500' minus 150 moved out allows at least 4,351; 351 apart".
 *
 * @param gap how many people apart the two sides lie at the least
 * @param sides what the words compare, each as the range it allows on the same day, so the conflict
 *        can be drawn as intervals on one axis with the gap between them
 */
public record Conflict(String words, List<Long> reportIds, List<Long> movementIds, long gap, List<Side> sides) {

	public Conflict {
		reportIds = List.copyOf(reportIds);
		movementIds = List.copyOf(movementIds);
		sides = List.copyOf(sides);
	}

	/** One side of a conflict: what it is in words, and the range it allows (an open upper end stays open). */
	public record Side(String words, Range range) {
	}

	/**
	 * A place's conflicts drawn as one range strip: every side any of them names, once, as an interval
	 * on one axis, so the overlap or the gap among all of them shows at a glance rather than pair by
	 * pair. The axis runs from 0 to a quarter past the largest number a side states, which leaves an
	 * open end room to fade out rather than stop at an invented maximum. Null when none has sides.
	 */
	public static Strip strip(List<Conflict> conflicts) {
		java.util.Map<String, Side> distinct = new java.util.LinkedHashMap<>();
		for (Conflict conflict : conflicts) {
			for (Side side : conflict.sides()) {
				distinct.putIfAbsent(side.words() + " " + side.range(), side);
			}
		}
		if (distinct.isEmpty()) {
			return null;
		}
		long largest = 0;
		long highestLower = 0;
		Long lowestUpper = null;
		for (Side side : distinct.values()) {
			Range range = side.range();
			largest = Math.max(largest, range.upper() != null ? range.upper() : range.lower());
			highestLower = Math.max(highestLower, range.lower());
			if (range.upper() != null) {
				lowestUpper = lowestUpper == null ? range.upper() : Math.min(lowestUpper, range.upper());
			}
		}
		long axisEnd = Math.max(10, Math.round(largest * 1.25));
		List<Bar> bars = new ArrayList<>();
		for (Side side : distinct.values()) {
			Range range = side.range();
			double from = percent(range.lower(), axisEnd);
			double to = range.upper() == null ? 100 : percent(range.upper(), axisEnd);
			bars.add(new Bar(side.words(), range.words(), range.lower(), range.upper(), range.upper() == null, from,
					Math.max(0.6, Math.round((to - from) * 10) / 10.0)));
		}
		bars.sort(java.util.Comparator.comparingLong(Bar::lower)
			.thenComparing(Bar::upper, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
			.thenComparing(Bar::label));
		// No number lies in every interval when the lowest upper bound is below the highest lower one.
		boolean gap = lowestUpper != null && lowestUpper < highestLower;
		return new Strip(bars, axisEnd, gap ? percent(lowestUpper, axisEnd) : null, gap ? percent(highestLower, axisEnd) : null);
	}

	private static double percent(long value, long axisEnd) {
		return Math.round(value * 1000.0 / axisEnd) / 10.0;
	}

	/**
	 * Conflicting evidence on one axis: a bar per side, lowest first; {@code gapFrom}..{@code gapTo}
	 * (percent of the axis) is the stretch between the lowest upper and the highest lower bound,
	 * which shows that no number fits them all; both null when some number does.
	 */
	public record Strip(List<Bar> bars, long axisEnd, Double gapFrom, Double gapTo) {

		/** The gap's width in percent, rounded as the positions are (SVG needs no more). */
		public Double gapWidth() {
			return gapFrom == null ? null : Math.round((gapTo - gapFrom) * 10) / 10.0;
		}

	}

	/** A side's interval: {@code from} and {@code width} in percent of the axis; {@code open} when it has no upper end. */
	public record Bar(String label, String range, long lower, Long upper, boolean open, double from, double width) {
	}

}
