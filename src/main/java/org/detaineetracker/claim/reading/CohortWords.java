package org.detaineetracker.claim.reading;

import java.util.List;
import java.util.Map;

/**
 * Which seeded cohort a figure probably counts, from the words that describe it: "150 high-value
 * detainees", "50,000 others", "ISIS-affiliated women and children". The words right after the number
 * decide first; only when they say nothing does the rest of the sentence nearby get a say.
 */
final class CohortWords {

	/** Groups of {@link #COHORTS} in order of precedence: "high-value ISIS detainees" are high-value first. */
	private static final List<String> GROUPS = List.of("highValue", "womenAndChildren", "others", "isis");

	private static final List<String> SLUGS = List.of("high-value-isis-detainees", "isis-affiliated-women-and-children",
			"other-detainees-and-residents", "isis-detainees");

	private static final Keywords COHORTS = new Keywords(Map.of(
			"highValue", List.of("high value", "high risk", "most dangerous", "leaders", "hvt", "hvts"),
			"womenAndChildren", List.of("women", "woman", "children", "child", "wives", "widows", "kids", "minors",
					"families", "family members", "orphans", "boys", "girls", "mothers", "نساء", "أطفال"),
			"others", List.of("others", "residents", "civilians", "displaced", "refugees", "idps", "non isis"),
			"isis", List.of("isis", "isil", "IS", "islamic state", "daesh", "jihadis", "jihadist", "jihadists", "fighter",
					"fighters", "operative", "operatives", "militant", "militants", "terrorist", "terrorists", "extremist",
					"extremists", "insurgent", "insurgents", "داعش")));

	private static final int REACH = 80;

	private final Hits words;

	CohortWords(TextWords words) {
		this.words = COHORTS.find(words);
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
			return new Hint(slug, inPhrase.words(), "“" + inPhrase.words() + "” after it says who is counted");
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
		return new Hint(slug, nearest.words(), "“" + nearest.words() + "” in the same sentence says who is counted");
	}

	private static String slugOf(Hits.Hit word) {
		return SLUGS.get(GROUPS.indexOf(word.group()));
	}

}
