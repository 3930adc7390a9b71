package org.detaineetracker.claim.reading;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Articles made up for tests and the benchmark from sentences written for them, varied by a seeded
 * random generator so each run reads the same text. No seed article text is used.
 */
final class SyntheticArticle {

	private static final List<String> SENTENCES = List.of(
			"{speaker} said {qualifier} {number} {people} were held at {place} as of {date}.",
			"“We cannot keep {qualifier} {number} {people} here much longer,” {speaker} told reporters.",
			"According to {speaker}, {qualifier} {number} {people} were moved from {place} in {date}.",
			"The convoy left {place} at 10:30 with {number} {people} on board, {speaker} confirmed.",
			"Guards at {place} have released {qualifier} {number} {people} since {date}.",
			"Between {number} and {bigger} {people} escaped during the riot, {speaker} said on Wednesday.",
			"In {year}, the coalition carried out {number} airstrikes near {place}.",
			"About {percent}% of the {people} at {place} are under the age of 18.",
			"A {number}-strong force has guarded {place} for three years.",
			"The ministry paid ${number} to repair the wall at {place}.",
			"{speaker} added that {number} troops are stationed near {place}.",
			"Officials hope to repatriate up to {number} {people} before {date}, stating that talks go on.",
			"A boy aged 14 was among the {people} moved to {place}.",
			"Some {words} {people} remain in the old wing of {place}.",
			"The camp, which opened in {year}, holds {qualifier} {number} {people}.",
			"Resolution 2254 was cited twice in the report about {place}.",
			"Nobody knows how many {people} fled when the fence fell in late October.",
			"The 14-year-old was transferred to {place} on 21 January 2026.",
			"More than {number} {people} were flown out, {speaker} wrote in a statement.",
			"The guards counted {number} or so {people} at dawn on {date}.");

	private static final List<String> QUALIFIERS = List.of("", "", "about", "over", "nearly", "more than", "at least",
			"up to", "fewer than", "some", "an estimated", "almost");

	private static final List<String> PEOPLE = List.of("detainees", "prisoners", "ISIS fighters", "women and children",
			"high-value detainees", "camp residents", "inmates", "others");

	private static final List<String> PLACES = List.of("al-Hol camp", "al Hawl", "Panorama prison", "the Roj camp",
			"the airport facility", "Al Hol");

	private static final List<String> SPEAKERS = List.of("the warden", "Colonel Dana Reyes", "a senior official",
			"the Red Crescent", "Major Lena Park, the camp commander", "an aid worker");

	private static final List<String> DATES = List.of("early January", "late October 2025", "21 March 2026",
			"last week", "Tuesday", "mid-2025");

	private static final List<String> WORDS = List.of("two hundred", "six thousand", "fifty", "a dozen",
			"three hundred and twenty");

	private static final String NOISE = "abcdefghijklmnopqrstuvwxyz ABCXYZ 0123456789 ٠١٢٣٤٥٦٧٨٩ ,.;:!?-–—/%$€"
			+ "“”\"'’()<>&#\n\t\u0000\u0007\u200B\u200F\u00A0 مخيم الهول معتقل أكثر من é ö ß 中文 between and to or so over";

	private SyntheticArticle() {
	}

	/** An article of at least {@code length} characters in paragraphs of three to six sentences. */
	static String of(int length, long seed) {
		Random random = new Random(seed);
		StringBuilder article = new StringBuilder(length + 500);
		while (article.length() < length) {
			int sentences = 3 + random.nextInt(4);
			for (int i = 0; i < sentences; i++) {
				if (i > 0) {
					article.append(' ');
				}
				article.append(sentence(random));
			}
			article.append("\n\n");
		}
		return article.toString();
	}

	private static String sentence(Random random) {
		int number = 10 + random.nextInt(9_990);
		String qualifier = pick(QUALIFIERS, random);
		String sentence = pick(SENTENCES, random).replace("{qualifier} ", qualifier.isEmpty() ? "" : qualifier + " ")
			.replace("{number}", String.format(Locale.ROOT, "%,d", number))
			.replace("{bigger}", String.format(Locale.ROOT, "%,d", number + 1 + random.nextInt(500)))
			.replace("{people}", pick(PEOPLE, random))
			.replace("{place}", pick(PLACES, random))
			.replace("{speaker}", pick(SPEAKERS, random))
			.replace("{date}", pick(DATES, random))
			.replace("{year}", String.valueOf(2010 + random.nextInt(17)))
			.replace("{percent}", String.valueOf(1 + random.nextInt(99)))
			.replace("{words}", pick(WORDS, random));
		return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
	}

	/** Random characters, numbers, quotes, markup and control characters: text no writer would produce. */
	static String noise(int length, long seed) {
		Random random = new Random(seed);
		StringBuilder noise = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			noise.append(NOISE.charAt(random.nextInt(NOISE.length())));
		}
		return noise.toString();
	}

	private static <T> T pick(List<T> choices, Random random) {
		return choices.get(random.nextInt(choices.size()));
	}

}
