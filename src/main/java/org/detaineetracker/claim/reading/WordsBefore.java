package org.detaineetracker.claim.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words right before a number, nearest first: for "paid nearly 6,000" at "6,000", "nearly" then
 * "paid". Only spaces and opening quotation marks may lie between them, so words across a comma or a
 * full stop do not qualify the number. Cheaper and plainer than a regular expression anchored at the
 * end of a window, which the finder would otherwise run for every number.
 */
final class WordsBefore {

	private static final String OPENING_MARKS = "“\"‘'(«";

	/** A word before a number: {@code text.substring(start, end)}, and in lower case. */
	record Word(int start, int end, String lowerCase) {
	}

	private WordsBefore() {
	}

	/** Up to {@code count} words before {@code position}, not reaching back past {@code limit}. */
	static List<Word> of(String text, int limit, int position, int count) {
		List<Word> words = new ArrayList<>(count);
		int end = skipSpaces(text, limit, position, true);
		while (words.size() < count) {
			int start = end;
			while (start > limit && isWordPart(text.charAt(start - 1))) {
				start--;
			}
			if (start == end) {
				break;
			}
			words.add(new Word(start, end, text.substring(start, end).toLowerCase(Locale.ROOT)));
			int before = skipSpaces(text, limit, start, false);
			if (before == start) {
				break;
			}
			end = before;
		}
		return words;
	}

	/** The character right before {@code position} when only spaces separate them, or 0. */
	static char symbolBefore(String text, int limit, int position) {
		int end = skipSpaces(text, limit, position, false);
		return end > limit ? text.charAt(end - 1) : 0;
	}

	private static int skipSpaces(String text, int limit, int position, boolean alsoOpeningMarks) {
		int end = position;
		while (end > limit && (isSpace(text.charAt(end - 1))
				|| alsoOpeningMarks && OPENING_MARKS.indexOf(text.charAt(end - 1)) >= 0)) {
			end--;
		}
		return end;
	}

	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F';
	}

	private static boolean isWordPart(char c) {
		return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
	}

}
