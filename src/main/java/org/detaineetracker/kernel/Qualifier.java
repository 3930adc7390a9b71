package org.detaineetracker.kernel;


/**
 * The word a source put before its figure, and the bounds that word allows. This is the one place
 * where a qualifier becomes bounds; the seed migrations, the forms and the exports all follow it.
 */
public enum Qualifier {

	/** A precise figure: [v, v]. */
	EXACT,
	/** "about", "around", "some", "roughly": [v, v], read as approximate. */
	APPROXIMATE,
	/** "over", "more than": (v, ∞), in whole people [v + 1, ∞). */
	OVER,
	/** "at least": [v, ∞). */
	AT_LEAST,
	/**
	 * "nearly", "almost", "close to": [0.9 v, v), in whole people [⌈0.9 v⌉, v − 1]. Below ten the
	 * interval holds no whole number, so there "nearly v" means v − 1 ("nearly 5" is 4).
	 */
	NEARLY,
	/** "up to", "as many as", "at most": [0, v]. */
	UP_TO,
	/** "fewer than", "less than", "under": [0, v), in whole people [0, v − 1]. */
	FEWER_THAN,
	/** "between a and b": [a, b]. */
	RANGE;

	/**
	 * The bounds for a figure with this qualifier.
	 * @param high the upper figure of a RANGE; ignored for every other qualifier
	 * @throws IllegalArgumentException when the figure allows no whole number at all
	 *     ("fewer than 0", a range whose upper figure is below its lower one)
	 */
	public Bounds bounds(int value, Integer high) {
		if (value < 0) {
			throw new IllegalArgumentException("a figure cannot be negative: " + value);
		}
		return switch (this) {
			case EXACT, APPROXIMATE -> Bounds.exactly(value);
			case OVER -> new Bounds(Math.addExact(value, 1), null);
			case AT_LEAST -> new Bounds(value, null);
			case NEARLY -> new Bounds(Math.min(ninetyPercentRoundedUp(value), Math.max(value - 1, 0)), value - 1);
			case UP_TO -> new Bounds(0, value);
			case FEWER_THAN -> new Bounds(0, value - 1);
			case RANGE -> {
				if (high == null) {
					throw new IllegalArgumentException("a range needs an upper figure");
				}
				yield new Bounds(value, high);
			}
		};
	}

	public Bounds bounds(int value) {
		return bounds(value, null);
	}

	public boolean isApproximate() {
		return this == APPROXIMATE;
	}

	public boolean needsUpperValue() {
		return this == RANGE;
	}

	private static int ninetyPercentRoundedUp(int value) {
		return (int) ((value * 9L + 9) / 10);
	}

}
