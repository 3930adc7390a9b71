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
				next = sentenceEndingAt(i);
			}
			if (next > 0) {
				if (sentenceCount == sentences.length) {
					sentences = Arrays.copyOf(sentences, sentenceCount * 2);
				}
				sentences[sentenceCount++] = next;
			}
		}
		this.sentenceStarts = Arrays.copyOf(sentences, sentenceCount);
		this.paragraphStarts = Arrays.copyOf(paragraphs, paragraphCount);
	}

	/** Where the next sentence starts when the mark at {@code i} ends one, or -1. */
	private int sentenceEndingAt(int i) {
		int after = i + 1;
		while (after < text.length() && "”\"’')]».!?".indexOf(text.charAt(after)) >= 0) {
			after++;
		}
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
		if (text.charAt(i) == '.' && isAbbreviation(i)) {
			return -1;
		}
		return next;
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
		return spanAt(sentenceStarts, position);
	}

	Span paragraphAt(int position) {
		return spanAt(paragraphStarts, position);
	}

	private Span spanAt(int[] starts, int position) {
		int index = Arrays.binarySearch(starts, position);
		if (index < 0) {
			index = -index - 2;
		}
		int start = starts[index];
		int end = index + 1 < starts.length ? starts[index + 1] : text.length();
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		return new Span(start, end);
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
