package org.detaineetracker.claim;

import org.springframework.util.unit.DataSize;

/**
 * How much the claim finder reads at once, and the request size that follows from it. The finder
 * reads 100 KB in tens of milliseconds; 200,000 characters is a long report, and twice the benchmark.
 */
public final class ClaimLimits {

	/** The longest text the finder reads, in UTF-16 code units (what Java and JavaScript call characters). */
	public static final int MAX_TEXT_CHARS = 200_000;

	/**
	 * The largest request body, in bytes, for the paste form and the API. A character is at most three
	 * UTF-8 bytes per UTF-16 code unit, and a form percent-encodes each byte as three, so the longest
	 * text fits a form with room for its other fields: 9 × 200,000 bytes plus a little is under 2 MB.
	 * Tomcat's own limit for forms ({@code server.tomcat.max-http-form-post-size}) is set to the same
	 * value, and a filter answers anything larger before Tomcat would, so every refusal is ours.
	 */
	public static final DataSize MAX_REQUEST = DataSize.ofMegabytes(2);

	/** A pasted text in which more than one character in this many is a control character reads as binary. */
	static final int CONTROL_CHARACTER_RATIO = 100;

	/** Fewer stray control characters than this are simply dropped, however short the text. */
	static final int CONTROL_CHARACTERS_TOLERATED = 4;

	private ClaimLimits() {
	}

}
