package org.detaineetracker.claim.reading;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.detaineetracker.kernel.Qualifier;

/**
 * The words around a number that qualify it, mapped to the qualifier table in DESIGN.md: "over 8,000",
 * "6,000 or so", "nearly six thousand". Only the words right next to the number count: "over" three
 * words earlier qualifies something else.
 */
final class QualifierWords {

	/** Looked up in the words right before a number, in lower case with single spaces. */
	private static final Map<String, Qualifier> BEFORE = Map.ofEntries(Map.entry("more than", Qualifier.OVER),
			Map.entry("over", Qualifier.OVER), Map.entry("in excess of", Qualifier.OVER),
			Map.entry("upwards of", Qualifier.OVER), Map.entry("well over", Qualifier.OVER),
			Map.entry("just over", Qualifier.OVER), Map.entry("at least", Qualifier.AT_LEAST),
			Map.entry("no fewer than", Qualifier.AT_LEAST), Map.entry("no less than", Qualifier.AT_LEAST),
			Map.entry("a minimum of", Qualifier.AT_LEAST), Map.entry("nearly", Qualifier.NEARLY),
			Map.entry("almost", Qualifier.NEARLY), Map.entry("close to", Qualifier.NEARLY),
			Map.entry("just under", Qualifier.NEARLY), Map.entry("just shy of", Qualifier.NEARLY),
			Map.entry("up to", Qualifier.UP_TO), Map.entry("as many as", Qualifier.UP_TO),
			Map.entry("at most", Qualifier.UP_TO), Map.entry("a maximum of", Qualifier.UP_TO),
			Map.entry("no more than", Qualifier.UP_TO), Map.entry("fewer than", Qualifier.FEWER_THAN),
			Map.entry("less than", Qualifier.FEWER_THAN), Map.entry("under", Qualifier.FEWER_THAN),
			Map.entry("below", Qualifier.FEWER_THAN), Map.entry("about", Qualifier.APPROXIMATE),
			Map.entry("around", Qualifier.APPROXIMATE), Map.entry("some", Qualifier.APPROXIMATE),
			Map.entry("roughly", Qualifier.APPROXIMATE), Map.entry("approximately", Qualifier.APPROXIMATE),
			Map.entry("an estimated", Qualifier.APPROXIMATE), Map.entry("estimated", Qualifier.APPROXIMATE),
			Map.entry("circa", Qualifier.APPROXIMATE),
			// Arabic: more than; about (two ways to say it); nearly; fewer than; at least
			Map.entry("أكثر من", Qualifier.OVER), Map.entry("نحو", Qualifier.APPROXIMATE),
			Map.entry("حوالي", Qualifier.APPROXIMATE), Map.entry("قرابة", Qualifier.NEARLY),
			Map.entry("أقل من", Qualifier.FEWER_THAN), Map.entry("ما لا يقل عن", Qualifier.AT_LEAST));

	/** Looked for right after a number: "6,000 or so", "6,000-odd", "6,000-plus", "6,000+", "6,000 or more". */
	private static final Map<String, Qualifier> AFTER = Map.of("or so", Qualifier.APPROXIMATE, "odd", Qualifier.APPROXIMATE,
			"plus", Qualifier.OVER, "+", Qualifier.OVER, "or more", Qualifier.AT_LEAST, "or fewer", Qualifier.UP_TO,
			"or less", Qualifier.UP_TO);

	/** "plus" only when hyphenated: "6,000 plus 300 women" adds two figures. */
	private static final Pattern AFTER_PATTERN = Pattern.compile("^(?:[”\"’']?\\s+(?<phrase>or so|or more|or fewer|or less)"
			+ "|[-‐‑ ](?<odd>odd)|[-‐‑](?<plus>plus)|(?<sign>\\+))(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);

	/** "handed over 150 detainees": a verb's "over", not a qualifier. */
	private static final Set<String> VERBS_WITH_OVER = Set.of("hand", "hands", "handed", "handing", "turn", "turns",
			"turned", "turning", "took", "take", "takes", "taking", "taken", "pass", "passed", "passing", "sign", "signed",
			"signing");

	/** The longest qualifier phrase has four words: "a maximum of" has three, "ما لا يقل عن" four. */
	private static final int LONGEST_PHRASE = 4;

	private QualifierWords() {
	}

	/** A qualifier phrase in the text and what it reads as. */
	record Reading(Qualifier qualifier, int start, int end, String words) {
	}

	/**
	 * The qualifier right before {@code numberStart}, looking no further back than {@code from}; null if
	 * none. The longest phrase wins: "no more than" (UP_TO) over "more than" (OVER).
	 */
	static Reading before(String text, int from, int numberStart) {
		if (WordsBefore.symbolBefore(text, from, numberStart) == '~') {
			int tilde = text.lastIndexOf('~', numberStart);
			return new Reading(Qualifier.APPROXIMATE, tilde, tilde + 1, "~");
		}
		List<WordsBefore.Word> words = WordsBefore.of(text, from, numberStart, LONGEST_PHRASE + 1);
		Reading longest = null;
		int longestLength = 0;
		StringBuilder phrase = new StringBuilder();
		for (int i = 0; i < Math.min(words.size(), LONGEST_PHRASE); i++) {
			phrase.insert(0, i == 0 ? words.get(i).lowerCase() : words.get(i).lowerCase() + " ");
			Qualifier qualifier = BEFORE.get(phrase.toString());
			if (qualifier != null) {
				WordsBefore.Word first = words.get(i);
				int end = words.get(0).end();
				longest = new Reading(qualifier, first.start(), end, text.substring(first.start(), end));
				longestLength = i + 1;
			}
		}
		if (longest != null && longestLength == 1 && words.get(0).lowerCase().equals("over") && words.size() > 1
				&& VERBS_WITH_OVER.contains(words.get(1).lowerCase())) {
			return null;
		}
		return longest;
	}

	/** The qualifier right after {@code numberEnd}, looking no further than {@code limit}; null if none. */
	static Reading after(String text, int numberEnd, int limit) {
		if (limit <= numberEnd) {
			return null;
		}
		Matcher matcher = AFTER_PATTERN.matcher(text).region(numberEnd, Math.min(limit, numberEnd + 12));
		if (!matcher.lookingAt()) {
			return null;
		}
		for (String group : new String[] { "phrase", "odd", "plus", "sign" }) {
			if (matcher.group(group) != null) {
				String words = matcher.group(group);
				return new Reading(AFTER.get(words.toLowerCase(Locale.ROOT)), matcher.start(group), matcher.end(group), words);
			}
		}
		return null;
	}

	/** What a qualifier makes of the number, as an editor would say it. */
	static String plain(Qualifier qualifier) {
		return switch (qualifier) {
			case EXACT -> "read as an exact number";
			case APPROXIMATE -> "read as about that many";
			case OVER -> "read as more than that";
			case AT_LEAST -> "read as that many or more";
			case NEARLY -> "read as a little under that";
			case UP_TO -> "read as at most that many";
			case FEWER_THAN -> "read as fewer than that";
			case RANGE -> "read as a range";
		};
	}

}
