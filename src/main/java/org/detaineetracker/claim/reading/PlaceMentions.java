package org.detaineetracker.claim.reading;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where the text names a facility. Names are compared without case, accents, hyphens or apostrophes,
 * and with or without a leading Arabic article, so "al Hawl", "Al-Hol", "al-Hōl" and "Hawl" all match
 * the alias "al-Hawl". The whole text is folded once and searched with one pattern, whatever the
 * number of names.
 */
final class PlaceMentions {

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern ARTICLE = Pattern.compile("^(?:al|el|ad|ar|as|ash|at|az) ");

	private final String text;

	private final List<PlaceMention> mentions;

	/** One named place: {@code text.substring(start, end)} is the name as the article spells it. */
	record PlaceMention(int start, int end, String facilitySlug) {
	}

	PlaceMentions(String text, List<PlaceName> places) {
		this.text = text;
		this.mentions = places.isEmpty() ? List.of() : find(text, places);
	}

	private static List<PlaceMention> find(String text, List<PlaceName> places) {
		Map<String, String> slugByName = new LinkedHashMap<>();
		for (PlaceName place : places) {
			String name = fold(place.name(), null).strip();
			if (name.isEmpty()) {
				continue;
			}
			slugByName.putIfAbsent(name, place.facilitySlug());
			Matcher article = ARTICLE.matcher(name);
			if (article.find() && name.length() - article.end() >= 4) {
				slugByName.putIfAbsent(name.substring(article.end()), place.facilitySlug());
			}
		}
		if (slugByName.isEmpty()) {
			return List.of();
		}
		String names = slugByName.keySet()
			.stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map(Pattern::quote)
			.collect(Collectors.joining("|"));
		Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + names + ")(?![\\p{L}\\p{N}])");
		// Decomposing can turn one character into up to three letters (a Hangul syllable).
		int[] origin = new int[text.length() * 3 + 1];
		String folded = fold(text, origin);
		List<PlaceMention> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(folded);
		while (matcher.find()) {
			int start = origin[matcher.start()];
			int end = origin[matcher.end() - 1] + 1;
			found.add(new PlaceMention(start, end, slugByName.get(matcher.group())));
		}
		return found;
	}

	/**
	 * Lower case without accents, with hyphens, dashes, apostrophes and runs of spaces as one space.
	 * @param origin when not null, receives for every folded character the index it came from
	 */
	static String fold(String raw, int[] origin) {
		StringBuilder folded = new StringBuilder(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (Character.isWhitespace(c) || c == '\u00A0' || "-‐‑–—'’‘ʼʿʾ`".indexOf(c) >= 0) {
				if (folded.length() > 0 && folded.charAt(folded.length() - 1) != ' ') {
					append(folded, ' ', origin, i);
				}
			}
			else if (c < 128) {
				append(folded, Character.toLowerCase(c), origin, i);
			}
			else {
				String plain = COMBINING_MARKS.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD))
					.replaceAll("")
					.toLowerCase(Locale.ROOT);
				for (int j = 0; j < plain.length(); j++) {
					append(folded, plain.charAt(j), origin, i);
				}
			}
		}
		return folded.toString();
	}

	private static void append(StringBuilder folded, char c, int[] origin, int from) {
		if (origin != null) {
			origin[folded.length()] = from;
		}
		folded.append(c);
	}

	/** A facility named near a figure and why it was chosen. */
	record Hint(String facilitySlug, String words, String reason) {
	}

	/** The place named nearest to a figure in its sentence, else in its paragraph; null if none. */
	Hint near(TextLayout.Span sentence, TextLayout.Span paragraph, int figureStart, int figureEnd) {
		PlaceMention inSentence = nearestWithin(sentence, figureStart, figureEnd);
		if (inSentence != null) {
			String words = text.substring(inSentence.start(), inSentence.end());
			return new Hint(inSentence.facilitySlug(), words, "“" + words + "” named in the same sentence");
		}
		PlaceMention inParagraph = nearestWithin(paragraph, figureStart, figureEnd);
		if (inParagraph != null) {
			String words = text.substring(inParagraph.start(), inParagraph.end());
			return new Hint(inParagraph.facilitySlug(), words, "“" + words + "” named in the same paragraph");
		}
		return null;
	}

	/**
	 * The mention in {@code span} nearest the figure, the earlier one on a tie. Mentions do not overlap,
	 * so only two can be nearest: the last that ends before the figure starts and the first after that
	 * (one touching the figure, or the first after it). Looking at those two instead of every mention in
	 * the span keeps a paragraph that names a place a thousand times linear.
	 */
	private PlaceMention nearestWithin(TextLayout.Span span, int figureStart, int figureEnd) {
		TextLayout.Span figure = new TextLayout.Span(figureStart, figureEnd);
		int after = firstEndingAfter(figureStart);
		PlaceMention before = after > 0 ? mentions.get(after - 1) : null;
		PlaceMention next = after < mentions.size() ? mentions.get(after) : null;
		if (before != null && !span.overlaps(before.start(), before.end())) {
			before = null;
		}
		if (next != null && !span.overlaps(next.start(), next.end())) {
			next = null;
		}
		if (before == null || next == null) {
			return before != null ? before : next;
		}
		return figure.distanceTo(before.start(), before.end()) <= figure.distanceTo(next.start(), next.end()) ? before
				: next;
	}

	/** Binary search: mentions are in text order and do not overlap. */
	private int firstEndingAfter(int position) {
		int low = 0;
		int high = mentions.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (mentions.get(middle).end() <= position) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

}
