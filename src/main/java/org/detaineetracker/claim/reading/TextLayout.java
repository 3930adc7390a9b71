package org.detaineetracker.claim.reading;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Where the sentences and paragraphs of a text begin and end, found in one pass. The finder reads a
 * number's context within its sentence, so a speaker or place two sentences away is not taken for
 * the number's own. A line break always ends a sentence: headlines and captions have no full stop.
 */
final class TextLayout {

	/** Words that end in a full stop without ending a sentence ("Gen. Kurilla", "Jan. 21"). */
	private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt",
			"sgt", "adm", "cmdr", "rep", "sen", "gov", "pres", "prof", "st", "jr", "sr", "no", "vol", "vs", "etc", "approx",
			"est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co");

	private final String text;

	private final int[] sentenceStarts;

	private final int[] paragraphStarts;

	/** Where each sentence and paragraph ends without its trailing white space, found once. */
	private final int[] sentenceEnds;

	private final int[] paragraphEnds;

	TextLayout(String text) {
		this.text = text;
		int[] sentences = new int[16];
		int[] paragraphs = new int[16];
		int sentenceCount = 0;
		int paragraphCount = 0;
		sentences[sentenceCount++] = 0;
		paragraphs[paragraphCount++] = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int next = -1;
			if (c == '\n') {
				next = i + 1;
				if (paragraphCount == paragraphs.length) {
					paragraphs = Arrays.copyOf(paragraphs, paragraphCount * 2);
				}
				paragraphs[paragraphCount++] = next;
			}
			else if (c == '.' || c == '!' || c == '?' || c == '؟') {
				int after = afterClosingMarks(i);
				next = sentenceEndingAt(i, after);
				// the marks up to "after" end the same sentence or none: read "!!!…" once, not once per mark
				i = after - 1;
			}
			// ".. 6": both full stops end the same sentence; a second, empty one would hide the figure
			if (next > sentences[sentenceCount - 1]) {
				if (sentenceCount == sentences.length) {
					sentences = Arrays.copyOf(sentences, sentenceCount * 2);
				}
				sentences[sentenceCount++] = next;
			}
		}
		this.sentenceStarts = Arrays.copyOf(sentences, sentenceCount);
		this.paragraphStarts = Arrays.copyOf(paragraphs, paragraphCount);
		this.sentenceEnds = trimmedEnds(sentenceStarts);
		this.paragraphEnds = trimmedEnds(paragraphStarts);
	}

	/**
	 * Each span's end less its trailing white space. Found once rather than for every figure: a long run
	 * of spaces at the end of a paragraph full of numbers would otherwise be walked once per number.
	 */
	private int[] trimmedEnds(int[] starts) {
		int[] ends = new int[starts.length];
		for (int index = 0; index < starts.length; index++) {
			int end = index + 1 < starts.length ? starts[index + 1] : text.length();
			while (end > starts[index] && Character.isWhitespace(text.charAt(end - 1))) {
				end--;
			}
			ends[index] = end;
		}
		return ends;
	}

	/** Past the closing quotation marks, brackets and further full stops after the mark at {@code i}. */
	private int afterClosingMarks(int i) {
		int after = i + 1;
		while (after < text.length() && "”\"’')]».!?".indexOf(text.charAt(after)) >= 0) {
			after++;
		}
		return after;
	}

	/**
	 * Where the next sentence starts when the mark at {@code i}, with the marks after it up to
	 * {@code after}, ends one, or -1. A full stop after an abbreviation ends none, unless another mark
	 * follows it ("Gen.." or "U.S.!").
	 */
	private int sentenceEndingAt(int i, int after) {
		if (after >= text.length() || !Character.isWhitespace(text.charAt(after)) || text.charAt(after) == '\n') {
			return -1;
		}
		int next = after;
		while (next < text.length() && text.charAt(next) == ' ') {
			next++;
		}
		if (next >= text.length() || Character.isLowerCase(text.charAt(next))) {
			return -1;
		}
		if (text.charAt(i) == '.' && isAbbreviation(i) && !hasMark(i + 1, after)) {
			return -1;
		}
		return next;
	}

	private boolean hasMark(int from, int to) {
		for (int j = from; j < to; j++) {
			char c = text.charAt(j);
			if (c == '.' || c == '!' || c == '?') {
				return true;
			}
		}
		return false;
	}

	/** "U.S." and "Gen." end in a full stop; a sentence that ends with them is rare enough to join. */
	private boolean isAbbreviation(int fullStop) {
		int wordStart = fullStop;
		while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
			wordStart--;
		}
		int length = fullStop - wordStart;
		if (length == 1) {
			return true;
		}
		return length > 0 && length <= 6
				&& ABBREVIATIONS.contains(text.substring(wordStart, fullStop).toLowerCase(Locale.ROOT));
	}

	Span sentenceAt(int position) {
		return spanAt(sentenceStarts, sentenceEnds, position);
	}

	Span paragraphAt(int position) {
		return spanAt(paragraphStarts, paragraphEnds, position);
	}

	private static Span spanAt(int[] starts, int[] ends, int position) {
		int index = Arrays.binarySearch(starts, position);
		if (index < 0) {
			index = -index - 2;
		}
		return new Span(starts[index], ends[index]);
	}

	/** A stretch of the text, {@code start} inclusive and {@code end} exclusive. */
	record Span(int start, int end) {

		boolean contains(int position) {
			return position >= start && position < end;
		}

		boolean overlaps(int otherStart, int otherEnd) {
			return otherStart < end && start < otherEnd;
		}

		/** How far another stretch lies from this one; zero when they touch or overlap. */
		int distanceTo(int otherStart, int otherEnd) {
			if (otherEnd <= start) {
				return start - otherEnd;
			}
			return otherStart >= end ? otherStart - end : 0;
		}

	}

}
