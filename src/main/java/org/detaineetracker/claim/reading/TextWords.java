package org.detaineetracker.claim.reading;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a text, found once per article: runs of letters (and the marks that go with them),
 * with where each starts and ends and its lower case, for {@link Keywords} to look up; and where each
 * run of digits starts. Patterns for numbers and dates are tried only at those places (see
 * {@link #forEachMatch}), which is where they can begin.
 */
final class TextWords {

	private final String text;

	private int[] starts = new int[256];

	private int[] ends = new int[256];

	private String[] lowerCase = new String[256];

	private int size;

	private int[] digitRunStarts = new int[64];

	private int digitRuns;

	TextWords(String text) {
		this.text = text;
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (Character.isDigit(c) && (i == 0 || !Character.isDigit(text.charAt(i - 1)))) {
				if (digitRuns == digitRunStarts.length) {
					digitRunStarts = Arrays.copyOf(digitRunStarts, digitRuns * 2);
				}
				digitRunStarts[digitRuns++] = i;
			}
			if (!isWordPart(c)) {
				i++;
				continue;
			}
			int start = i;
			while (i < text.length() && isWordPart(text.charAt(i))) {
				i++;
			}
			add(start, i);
		}
	}

	private void add(int start, int end) {
		if (size == starts.length) {
			starts = Arrays.copyOf(starts, size * 2);
			ends = Arrays.copyOf(ends, size * 2);
			lowerCase = Arrays.copyOf(lowerCase, size * 2);
		}
		starts[size] = start;
		ends[size] = end;
		lowerCase[size] = text.substring(start, end).toLowerCase(Locale.ROOT);
		size++;
	}

	private static boolean isWordPart(char c) {
		return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
	}

	String text() {
		return text;
	}

	int size() {
		return size;
	}

	int start(int word) {
		return starts[word];
	}

	int end(int word) {
		return ends[word];
	}

	String raw(int word) {
		return text.substring(starts[word], ends[word]);
	}

	String lowerCase(int word) {
		return lowerCase[word];
	}

	/** Where each run of digits starts, in text order. */
	int[] digitRunStarts() {
		return Arrays.copyOf(digitRunStarts, digitRuns);
	}

	/** Where the words that {@code test} accepts (by index) start, in text order. */
	int[] startsOfWords(IntPredicate test) {
		int[] starts = new int[size];
		int count = 0;
		for (int word = 0; word < size; word++) {
			if (test.test(word)) {
				starts[count++] = this.starts[word];
			}
		}
		return Arrays.copyOf(starts, count);
	}

	/**
	 * Hands each match of {@code pattern} that begins at one of {@code starts} (ascending) to
	 * {@code action}, in text order and not overlapping: what {@code Matcher.find} would find when the
	 * pattern can begin nowhere else, without trying it at every character.
	 */
	void forEachMatch(Pattern pattern, int[] starts, Consumer<Matcher> action) {
		Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
		int next = 0;
		for (int start : starts) {
			if (start >= next && matcher.region(start, text.length()).lookingAt()) {
				action.accept(matcher);
				next = Math.max(matcher.end(), start + 1);
			}
		}
	}

	/** Two ascending lists of positions merged into one, without repeats. */
	static int[] merged(int[] first, int[] second) {
		int[] all = new int[first.length + second.length];
		int i = 0;
		int j = 0;
		int count = 0;
		while (i < first.length || j < second.length) {
			int next = j >= second.length || (i < first.length && first[i] <= second[j]) ? first[i++] : second[j++];
			if (count == 0 || all[count - 1] != next) {
				all[count++] = next;
			}
		}
		return Arrays.copyOf(all, count);
	}

	/** True when only spaces or hyphens lie between this word and the one before: "high-value", "broke out". */
	boolean joinedToPrevious(int word) {
		if (word == 0 || starts[word] == ends[word - 1]) {
			return false;
		}
		for (int i = ends[word - 1]; i < starts[word]; i++) {
			char c = text.charAt(i);
			if (c != ' ' && c != '-' && c != '‐' && c != '‑' && c != '\u00A0') {
				return false;
			}
		}
		return true;
	}

}
