package org.detaineetracker.kernel;

/**
 * The whole numbers of people a reported figure allows: {@code lower} to {@code upper} inclusive,
 * with a null {@code upper} meaning "no upper limit". People are counted in whole numbers, so an
 * open end closes at the next whole number: "over 8,000" allows 8,001 and up.
 */
public record Bounds(int lower, Integer upper) {

	public Bounds {
		if (lower < 0) {
			throw new IllegalArgumentException("lower bound below zero: " + lower);
		}
		if (upper != null && upper < lower) {
			throw new IllegalArgumentException("empty bounds: [" + lower + ", " + upper + "]");
		}
	}

	public static Bounds exactly(int value) {
		return new Bounds(value, value);
	}

	public boolean isUnbounded() {
		return upper == null;
	}

	public boolean contains(long value) {
		return value >= lower && (upper == null || value <= upper);
	}

}
