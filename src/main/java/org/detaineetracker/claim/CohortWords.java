package org.detaineetracker.claim;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which seeded cohort a figure probably counts, from the words that describe it: "150 high-value
 * detainees", "50,000 others", "ISIS-affiliated women and children". The words right after the number
 * decide first; only when they say nothing does the rest of the sentence nearby get a say.
 */
final class CohortWords {

	/** Groups of {@link #COHORT} in order of precedence: "high-value ISIS detainees" are high-value first. */
	private static final List<String> GROUPS = List.of("highValue", "womenAndChildren", "others", "isis");

	private static final List<String> SLUGS = List.of("high-value-isis-detainees", "isis-affiliated-women-and-children",
			"other-detainees-and-residents", "isis-detainees");

	private static final Pattern COHORT = Pattern.compile("(?<![\\p{L}])(?:"
			+ "(?<highValue>high[\\s‐‑-]value|high[\\s‐‑-]risk|most\\s+dangerous|leaders|hvts?)"
			+ "|(?<womenAndChildren>women|woman|children|child|wives|widows|kids|minors|families|family\\s+members"
			+ "|orphans|boys|girls|mothers|نساء|أطفال)"
			+ "|(?<others>others|residents|civilians|displaced|refugees|idps|non[\\s‐‑-]isis)"
			+ "|(?<isis>isis|isil|(?-i:IS)|islamic\\s+state|daesh|jihadis|jihadists?|fighters?|operatives?|militants?|terrorists?"
			+ "|extremists?|insurgents?|داعش))(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final int REACH = 80;

	private final Hits words;

	CohortWords(String text) {
		this.words = Hits.of(COHORT, text, GROUPS.toArray(String[]::new));
	}

	/** A cohort slug, the words that suggested it and the reason shown to editors. */
	record Hint(String slug, String words, String reason) {
	}

	/**
	 * @param phraseEnd where the words describing the figure end ("150 high-value detainees")
	 */
	Hint near(TextLayout.Span sentence, int figureStart, int figureEnd, int phraseEnd) {
		Hits.Hit inPhrase = null;
		for (Hits.Hit word : words.within(figureEnd, phraseEnd)) {
			if (inPhrase == null || GROUPS.indexOf(word.group()) < GROUPS.indexOf(inPhrase.group())) {
				inPhrase = word;
			}
		}
		if (inPhrase != null) {
			String slug = slugOf(inPhrase);
			return new Hint(slug, inPhrase.words(), "“" + inPhrase.words() + "” describes it: " + slug);
		}
		TextLayout.Span figure = new TextLayout.Span(figureStart, phraseEnd);
		Hits.Hit nearest = null;
		int nearestDistance = Integer.MAX_VALUE;
		for (Hits.Hit word : words.within(Math.max(sentence.start(), figureStart - REACH),
				Math.min(sentence.end(), phraseEnd + REACH))) {
			int distance = figure.distanceTo(word.start(), word.end());
			if (distance < nearestDistance) {
				nearest = word;
				nearestDistance = distance;
			}
		}
		if (nearest == null) {
			return null;
		}
		String slug = slugOf(nearest);
		return new Hint(slug, nearest.words(), "“" + nearest.words() + "” in the same sentence: " + slug);
	}

	private static String slugOf(Hits.Hit word) {
		return SLUGS.get(GROUPS.indexOf(word.group()));
	}

}
