package org.detaineetracker.claim.reading;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Numbers that look like figures but count something else: years, ages, percentages, money, troop
 * strengths, attacks, durations, dates and times, names such as "Resolution 2254". Each rule names
 * the reason an editor is shown; the first rule that applies wins.
 */
final class Distractors {

	private static final String CURRENCY_SIGNS = "$€£¥₺";

	private static final Set<String> CURRENCY_CODES = Set.of("usd", "eur", "gbp", "iqd", "syp");

	private static final Pattern MONEY_AFTER = Pattern.compile(
			"\\s*(?:dollars?|euros?|pounds?|usd|eur|gbp|dinars?|liras?|riyals?)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

	private static final Pattern PERCENT_AFTER = Pattern.compile(
			"\\s*(?:%|٪|per\\s?cent|percent|pc|percentage)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

	private static final Set<String> AGE_WORDS = Set.of("aged", "age", "ages");

	/** "children under 18", "boys over 12": an age limit, not a count. */
	private static final Set<String> YOUNG_PEOPLE = Set.of("children", "minors", "boys", "girls", "kids", "teenagers",
			"youths", "those", "anyone");

	private static final Pattern AGE_AFTER = Pattern.compile("(?:[\\s‐‑-](?:years?|months?)[\\s‐‑-]olds?"
			+ "|\\s+years?\\s+of\\s+age)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

	private static final Pattern STRENGTH_AFTER = Pattern.compile("[\\s‐‑-]strong(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

	/** "a 10-year sentence", "a 48-hour deadline": a length of time used as an adjective. */
	private static final Pattern DURATION_AFTER = Pattern.compile(
			"[‐‑-](?:years?|months?|weeks?|days?|hours?|minutes?|decades?)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

	/** Words that name a thing by its number: "Resolution 2254", "Camp 5", "Phase 2". */
	private static final Set<String> REFERENCE_WORDS = Set.of("resolution", "article", "section", "chapter", "page",
			"paragraph", "clause", "number", "item", "route", "highway", "road", "flight", "unit", "brigade", "division",
			"battalion", "regiment", "phase", "level", "camp", "block", "sector", "zone", "district", "gate", "building",
			"ward", "wing", "hall", "room", "annex", "tier", "round", "season", "episode", "volume");

	/** Abbreviations before a full stop that name a thing by its number: "No. 5", "Vol. 3". */
	private static final Set<String> REFERENCE_ABBREVIATIONS = Set.of("no", "vol", "art", "sec", "p");

	private Distractors() {
	}

	/** What the number is instead of a count of people, or null when nothing says it is not one. */
	static String reasonNotPeople(String text, FigureMention figure, NounPhrase phrase, DateMentions.DateMention date) {
		if (date != null) {
			return date.timeOfDay() ? "the number is a time of day (“" + date.words() + "”)" : "the number is part of a date (“" + date.words() + "”)";
		}
		if (touches(text, figure.numberStart() - 1, figure.numberStart() - 2)
				|| touches(text, figure.numberEnd(), figure.numberEnd() + 1)) {
			return "the number is part of a date, time, score or fraction (“/” or “:” next to it)";
		}
		int from = Math.max(0, figure.rangeStart() - 30);
		char symbol = WordsBefore.symbolBefore(text, from, figure.rangeStart());
		List<WordsBefore.Word> before = WordsBefore.of(text, from, figure.rangeStart(), 2);
		String wordBefore = before.isEmpty() ? "" : before.get(0).lowerCase();
		if (CURRENCY_SIGNS.indexOf(symbol) >= 0 || CURRENCY_CODES.contains(wordBefore)
				|| followedBy(MONEY_AFTER, text, figure.numberEnd())) {
			return "the number is a sum of money";
		}
		if (followedBy(PERCENT_AFTER, text, figure.numberEnd())) {
			return "the number is a percentage";
		}
		String secondWordBefore = before.size() > 1 ? before.get(1).lowerCase() : "";
		boolean ageOf = wordBefore.equals("of") && AGE_WORDS.contains(secondWordBefore);
		boolean childrenUnder = (wordBefore.equals("under") || wordBefore.equals("over"))
				&& YOUNG_PEOPLE.contains(secondWordBefore);
		if (AGE_WORDS.contains(wordBefore) || ageOf || childrenUnder || followedBy(AGE_AFTER, text, figure.numberEnd())) {
			return "the number is an age";
		}
		if (followedBy(STRENGTH_AFTER, text, figure.numberEnd())) {
			return "the number is the strength of a force (“-strong”)";
		}
		if (followedBy(DURATION_AFTER, text, figure.numberEnd())) {
			return "the number is a length of time";
		}
		if (REFERENCE_WORDS.contains(wordBefore) || symbol == '#'
				|| (symbol == '.' && isReferenceAbbreviation(text, from, figure.rangeStart()))) {
			return "the number is a name or reference number";
		}
		if (phrase.kind() == Lexicon.FORCES) {
			return "it counts troops, guards or staff (“" + phrase.head() + "”), not people held";
		}
		if (phrase.kind() == Lexicon.EVENTS) {
			return "it counts events (“" + phrase.head() + "”), not people";
		}
		if (phrase.kind() == Lexicon.DURATIONS) {
			return "the number is a length of time (“" + phrase.head() + "”)";
		}
		if (phrase.kind() == Lexicon.THINGS) {
			return "it counts things (“" + phrase.head() + "”), not people";
		}
		if (!phrase.countsPeople() && isYear(figure.low()) && (figure.high() == null || isYear(figure.high()))) {
			return figure.high() == null ? "the number is a year" : "the numbers are a span of years";
		}
		return null;
	}

	private static boolean followedBy(Pattern pattern, String text, int position) {
		return pattern.matcher(text).region(position, Math.min(text.length(), position + 24)).lookingAt();
	}

	private static boolean isReferenceAbbreviation(String text, int from, int numberStart) {
		int fullStop = text.lastIndexOf('.', numberStart);
		List<WordsBefore.Word> words = WordsBefore.of(text, from, fullStop, 1);
		return !words.isEmpty() && REFERENCE_ABBREVIATIONS.contains(words.get(0).lowerCase());
	}

	private static boolean isYear(NumberMention number) {
		return number.yearLike() && number.value() >= 1900 && number.value() <= 2099;
	}

	/** True when {@code next} is "/" or ":" with a digit beyond it, as in "9/11", "10:30", "3:1". */
	private static boolean touches(String text, int next, int beyond) {
		return next >= 0 && next < text.length() && (text.charAt(next) == '/' || text.charAt(next) == ':')
				&& beyond >= 0 && beyond < text.length() && Character.isDigit(text.charAt(beyond));
	}

}
