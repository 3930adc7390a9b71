package org.detaineetracker.population;

import java.util.Collection;

/**
 * The one axis a range strip draws its intervals on: from 0 to a quarter past the largest number any
 * of them states, which leaves an open upper end room to fade out rather than stop at an invented
 * maximum. Positions and widths are in percent of the axis, rounded to tenths (SVG needs no more).
 *
 * @param gapFrom with {@code gapTo}, the stretch between the lowest upper and the highest lower bound,
 *        which shows that no number fits every interval; both null when some number does
 */
public record StripAxis(long end, Double gapFrom, Double gapTo) {

	/** The axis for these intervals, drawn together. */
	public static StripAxis spanning(Collection<Range> intervals) {
		long largest = 0;
		long highestLower = 0;
		Long lowestUpper = null;
		for (Range range : intervals) {
			largest = Math.max(largest, range.upper() != null ? range.upper() : range.lower());
			highestLower = Math.max(highestLower, range.lower());
			if (range.upper() != null) {
				lowestUpper = lowestUpper == null ? range.upper() : Math.min(lowestUpper, range.upper());
			}
		}
		long end = Math.max(10, Math.round(largest * 1.25));
		// No number lies in every interval when the lowest upper bound is below the highest lower one.
		boolean gap = lowestUpper != null && lowestUpper < highestLower;
		return new StripAxis(end, gap ? percent(lowestUpper, end) : null, gap ? percent(highestLower, end) : null);
	}

	/** Where a number lies on the axis. */
	public double at(long value) {
		return percent(value, end);
	}

	/** How wide an interval is drawn: to the axis end when it has no upper end, and never too thin to see. */
	public double width(Range range) {
		double to = range.upper() == null ? 100 : at(range.upper());
		return Math.max(0.6, tenths(to - at(range.lower())));
	}

	/** The gap's width, rounded like its ends (subtracting them gave 77.80000000000001), or null. */
	public Double gapWidth() {
		return gapFrom == null ? null : tenths(gapTo - gapFrom);
	}

	private static double percent(long value, long end) {
		return Math.round(value * 1000.0 / end) / 10.0;
	}

	private static double tenths(double percent) {
		return Math.round(percent * 10) / 10.0;
	}

}
