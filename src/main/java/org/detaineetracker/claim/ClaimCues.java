package org.detaineetracker.claim;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Words that show a sentence is about people being held, moved, released or escaping ("held",
 * "airlift", "freed", "broke out"), and which of those a figure describes: the cue nearest to it.
 */
final class ClaimCues {

	/** Escape first, so "prison break" is read before "prison". */
	private static final Pattern CUE = Pattern.compile("(?<![\\p{L}])(?:"
			+ "(?<escaped>escap(?:e|es|ed|ing|ees?)|broke\\s+out|break(?:s|ing)?\\s+out|breakouts?|jail\\s?breaks?"
			+ "|prison\\s+breaks?|fled|flee(?:s|ing)?|on\\s+the\\s+run|at\\s+large|got\\s+out)"
			+ "|(?<released>releas(?:e|es|ed|ing)|freed|set\\s+free|go\\s+free|walk(?:ed)?\\s+free"
			+ "|let\\s+(?:them\\s+|him\\s+|her\\s+)?go|pardon(?:s|ed)?|amnest(?:y|ied))"
			+ "|(?<moved>mov(?:e|es|ed|ing)|transfer(?:s|red|ring)?|airlift(?:s|ed|ing)?|relocat(?:e|es|ed|ing|ion)"
			+ "|transport(?:s|ed|ing|ation)?|deport(?:s|ed|ing|ations?)?|repatriat(?:e|es|ed|ing|ions?)"
			+ "|evacuat(?:e|es|ed|ing|ion)|flown|hand(?:ed|ing)\\s+over|taken\\s+to|sent\\s+to|brought\\s+to"
			+ "|receiv(?:e|es|ed|ing))"
			+ "|(?<held>held|hold(?:s|ing)?|detain(?:s|ed|ing)?|detainees?|detention|custody|imprison(?:ed|ment)?"
			+ "|jail(?:ed|s)?|behind\\s+bars|incarcerat(?:ed|ion)|hous(?:e|es|ed|ing)|interned|captured|prisons?"
			+ "|camps?|locked\\s+up))(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

	/** Words that make an escape or release only feared, planned or prevented: the people are still held. */
	private static final Pattern NOT_HAPPENED = Pattern.compile("(?<![\\p{L}])(?:if|could|would|might|may|wants?\\s+to"
			+ "|intent|intends?|plan(?:s|ned|ning)?|plot(?:s|ted)?|threat(?:s|en|ens|ened)?|fear(?:s|ed)?|risks?"
			+ "|potential(?:ly)?|prevent(?:s|ed|ing)?|thwart(?:s|ed|ing)?|avert(?:s|ed|ing)?|warn(?:s|ed|ing)?)(?![\\p{L}])",
			Pattern.CASE_INSENSITIVE);

	/** "get these 6,000 out": taken out, not escaped. */
	private static final Pattern OUT = Pattern.compile("\\s*out(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

	/** How far from a figure a cue still speaks of it, within its sentence. */
	private static final int REACH = 100;

	private static final int NOT_HAPPENED_REACH = 40;

	private final String text;

	private final Hits cues;

	private final Hits notHappened;

	ClaimCues(String text) {
		this.text = text;
		this.cues = Hits.of(CUE, text, "escaped", "released", "moved", "held");
		this.notHappened = Hits.of(NOT_HAPPENED, text);
	}

	/** The cue nearest to a figure and the kind of claim it reads as. */
	record Cue(ClaimKind kind, String words, String reason) {
	}

	/**
	 * The cue nearest to {@code [figureStart, figureEnd)} within {@code sentence}; null when there is none.
	 * @param phraseEnd where the figure's noun phrase ends, so "moved" after "150 detainees" is near and
	 *     "detainees" itself is not a cue
	 */
	Cue nearest(TextLayout.Span sentence, int figureStart, int figureEnd, int phraseEnd) {
		if (OUT.matcher(text).region(phraseEnd, sentence.end()).lookingAt()) {
			return new Cue(ClaimKind.MOVED, "out", "“out” right after it: taken out, so MOVED");
		}
		TextLayout.Span figure = new TextLayout.Span(figureStart, Math.max(figureEnd, phraseEnd));
		Hits.Hit nearest = null;
		int nearestDistance = Integer.MAX_VALUE;
		for (Hits.Hit cue : cues.within(Math.max(sentence.start(), figureStart - REACH),
				Math.min(sentence.end(), phraseEnd + REACH))) {
			int distance = figure.distanceTo(cue.start(), cue.end());
			if (!figure.overlaps(cue.start(), cue.end()) && distance < nearestDistance) {
				nearest = cue;
				nearestDistance = distance;
			}
		}
		if (nearest == null) {
			return null;
		}
		ClaimKind kind = switch (nearest.group()) {
			case "escaped" -> ClaimKind.ESCAPED;
			case "released" -> ClaimKind.RELEASED;
			case "moved" -> ClaimKind.MOVED;
			default -> ClaimKind.HELD;
		};
		if (kind == ClaimKind.ESCAPED || kind == ClaimKind.RELEASED) {
			List<Hits.Hit> markers = notHappened.within(Math.max(sentence.start(), nearest.start() - NOT_HAPPENED_REACH),
					nearest.start());
			if (!markers.isEmpty()) {
				String marker = markers.get(markers.size() - 1).words();
				return new Cue(ClaimKind.HELD, nearest.words(), "“" + nearest.words()
						+ "” is only feared, planned or prevented (“" + marker + "”): the people are still HELD");
			}
		}
		return new Cue(kind, nearest.words(), "“" + nearest.words() + "” nearby: " + kind);
	}

}
