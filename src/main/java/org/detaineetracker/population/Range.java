package org.detaineetracker.population;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

import org.detaineetracker.kernel.Bounds;
import org.detaineetracker.kernel.RangeWords;

/**
 * A whole number of people known only within bounds: {@code lower} to {@code upper} inclusive, a
 * null {@code upper} meaning "no upper limit". Sums and differences are interval arithmetic, so an
 * uncertain flow widens what it is subtracted from, and nothing goes below zero.
 * <p>
 * The factories follow the qualifier rules of the shared kernel ({@code Qualifier.bounds}): an open
 * end closes at the next whole number, so "over 4,500" allows 4,501 and up.
 */
public record Range(long lower, Long upper) {

	public static final Range ZERO = new Range(0, 0L);

	/** Nothing known: any number from zero up. */
	public static final Range ANY = new Range(0, null);

	/** How much an approximate figure is widened each way, as for reported counts. */
	public static final int APPROXIMATE_TOLERANCE_PERCENT = 10;

	public Range {
		if (lower < 0) {
			throw new IllegalArgumentException("lower bound below zero: " + lower);
		}
		if (upper != null && upper < lower) {
			throw new IllegalArgumentException("empty range: [" + lower + ", " + upper + "]");
		}
	}

	/**
	 * Lowest first: by lower bound, then by upper, one with no upper limit last. The order range
	 * strips draw their rows in, so the rows step up the axis and a gap between them reads at a glance.
	 */
	public static final Comparator<Range> LOWEST_FIRST = Comparator.comparingLong(Range::lower)
		.thenComparing(Range::upper, Comparator.nullsLast(Comparator.naturalOrder()));

	/** A reported figure's bounds as a range. */
	public static Range of(Bounds bounds) {
		return new Range(bounds.lower(), bounds.upper() == null ? null : bounds.upper().longValue());
	}

	public static Range exactly(long value) {
		return new Range(value, value);
	}

	public static Range between(long lower, long upper) {
		return new Range(lower, upper);
	}

	public static Range atLeast(long value) {
		return new Range(value, null);
	}

	/** "over v", "more than v": v + 1 and up. */
	public static Range over(long value) {
		return new Range(value + 1, null);
	}

	/** "nearly v": from 90 % of v rounded up to v − 1 ("nearly 6,000" is 5,400 to 5,999). */
	public static Range nearly(long value) {
		long ninetyPercent = (value * 9 + 9) / 10;
		return new Range(Math.min(ninetyPercent, Math.max(value - 1, 0)), Math.max(value - 1, 0));
	}

	/** "up to v", "at most v". */
	public static Range upTo(long value) {
		return new Range(0, value);
	}

	/** "fewer than v": up to v − 1. */
	public static Range fewerThan(long value) {
		return new Range(0, Math.max(value - 1, 0));
	}

	public boolean isUnbounded() {
		return upper == null;
	}

	public boolean isExact() {
		return upper != null && upper == lower;
	}

	public boolean contains(long value) {
		return value >= lower && (upper == null || value <= upper);
	}

	public Range plus(Range other) {
		Long sum = upper == null || other.upper == null ? null : upper + other.upper;
		return new Range(lower + other.lower, sum);
	}

	/**
	 * What is left when {@code other} is taken away: [lower − other.upper, upper − other.lower],
	 * clipped at zero. Taking away an unbounded number leaves a lower bound of zero.
	 */
	public Range minus(Range other) {
		long low = other.upper == null ? 0 : Math.max(0, lower - other.upper);
		Long high = upper == null ? null : Math.max(0, upper - other.lower);
		// lower − other.upper never exceeds upper − other.lower, so the result is never empty.
		return new Range(low, high);
	}

	/** True when {@code other} certainly exceeds this: taking it away would leave fewer than none. */
	public boolean isExceededBy(Range other) {
		return upper != null && other.lower > upper;
	}

	/**
	 * After people who may or may not have been among these left: the lower bound drops by as many
	 * as may have left, the upper bound stays.
	 */
	public Range lessPossibly(Range other) {
		long low = other.upper == null ? 0 : Math.max(0, lower - other.upper);
		return new Range(low, upper);
	}

	/** After people who may or may not have joined these arrived: the upper bound rises, the lower stays. */
	public Range plusPossibly(Range other) {
		Long high = upper == null || other.upper == null ? null : upper + other.upper;
		return new Range(lower, high);
	}

	/** The numbers both allow, or empty when they cannot both be right. */
	public Optional<Range> intersect(Range other) {
		long low = Math.max(lower, other.lower);
		Long high = upper == null ? other.upper : other.upper == null ? upper : Long.valueOf(Math.min(upper, other.upper));
		return high != null && high < low ? Optional.empty() : Optional.of(new Range(low, high));
	}

	/** The smallest range holding both. */
	public Range hull(Range other) {
		Long high = upper == null || other.upper == null ? null : Long.valueOf(Math.max(upper, other.upper));
		return new Range(Math.min(lower, other.lower), high);
	}

	/** How far apart two ranges lie; zero when they meet. */
	public long distanceTo(Range other) {
		if (upper != null && upper < other.lower) {
			return other.lower - upper;
		}
		if (other.upper != null && other.upper < lower) {
			return lower - other.upper;
		}
		return 0;
	}

	/** No upper limit, keeping the lower: what a part says about the whole it belongs to. */
	public Range asLowerBound() {
		return new Range(lower, null);
	}

	/** The same, read as approximate: widened by the tolerance each way and rounded outwards. */
	public Range widenedAsApproximate() {
		long low = lower * (100 - APPROXIMATE_TOLERANCE_PERCENT) / 100;
		Long high = upper == null ? null : (upper * (100 + APPROXIMATE_TOLERANCE_PERCENT) + 99) / 100;
		return new Range(low, high);
	}

	public static Range sum(Collection<Range> ranges) {
		Range total = ZERO;
		for (Range range : ranges) {
			total = total.plus(range);
		}
		return total;
	}

	/** "9,000", "over 8,000", "between 5,400 and 7,000", "at most 1,450", "an unknown number" ({@link RangeWords}). */
	public String words() {
		RangeWords.Words words = RangeWords.of(lower, upper);
		return switch (words.form()) {
			case UNKNOWN -> "an unknown number";
			case EXACT -> number(words.number());
			case OVER -> "over " + number(words.number());
			case AT_LEAST -> "at least " + number(words.number());
			case FEWER_THAN -> "fewer than " + number(words.number());
			case AT_MOST -> "at most " + number(words.number());
			case BETWEEN -> "between " + number(words.number()) + " and " + number(words.upper());
		};
	}

	@Override
	public String toString() {
		return words();
	}

	/** "12,345": grouped by thousands (written out by hand: String.format is slow where thousands of lines are built). */
	static String number(long value) {
		String digits = Long.toString(Math.abs(value));
		StringBuilder grouped = new StringBuilder(digits.length() + digits.length() / 3 + 1);
		if (value < 0) {
			grouped.append('-');
		}
		int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
		grouped.append(digits, 0, first);
		for (int i = first; i < digits.length(); i += 3) {
			grouped.append(',').append(digits, i, i + 3);
		}
		return grouped.toString();
	}

}
