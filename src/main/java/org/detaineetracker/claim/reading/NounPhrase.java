package org.detaineetracker.claim.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that follow a number and say what it counts: "9,000 ISIS soldiers", "150 high-value
 * detainees", "three years". The phrase ends at punctuation, at a word that starts a new part of the
 * clause ("and", "in", "were", "the"), after five words, or at the first unknown word after its head.
 * The head is the last word that one of the {@link Lexicon} lists knows, so "four terrorist attack
 * scenarios" counts attacks, not terrorists.
 *
 * @param end where the head ends, or where the phrase began when it has no head: words after the head
 *     ("inmates escaped") belong to the rest of the sentence
 */
record NounPhrase(List<String> words, String head, Lexicon kind, int end) {

	private static final int MAX_WORDS = 5;

	private static final Set<String> ENDS_PHRASE = Set.of("and", "or", "but", "nor", "in", "at", "on", "from", "to",
			"into", "onto", "with", "without", "by", "for", "who", "which", "that", "were", "was", "is", "are", "be",
			"been", "being", "have", "has", "had", "will", "would", "could", "should", "can", "may", "might", "must",
			"currently", "now", "already", "still", "also", "out", "as", "than", "after", "before", "since", "during",
			"including", "inside", "across", "near", "under", "over", "while", "when", "where", "got", "get",
			"remained", "remain", "said", "says", "told", "according", "more", "fewer", "less", "odd", "plus");

	/** A determiner starts another noun phrase: "in 2014 the group", "moved 300 a day". */
	private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "its",
			"their", "his", "her", "our", "every", "each");

	/** After "of" the phrase goes on: "5,000 of the detainees", "three of them". */
	private static final Set<String> AFTER_OF = Set.of("the", "these", "those", "its", "their", "them", "whom");

	/** Words that make "soldiers" mean held ISIS fighters rather than an army's own troops. */
	private static final Set<String> ISIS_WORDS = Set.of("isis", "isil", "daesh", "islamic", "jihadist", "jihadi");

	private static final Pattern WORD = Pattern.compile("[\\s“”\"‘’'«»]*([\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}'’.‐‑-]*)");

	private static final Pattern ABBREVIATION = Pattern.compile("(?:\\p{L}\\.)+");

	static NounPhrase after(String text, int from, int limit) {
		List<String> words = new ArrayList<>();
		String head = null;
		Lexicon kind = null;
		Matcher matcher = WORD.matcher(text).region(from, limit);
		int position = from;
		int headEnd = from;
		boolean afterOf = false;
		while (words.size() < MAX_WORDS && matcher.lookingAt()) {
			String raw = matcher.group(1);
			boolean endsWithStop = raw.endsWith(".") && !ABBREVIATION.matcher(raw).matches();
			// "IS fighters": the group's initials, not the verb that ends a phrase.
			String word = raw.equals("IS") ? "isis" : stripTrailing(raw).toLowerCase(Locale.ROOT);
			if (words.isEmpty() && word.equals("of")) {
				afterOf = true;
			}
			else if (afterOf && words.size() == 1 && AFTER_OF.contains(word)) {
				// "of the", "of them": keep reading, "them" itself counts people.
			}
			else if (ENDS_PHRASE.contains(word) || DETERMINERS.contains(word)) {
				break;
			}
			Lexicon lexicon = Lexicon.of(lastPart(word));
			if (kind != null && lexicon == null) {
				// The noun is found; an unknown word after it starts the rest of the clause ("inmates escaped").
				break;
			}
			words.add(word);
			position = matcher.end();
			if (lexicon != null) {
				head = word;
				kind = lexicon;
				headEnd = position;
			}
			if (endsWithStop || position >= limit || ",;:!?()[]".indexOf(text.charAt(position)) >= 0) {
				break;
			}
			matcher.region(position, limit);
		}
		if (kind == Lexicon.PEOPLE && lastPart(head).startsWith("soldier") && words.stream().noneMatch(ISIS_WORDS::contains)) {
			kind = Lexicon.FORCES;
		}
		if (kind == Lexicon.PEOPLE && lastPart(head).startsWith("member") && words.contains("service")) {
			kind = Lexicon.FORCES;
		}
		return new NounPhrase(List.copyOf(words), head, kind, headEnd);
	}

	private static String stripTrailing(String raw) {
		if (ABBREVIATION.matcher(raw).matches()) {
			return raw;
		}
		String word = raw;
		while (!word.isEmpty() && ".'’-‐‑".indexOf(word.charAt(word.length() - 1)) >= 0) {
			word = word.substring(0, word.length() - 1);
		}
		return word;
	}

	/** "ISIS-affiliated" → "affiliated", "high-value" → "value": a compound is known by its last part. */
	private static String lastPart(String word) {
		int hyphen = Math.max(word.lastIndexOf('-'), Math.max(word.lastIndexOf('‐'), word.lastIndexOf('‑')));
		return hyphen >= 0 && hyphen < word.length() - 1 ? word.substring(hyphen + 1) : word;
	}

	boolean countsPeople() {
		return kind == Lexicon.PEOPLE;
	}

}
