package org.detaineetracker.population;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Evidence that cannot all be right, in words that name each side: "reported 4,000 on 1 March 2026;
 * the projection from 'over 4,500' minus 150 moved out allows at least 4,351; 351 people apart".
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
	 * pair ({@link StripAxis}). Null when none has sides.
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
		List<Side> sides = new ArrayList<>(distinct.values());
		sides.sort(Comparator.comparing(Side::range, Range.LOWEST_FIRST).thenComparing(Side::words));
		StripAxis axis = StripAxis.spanning(sides.stream().map(Side::range).toList());
		List<Bar> bars = new ArrayList<>();
		for (Side side : sides) {
			Range range = side.range();
			bars.add(new Bar(side.words(), range.words(), range.lower(), range.upper(), range.upper() == null,
					axis.at(range.lower()), axis.width(range)));
		}
		return new Strip(bars, axis);
	}

	/** Conflicting evidence on one axis: a bar per side, lowest first, and the gap no number fits, if any. */
	public record Strip(List<Bar> bars, StripAxis axis) {
	}

	/** A side's interval: {@code from} and {@code width} in percent of the axis; {@code open} when it has no upper end. */
	public record Bar(String label, String range, long lower, Long upper, boolean open, double from, double width) {
	}

}
