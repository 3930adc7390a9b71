package org.detaineetracker.claim.reading;

/**
 * One number, or two that make a range ("between 60 and 90", "60–90"), before qualifiers are read.
 *
 * @param high the upper number of a range, or null
 * @param rangeStart where the range's words begin ("between"), or the low number's start
 * @param rangeWords how the range was written, for the reasons shown to editors; null for one number
 */
record FigureMention(NumberMention low, NumberMention high, int rangeStart, String rangeWords) {

	static FigureMention single(NumberMention number) {
		return new FigureMention(number, null, number.start(), null);
	}

	int numberStart() {
		return low.start();
	}

	int numberEnd() {
		return high == null ? low.end() : high.end();
	}

	boolean isRange() {
		return high != null;
	}

}
