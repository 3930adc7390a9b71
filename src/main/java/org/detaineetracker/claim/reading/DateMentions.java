package org.detaineetracker.claim.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Dates and times of day as articles write them: "21 January 2026", "late October", "early 2026",
 * "Wednesday", "2026-01-21", "10:30 pm". They give candidates their date hints, and a number inside
 * one of them ("21" in "21 January") is a date, not a count.
 */
final class DateMentions {

	private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
			+ "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";

	private static final String PART_OF = "(?:(?i:early|mid|late|the end of|the beginning of|the start of|the middle of"
			+ "|this past|last|next|this)[\\s‐‑-]+)";

	private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";

	/** Every date begins with a digit, a month or weekday, or one of these words. */
	private static final Set<String> FIRST_WORDS = Set.of("early", "mid", "late", "the", "this", "last", "next", "on",
			"yesterday", "today", "tonight", "earlier");

	private static final Set<String> MONTHS_AND_DAYS = Set.of("January", "February", "March", "April", "May", "June",
			"July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
			"Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
			"Sunday");

	private static final Pattern DATE = Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
			+ "(?<week>(?i:the\\s+(?:first|second|third|fourth|last)\\s+week\\s+of)\\s+" + MONTH + "(?:\\s+\\d{4})?)"
			+ "|(?<calendar>" + PART_OF + "?(?:" + DAY + "\\s+(?:of\\s+)?" + MONTH + "\\.?(?:,?\\s+\\d{4})?"
			+ "|" + MONTH + "\\.?\\s+" + DAY + "(?:,?\\s+\\d{4})?(?![\\p{N}])"
			+ "|" + MONTH + "\\.?(?:\\s+\\d{4})?))"
			+ "|(?<numeric>\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{2,4})"
			+ "|(?<weekday>(?:(?i:on|last|this|next)\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"
			+ "|(?<relative>(?i:yesterday|today|tonight|(?:earlier\\s+)?this\\s+(?:week|month|year)"
			+ "|last\\s+(?:week|month|year)))"
			+ "|(?<year>(?:(?i:early|mid|late)[\\s‐‑-]+)?(?:19|20)\\d{2})"
			+ ")(?![\\p{L}\\p{N}])");

	private static final Pattern TIME = Pattern.compile("(?<![\\p{L}\\p{N}])(?:\\d{1,2}:\\d{2}(?:\\s*(?i:a\\.?m\\.?|p\\.?m\\.?))?"
			+ "|\\d{1,2}(?:[.:]\\d{2})?\\s*(?i:a\\.m\\.|p\\.m\\.|am|pm)(?![\\p{L}])"
			+ "|\\d{1,4}\\s*(?:GMT|UTC|hrs|(?i:o’clock|o'clock)))");

	private DateMentions() {
	}

	/**
	 * A date or time in the text.
	 * @param countable false when a number inside it is certainly not a count: every kind but a lone
	 *     year, which "2000 prisoners" also looks like
	 */
	record DateMention(int start, int end, String words, boolean countable, boolean timeOfDay) {
	}

	static List<DateMention> find(TextWords words) {
		List<DateMention> dates = new ArrayList<>();
		int[] digits = words.digitRunStarts();
		int[] dateStarts = TextWords.merged(digits,
				words.startsOfWords(word -> FIRST_WORDS.contains(words.lowerCase(word))
						|| MONTHS_AND_DAYS.contains(words.raw(word))));
		words.forEachMatch(DATE, dateStarts, date -> {
			String written = date.group();
			int start = date.start();
			if (date.group("weekday") != null && written.regionMatches(true, 0, "on ", 0, 3)) {
				written = written.substring(3);
				start += 3;
			}
			dates.add(new DateMention(start, date.end(), written, date.group("year") != null, false));
		});
		words.forEachMatch(TIME, digits,
				time -> dates.add(new DateMention(time.start(), time.end(), time.group(), false, true)));
		dates.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return dates;
	}

}
