package org.detaineetracker.claim.reading;

/**
 * A number as written in the text, "6,000", "9k" or "nearly six thousand" without its qualifier:
 * {@code text.substring(start, end)} is the number itself.
 *
 * @param yearLike four plain digits that could be a year ("2019", not "2,019" or "two thousand")
 * @param reading how it was read, when that needs saying ("'6 000' read with spaces between thousands")
 */
record NumberMention(int start, int end, long value, boolean inWords, boolean yearLike, String reading) {

	boolean isSmallWord() {
		return inWords && value <= 1;
	}

}
