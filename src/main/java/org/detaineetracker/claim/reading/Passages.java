package org.detaineetracker.claim.reading;

import org.detaineetracker.kernel.Passage;

/**
 * The passage a candidate figure is read in: its sentence, cut to at most {@code maxChars} characters
 * around the figure at word boundaries when the sentence is longer. It is what an accepted figure
 * keeps as its provenance and offers as its quote, so it never holds a line break (a line break ends
 * a sentence) and never starts or ends with white space (forms trim it).
 *
 * <p>One instance per text: it finds the text's sentences once, however many passages are asked for.
 */
public final class Passages {

	private final String text;

	private final TextLayout layout;

	private final String pastedTextSha256;

	private final int maxChars;

	/**
	 * @param text the readable text the candidates were found in ({@link Findings#text()})
	 * @param pastedTextSha256 its fingerprint, which every passage carries
	 * @param maxChars the longest passage, the limit the database keeps
	 */
	public Passages(String text, String pastedTextSha256, int maxChars) {
		this.text = text;
		this.layout = new TextLayout(text);
		this.pastedTextSha256 = pastedTextSha256;
		this.maxChars = maxChars;
	}

	public Passage of(Candidate candidate) {
		return of(text, layout, candidate, pastedTextSha256, maxChars);
	}

	static Passage of(String text, TextLayout layout, Candidate candidate, String pastedTextSha256, int maxChars) {
		TextLayout.Span sentence = layout.sentenceAt(candidate.start());
		int figureStart = candidate.start();
		int figureEnd = candidate.end();
		int start = Math.min(sentence.start(), figureStart);
		int end = Math.max(sentence.end(), figureEnd);
		if (end - start > maxChars) {
			int room = Math.max(0, maxChars - (figureEnd - figureStart));
			int before = Math.min(figureStart - start, room / 2);
			int after = Math.min(end - figureEnd, room - before);
			before = Math.min(figureStart - start, room - after);
			int cutStart = figureStart - before;
			int cutEnd = Math.min(figureEnd + after, cutStart + maxChars);
			// no word cut in half: move inwards to the nearest space, never past the figure
			if (cutStart > start) {
				while (cutStart < figureStart && !isSpace(text.charAt(cutStart - 1))) {
					cutStart++;
				}
			}
			if (cutEnd < end) {
				while (cutEnd > figureEnd && !isSpace(text.charAt(cutEnd))) {
					cutEnd--;
				}
			}
			start = cutStart;
			end = cutEnd;
		}
		while (start < end && isSpace(text.charAt(start))) {
			start++;
		}
		while (end > start && isSpace(text.charAt(end - 1))) {
			end--;
		}
		// never half of a surrogate pair
		if (start > 0 && start < end && Character.isLowSurrogate(text.charAt(start))) {
			start++;
		}
		if (end < text.length() && end > start && Character.isLowSurrogate(text.charAt(end))) {
			end--;
		}
		return new Passage(start, end, text.substring(start, end), pastedTextSha256);
	}

	/** What {@link String#trim()} (and so a form) would remove, and any other white space. */
	private static boolean isSpace(char c) {
		return c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

}
