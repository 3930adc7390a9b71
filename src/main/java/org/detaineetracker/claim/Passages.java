package org.detaineetracker.claim;

import org.detaineetracker.kernel.Passage;
import org.detaineetracker.web.Rules;

/**
 * The passage a candidate figure is read in: its sentence, cut to at most {@link Rules#PASSAGE_MAX}
 * characters around the figure at word boundaries when the sentence is longer. It is what an accepted
 * figure keeps as its provenance and offers as its quote, so it never holds a line break (a line
 * break ends a sentence) and never starts or ends with white space (forms trim it).
 */
final class Passages {

	private Passages() {
	}

	static Passage of(String text, TextLayout layout, Candidate candidate, String pastedTextSha256) {
		TextLayout.Span sentence = layout.sentenceAt(candidate.start());
		int figureStart = candidate.start();
		int figureEnd = candidate.end();
		int start = Math.min(sentence.start(), figureStart);
		int end = Math.max(sentence.end(), figureEnd);
		if (end - start > Rules.PASSAGE_MAX) {
			int room = Math.max(0, Rules.PASSAGE_MAX - (figureEnd - figureStart));
			int before = Math.min(figureStart - start, room / 2);
			int after = Math.min(end - figureEnd, room - before);
			before = Math.min(figureStart - start, room - after);
			int cutStart = figureStart - before;
			int cutEnd = Math.min(figureEnd + after, cutStart + Rules.PASSAGE_MAX);
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
