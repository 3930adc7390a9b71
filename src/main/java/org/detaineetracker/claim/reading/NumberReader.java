package org.detaineetracker.claim.reading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every whole number in a text, written in digits ("6,000", "6 000", "6000", "9k", "1.5 million",
 * Arabic-Indic "٦٠٠٠") or in words ("nearly six thousand", "two hundred and fifty", "a dozen").
 * Numbers glued to letters are names, not figures ("F-16", "COVID-19", "21st", "3pm") and are skipped,
 * as are fractions that no multiplier makes whole ("1.5").
 */
final class NumberReader {

	private static final String DIGIT = "[0-9\\u0660-\\u0669\\u06F0-\\u06F9]";

	private static final String GROUP_SPACE = "[ \\u00A0\\u202F\\u2009]";

	private static final Pattern DIGITS = Pattern.compile(
			"(?<![\\p{L}\\p{N}_])(?<!\\p{L}[-‐‑])"
					+ "(?<whole>" + DIGIT + "{1,3}(?:[,\\u066C]" + DIGIT + "{3})+(?!" + DIGIT + ")"
					+ "|" + DIGIT + "{1,3}(?:" + GROUP_SPACE + DIGIT + "{3})+(?!" + DIGIT + "|[,.\\u066B\\u066C]" + DIGIT + ")"
					+ "|" + DIGIT + "+)"
					+ "(?:[.\\u066B](?<fraction>" + DIGIT + "+))?"
					+ "(?:(?<k>[kK])(?![\\p{L}\\p{N}])"
					+ "|\\s?(?<multiplier>thousand|million)(?![\\p{L}\\p{N}])"
					+ "|(?![\\p{L}\\p{N}]))");

	private static final Map<String, Integer> SMALL_NUMBERS = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
			Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
			Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
			Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
			Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
			Map.entry("nineteen", 19));

	private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
			"sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);

	/** More digits than a count of people can have (the finder reads up to Integer.MAX_VALUE). */
	private static final int MAX_DIGITS = 12;

	/** How many number words may follow the first in one run (see {@link #WORDS}). */
	private static final int LONGEST_RUN = 24;

	private static final String NUMBER_WORD = "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
			+ "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
			+ "|eighty|ninety|hundred|thousand|million|dozen)(?![\\p{L}\\p{N}])";

	/**
	 * A run of number words. "and" joins only after a multiplier ("two hundred and fifty"), so
	 * "between sixty and ninety" stays two numbers. At most {@value #LONGEST_RUN} words follow the first
	 * ("nine hundred and ninety-nine million nine hundred and ninety-nine thousand…" has fewer): the regex
	 * engine recurses once per repetition, so "one one one…" for pages would overflow the stack, and the
	 * words after a long run are read as a run of their own.
	 */
	private static final Pattern WORDS = Pattern.compile("(?<![\\p{L}\\p{N}-])(?:an?\\s+(?=(?:hundred|thousand|million|dozen)\\b))?"
			+ NUMBER_WORD + "(?:(?:\\s+|[-‐‑])" + NUMBER_WORD + "|(?<=hundred|thousand|million)\\s+and\\s+" + NUMBER_WORD
			+ "){0," + LONGEST_RUN + "}"
			// "two-thirds", "three-day": part of another word.
			+ "(?![-‐‑]\\p{L})", Pattern.CASE_INSENSITIVE);

	/** Where a number in words can begin. */
	private static final Set<String> FIRST_WORDS = Set.of("a", "an", "zero", "one", "two", "three", "four", "five", "six",
			"seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
			"eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
			"hundred", "thousand", "million", "dozen");

	private static final Pattern WORD = Pattern.compile("\\p{L}+");

	private static final Pattern GROUP_SPACES = Pattern.compile(GROUP_SPACE);

	private NumberReader() {
	}

	static List<NumberMention> read(TextWords textWords) {
		String text = textWords.text();
		List<NumberMention> digits = new ArrayList<>();
		textWords.forEachMatch(DIGITS, textWords.digitRunStarts(), matcher -> readDigits(matcher, digits));
		List<NumberMention> words = new ArrayList<>();
		int[] wordStarts = textWords.startsOfWords(word -> FIRST_WORDS.contains(textWords.lowerCase(word)));
		textWords.forEachMatch(WORDS, wordStarts, run -> readWords(text, run, words));
		List<NumberMention> numbers = new ArrayList<>(digits);
		// "9 thousand" is already one number in digits; its "thousand" is not another.
		int next = 0;
		for (NumberMention word : words) {
			while (next < digits.size() && digits.get(next).end() <= word.start()) {
				next++;
			}
			if (next >= digits.size() || digits.get(next).start() >= word.end()) {
				numbers.add(word);
			}
		}
		numbers.sort(Comparator.comparingInt(NumberMention::start));
		return numbers;
	}

	private static void readDigits(Matcher matcher, List<NumberMention> numbers) {
		String whole = matcher.group("whole");
		String fraction = matcher.group("fraction");
		String multiplier = matcher.group("multiplier");
		boolean thousands = matcher.group("k") != null;
		String wholeDigits = asciiDigits(whole).replaceFirst("^0+(?=.)", "");
		if (wholeDigits.length() > MAX_DIGITS || fraction != null && fraction.length() > MAX_DIGITS) {
			// more than any count of people, and BigDecimal reads a number of many thousand digits slowly
			return;
		}
		BigDecimal number = new BigDecimal(wholeDigits + (fraction == null ? "" : "." + asciiDigits(fraction)));
		if (thousands || "thousand".equals(multiplier)) {
			number = number.scaleByPowerOfTen(3);
		}
		else if ("million".equals(multiplier)) {
			number = number.scaleByPowerOfTen(6);
		}
		if (number.stripTrailingZeros().scale() > 0 || number.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
			// "1.5" counts no whole people, and no report counts billions of them.
			return;
		}
		String reading = null;
		if (thousands) {
			reading = "“" + matcher.group() + "” read as thousands";
		}
		else if (GROUP_SPACES.matcher(whole).find()) {
			reading = "“" + whole + "” read with spaces between thousands";
		}
		else if (!whole.chars().allMatch(c -> c < 128)) {
			reading = "“" + whole + "” read in Arabic-Indic digits";
		}
		boolean yearLike = fraction == null && multiplier == null && !thousands && whole.length() == 4
				&& whole.chars().allMatch(Character::isDigit);
		numbers.add(new NumberMention(matcher.start(), matcher.end(), number.longValueExact(), false, yearLike, reading));
	}

	/** Arabic-Indic digits to ASCII, separators dropped, so BigDecimal can read the number. */
	private static String asciiDigits(String digits) {
		StringBuilder ascii = new StringBuilder(digits.length());
		for (int i = 0; i < digits.length(); i++) {
			int digit = Character.digit(digits.charAt(i), 10);
			if (digit >= 0) {
				ascii.append((char) ('0' + digit));
			}
		}
		return ascii.toString();
	}

	private static void readWords(String text, Matcher run, List<NumberMention> numbers) {
		Matcher word = WORD.matcher(text).region(run.start(), run.end());
		WordNumber number = new WordNumber();
		while (word.find()) {
			String w = word.group().toLowerCase(Locale.ROOT);
			if (!number.accepts(w)) {
				number.addTo(numbers);
				number = new WordNumber();
				if (!number.accepts(w)) {
					continue;
				}
			}
			if (!w.equals("and")) {
				number.extend(word.start(), word.end());
			}
		}
		number.addTo(numbers);
	}

	/** Adds up number words as they come, refusing sequences no writer would use ("one two"). */
	private static final class WordNumber {

		private long total;

		private long current;

		private String last = "";

		private boolean seenNumber;

		private int start = -1;

		private int end;

		boolean accepts(String word) {
			if (word.equals("and")) {
				return true;
			}
			if (word.equals("a") || word.equals("an")) {
				if (start >= 0) {
					return false;
				}
				current = 1;
				last = word;
				return true;
			}
			Integer small = SMALL_NUMBERS.get(word);
			if (small != null) {
				if (SMALL_NUMBERS.containsKey(last) || (TENS.containsKey(last) && small >= 10) || last.equals("a")
						|| last.equals("an")) {
					return false;
				}
				current += small;
			}
			else if (TENS.containsKey(word)) {
				if (SMALL_NUMBERS.containsKey(last) || TENS.containsKey(last) || last.equals("a") || last.equals("an")) {
					return false;
				}
				current += TENS.get(word);
			}
			else if (word.equals("hundred")) {
				if (last.equals("hundred") || current % 100 == 0 && current > 0) {
					return false;
				}
				current = Math.max(current, 1) * 100;
			}
			else if (word.equals("dozen")) {
				if (last.equals("dozen")) {
					return false;
				}
				current = Math.max(current, 1) * 12;
			}
			else if (word.equals("thousand") || word.equals("million")) {
				long multiplier = word.equals("thousand") ? 1_000 : 1_000_000;
				if (last.equals(word) || (word.equals("thousand") && total % 1_000_000 != 0)
						|| (word.equals("million") && total > 0)) {
					return false;
				}
				total += Math.max(current, 1) * multiplier;
				current = 0;
			}
			else {
				return false;
			}
			seenNumber = true;
			last = word;
			return true;
		}

		void extend(int wordStart, int wordEnd) {
			if (start < 0) {
				start = wordStart;
			}
			end = wordEnd;
		}

		void addTo(List<NumberMention> numbers) {
			long value = total + current;
			if (seenNumber && start >= 0 && value <= Integer.MAX_VALUE) {
				numbers.add(new NumberMention(start, end, value, true, false, null));
			}
		}

	}

}
