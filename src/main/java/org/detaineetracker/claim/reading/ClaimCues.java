package org.detaineetracker.claim.reading;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Words that show a sentence is about people being held, moved, released or escaping ("held",
 * "airlift", "freed", "broke out"), and which of those a figure describes: the cue nearest to it.
 */
final class ClaimCues {

	/** What happened to people, by the words that say so. A longer phrase wins: "prison break" over "prison". */
	private static final Keywords CUES = new Keywords(Map.of(
			"escaped", List.of("escap*", "broke out", "break out", "breaks out", "breaking out", "breakout", "breakouts",
					"jailbreak", "jailbreaks", "jail break", "jail breaks", "prison break", "prison breaks", "fled", "flee",
					"flees", "fleeing", "on the run", "at large", "got out"),
			"released", List.of("releas*", "freed", "set free", "go free", "walk free", "walked free", "let go",
					"let them go", "let him go", "let her go", "pardon", "pardons", "pardoned", "amnesty", "amnestied"),
			"moved", List.of("move", "moves", "moved", "moving", "transfer*", "airlift*", "relocat*", "transport*",
					"deport*", "repatriat*", "evacuat*", "flown", "handed over", "handing over", "taken to", "sent to",
					"brought to", "receiv*"),
			"held", List.of("held", "hold", "holds", "holding", "detain*", "detention", "custody", "imprison*", "jail",
					"jails", "jailed", "behind bars", "incarcerat*", "house", "houses", "housed", "housing", "interned",
					"captured", "prison", "prisons", "camp", "camps", "locked up")));

	/** Words that make an escape or release only feared, planned or prevented: the people are still held. */
	private static final Keywords NOT_HAPPENED = new Keywords(Map.of("notHappened", List.of("if", "could", "would",
			"might", "may", "want to", "wants to", "intent", "intend", "intends", "plan", "plans", "planned", "planning",
			"plot", "plots", "plotted", "threat*", "fear*", "risk", "risks", "potential*", "prevent*", "thwart*",
			"avert*", "warn*")));

	/** "get these 6,000 out": taken out, not escaped. */
	private static final Pattern OUT = Pattern.compile("\\s*out(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

	/** How far from a figure a cue still speaks of it, within its sentence. */
	private static final int REACH = 100;

	private static final int NOT_HAPPENED_REACH = 40;

	private final String text;

	private final Hits cues;

	private final Hits notHappened;

	ClaimCues(TextWords words) {
		this.text = words.text();
		this.cues = CUES.find(words);
		this.notHappened = NOT_HAPPENED.find(words);
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
						+ "” is only feared, planned or prevented (“" + marker + "”): the people are still held");
			}
		}
		return new Cue(kind, nearest.words(), "“" + nearest.words() + "” nearby: read as people " + kind.name().toLowerCase(java.util.Locale.ROOT));
	}

}
