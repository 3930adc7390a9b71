package org.detaineetracker.claim.reading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who a figure is attributed to: "the official said", "according to Politico", "Colonel Reyes told
 * reporters", "…, stating that". A figure inside a quotation belongs to whoever the quotation is
 * attributed to, even when the attribution is a paragraph away ("Gen Kurilla said: “…" with the
 * quotation going on in the next paragraph).
 *
 * <p>What a speech verb names depends only on the verb and its sentence, so it is worked out once per
 * verb when the article is read; a figure then finds the nearest verb that names someone by binary
 * search. The words before or after a verb are read up to {@link #LONGEST_SPEAKER} characters: a
 * speaker has at most {@link #MAX_WORDS} words, and a sentence that runs on for pages (a text with no
 * full stops) is not walked once per verb.
 */
final class Speakers {

	private static final Keywords SPEECH = new Keywords(Map.of(
			"source", List.of("according to", "citing"),
			"participle", List.of("stating", "saying"),
			"told", List.of("told", "tells"),
			// Not "states", "reports", "claims", "notes": in "United States" or "media reports" they are nouns.
			"said", List.of("said", "says", "stated", "added", "adds", "noted", "explained", "explains", "warned", "warns",
					"revealed", "reveals", "confirmed", "confirms", "claimed", "announced", "announces", "reported", "wrote",
					"writes", "admitted", "admits", "estimated", "emphasized", "emphasised", "emphasizes", "emphasises",
					"insisted", "insists", "concluded", "acknowledged")));

	/** Characters that end the words naming a speaker. */
	private static final String BOUNDARIES = ",;:“”\"()—–[]!?";

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern ONLY_SPACES_COLONS_COMMAS = Pattern.compile("[\\s:,]*");

	private static final Set<String> LEADING_WORDS = Set.of("and", "but", "as", "while", "then", "so", "that", "which",
			"who", "also", "because");

	private static final Set<String> TRAILING_WORDS = Set.of("has", "have", "had", "also", "later", "previously",
			"repeatedly", "then", "once", "on", "reportedly");

	private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "this", "that",
			"there", "one");

	private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "from", "during", "after", "before", "since",
			"by", "for", "with", "under", "over", "across", "when", "while", "if", "as", "currently", "meanwhile");

	private static final int MAX_WORDS = 9;

	private static final int QUOTE_REACH = 150;

	/** No speaker's words are longer: nine words of up to twenty letters, with their spaces. */
	private static final int LONGEST_SPEAKER = 200;

	private final String text;

	private final TextLayout layout;

	private final Hits verbs;

	private final int[] quoteStarts;

	private final int[] quoteEnds;

	/** The verbs outside quotations that name a speaker, in text order, with the speaker each names. */
	private final List<Hits.Hit> naming = new ArrayList<>();

	private final List<String> named = new ArrayList<>();

	/** The subject of each sentence a verb asked for, by the sentence's start (a null subject included). */
	private final Map<Integer, String> subjects = new HashMap<>();

	/** Each quotation's attribution once found, by the quotation's index. */
	private final Map<Integer, Speaker> attributions = new HashMap<>();

	Speakers(TextWords words, TextLayout layout) {
		this.text = words.text();
		this.layout = layout;
		this.verbs = SPEECH.find(words);
		List<int[]> quotes = quotations(text);
		this.quoteStarts = quotes.stream().mapToInt(quote -> quote[0]).toArray();
		this.quoteEnds = quotes.stream().mapToInt(quote -> quote[1]).toArray();
		for (int i = 0; i < verbs.size(); i++) {
			Hits.Hit verb = verbs.get(i);
			TextLayout.Span sentence = layout.sentenceAt(verb.start());
			if (quoteAt(verb.start()) >= 0 || verb.end() > sentence.end()) {
				continue;
			}
			String name = speakerOf(verb, sentence);
			if (name != null) {
				naming.add(verb);
				named.add(name);
			}
		}
	}

	/** A speaker and how it was found. */
	record Speaker(String name, String reason) {
	}

	/** Who the figure at {@code [figureStart, figureEnd)} is attributed to, or null. */
	Speaker of(int figureStart, int figureEnd) {
		int quote = quoteAt(figureStart);
		if (quote >= 0) {
			Speaker quoted = quoteAttribution(quote);
			if (quoted != null) {
				return quoted;
			}
		}
		TextLayout.Span sentence = layout.sentenceAt(figureStart);
		TextLayout.Span figure = new TextLayout.Span(figureStart, figureEnd);
		// the naming verbs do not overlap, so only two can be nearest: the last one ending before the
		// figure starts and the next one; on a tie the earlier wins
		int after = firstNamingEndingAfter(figureStart);
		int before = after - 1;
		if (before >= 0 && naming.get(before).start() < sentence.start()) {
			before = -1;
		}
		if (after < naming.size() && naming.get(after).end() > sentence.end()) {
			after = naming.size();
		}
		int nearest;
		if (before < 0) {
			nearest = after;
		}
		else if (after >= naming.size()) {
			nearest = before;
		}
		else {
			Hits.Hit earlier = naming.get(before);
			Hits.Hit later = naming.get(after);
			nearest = figure.distanceTo(earlier.start(), earlier.end()) <= figure.distanceTo(later.start(), later.end())
					? before : after;
		}
		if (nearest < 0 || nearest >= naming.size()) {
			return null;
		}
		String name = named.get(nearest);
		return new Speaker(name, "“" + naming.get(nearest).words() + "” names the speaker: " + name);
	}

	private int firstNamingEndingAfter(int position) {
		int low = 0;
		int high = naming.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (naming.get(middle).end() <= position) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

	private Speaker quoteAttribution(int quote) {
		if (!attributions.containsKey(quote)) {
			attributions.put(quote, findQuoteAttribution(quote));
		}
		return attributions.get(quote);
	}

	/** The speaker of a quotation: named after it ("…,” the official said) or before it (X said: “…). */
	private Speaker findQuoteAttribution(int quote) {
		int close = quoteEnds[quote];
		if (close < text.length()) {
			TextLayout.Span sentence = layout.sentenceAt(close);
			if (sentence.contains(close)) {
				for (Hits.Hit verb : verbs.within(close, Math.min(sentence.end(), close + QUOTE_REACH))) {
					if (quoteAt(verb.start()) >= 0) {
						break;
					}
					String name = speakerOf(verb, sentence);
					if (name != null) {
						return new Speaker(name, "in a quotation attributed with “" + verb.words() + "”: " + name);
					}
				}
			}
		}
		int open = quoteStarts[quote];
		TextLayout.Span sentence = layout.sentenceAt(open);
		Hits.Hit verb = verbs.lastWithin(sentence.start(), open);
		if (verb != null) {
			if (ONLY_SPACES_COLONS_COMMAS.matcher(text).region(verb.end(), open).matches()) {
				String name = speakerOf(verb, sentence);
				if (name != null) {
					return new Speaker(name, "in a quotation introduced with “" + verb.words() + "”: " + name);
				}
			}
		}
		return null;
	}

	/** The words a speech verb attributes to, or null when they do not look like a speaker. */
	private String speakerOf(Hits.Hit verb, TextLayout.Span sentence) {
		if (verb.group().equals("source")) {
			return cleaned(wordsAfter(verb.end(), sentence.end()));
		}
		if (verb.group().equals("participle")) {
			return subjectOf(sentence);
		}
		int chunkStart = chunkStartBefore(verb.start(), sentence.start());
		String before = chunkStart < 0 ? null : cleaned(text.substring(chunkStart, verb.start()));
		if (before != null) {
			return withAppositive(before, chunkStart, sentence);
		}
		if (verb.group().equals("said")) {
			// "…,” said Major Lena Park." but not "…, said 3,500 fighters are held" or "said that …".
			String after = cleaned(wordsAfter(verb.end(), sentence.end()));
			if (after != null && after.chars().noneMatch(Character::isDigit)
					&& (Character.isUpperCase(after.charAt(0)) || startsWithDeterminer(after))) {
				return after;
			}
		}
		return subjectOf(sentence);
	}

	/**
	 * Where the words before {@code end} begin: after the previous boundary or quotation; -1 when they
	 * run on for more than {@link #LONGEST_SPEAKER} characters, too long for a speaker.
	 */
	private int chunkStartBefore(int end, int limit) {
		int start = end;
		int reach = Math.max(limit, end - LONGEST_SPEAKER);
		while (start > reach && BOUNDARIES.indexOf(text.charAt(start - 1)) < 0 && quoteAt(start - 1) < 0) {
			start--;
		}
		boolean cut = start == reach && reach > limit && BOUNDARIES.indexOf(text.charAt(start - 1)) < 0
				&& quoteAt(start - 1) < 0;
		return cut ? -1 : start;
	}

	/**
	 * The words between {@code start} and the next boundary: "Politico" in "according to Politico."; null
	 * when they run on for more than {@link #LONGEST_SPEAKER} characters.
	 */
	private String wordsAfter(int start, int limit) {
		int end = start;
		int reach = Math.min(limit, start + LONGEST_SPEAKER);
		while (end < reach && BOUNDARIES.indexOf(text.charAt(end)) < 0) {
			end++;
		}
		if (end == reach && reach < limit && BOUNDARIES.indexOf(text.charAt(end)) < 0) {
			return null;
		}
		return text.substring(start, end);
	}

	/** Trims words that are not part of a name; null when nothing like a speaker remains. */
	private static String cleaned(String raw) {
		if (raw == null) {
			return null;
		}
		String stripped = raw.strip();
		if (stripped.endsWith(".")) {
			stripped = stripped.substring(0, stripped.length() - 1);
		}
		List<String> words = new ArrayList<>(Arrays.asList(SPACES.split(stripped)));
		words.removeIf(String::isEmpty);
		while (!words.isEmpty() && LEADING_WORDS.contains(words.get(0).toLowerCase(Locale.ROOT))) {
			words.remove(0);
		}
		while (!words.isEmpty() && TRAILING_WORDS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
			words.remove(words.size() - 1);
		}
		if (words.isEmpty() || words.size() > MAX_WORDS) {
			return null;
		}
		String name = String.join(" ", words);
		if (PRONOUNS.contains(name.toLowerCase(Locale.ROOT)) || name.chars().noneMatch(Character::isLetter)) {
			return null;
		}
		return name;
	}

	/**
	 * "Lt Col Amal Haddad, spokesman, said": a bare title before the verb takes the short capitalised
	 * name before its comma.
	 */
	private String withAppositive(String words, int chunkStart, TextLayout.Span sentence) {
		int comma = chunkStart - 1;
		if (comma <= sentence.start() || text.charAt(comma) != ',' || wordCount(words) > 4
				|| startsWithDeterminer(words)) {
			return words;
		}
		int nameStart = chunkStartBefore(comma, sentence.start());
		String name = nameStart < 0 ? null : cleaned(text.substring(nameStart, comma));
		return name != null && looksLikeName(name) ? name + ", " + words : words;
	}

	/**
	 * The sentence's first phrase when it looks like a name, with a short title after it:
	 * "Admiral Brad Cooper, CENTCOM commander, …", "Amir Saleh, the regional commander, said …".
	 */
	private String subjectOf(TextLayout.Span sentence) {
		if (!subjects.containsKey(sentence.start())) {
			subjects.put(sentence.start(), findSubject(sentence));
		}
		return subjects.get(sentence.start());
	}

	private String findSubject(TextLayout.Span sentence) {
		String firstWords = wordsAfter(sentence.start(), sentence.end());
		String first = cleaned(firstWords);
		if (first == null || !looksLikeName(first)) {
			return null;
		}
		int comma = sentence.start() + firstWords.length();
		if (comma < sentence.end() && text.charAt(comma) == ',') {
			String secondWords = wordsAfter(comma + 1, sentence.end());
			String second = cleaned(secondWords);
			int end = secondWords == null ? sentence.end() : comma + 1 + secondWords.length();
			if (second != null && wordCount(second) <= 4 && end < sentence.end() && text.charAt(end) == ','
					&& (Character.isUpperCase(second.charAt(0)) || startsWithDeterminer(second))) {
				return first + ", " + second;
			}
		}
		return first;
	}

	private static boolean looksLikeName(String words) {
		String[] parts = SPACES.split(words);
		long capitalised = Arrays.stream(parts).filter(part -> Character.isUpperCase(part.charAt(0))).count();
		return parts.length <= 5 && !PREPOSITIONS.contains(parts[0].toLowerCase(Locale.ROOT))
				&& Character.isUpperCase(parts[0].charAt(0)) && capitalised * 2 >= parts.length;
	}

	private static boolean startsWithDeterminer(String words) {
		String first = SPACES.split(words, 2)[0].toLowerCase(Locale.ROOT);
		return first.equals("the") || first.equals("a") || first.equals("an");
	}

	private static int wordCount(String words) {
		return SPACES.split(words).length;
	}

	/** The quotation that {@code position} lies in, or -1. */
	private int quoteAt(int position) {
		int index = Arrays.binarySearch(quoteStarts, position);
		if (index < 0) {
			index = -index - 2;
		}
		return index >= 0 && position < quoteEnds[index] ? index : -1;
	}

	/**
	 * Every quotation, as [opening mark, closing mark + 1). A quotation left open at the end of a
	 * paragraph goes on when the next paragraph opens with a quotation mark, as typesetters write a
	 * quotation of several paragraphs; otherwise it ends with the paragraph.
	 */
	private static List<int[]> quotations(String text) {
		List<int[]> quotes = new ArrayList<>();
		int open = -1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (open < 0 && (c == '“' || c == '"')) {
				open = i;
			}
			else if (open >= 0 && (c == '”' || c == '"')) {
				quotes.add(new int[] { open, i + 1 });
				open = -1;
			}
			else if (open >= 0 && c == '\n') {
				int next = i;
				while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
					next++;
				}
				if (next < text.length() && (text.charAt(next) == '“' || text.charAt(next) == '"')) {
					i = next;
				}
				else {
					quotes.add(new int[] { open, i });
					open = -1;
				}
			}
		}
		if (open >= 0) {
			quotes.add(new int[] { open, text.length() });
		}
		return quotes;
	}

}
