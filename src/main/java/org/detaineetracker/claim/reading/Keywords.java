package org.detaineetracker.claim.reading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lists of words and phrases in named groups ("moved": "airlift*", "handed over"), found in a text in
 * one pass over its words. A phrase matches across spaces or hyphens ("high value" finds
 * "high-value"); a word ending in {@code *} matches every word it begins ("detain*" finds
 * "detainees"); a word with capitals matches only as written ("IS", not "is"). At each word the
 * longest phrase wins, so "prison break" is read before "prison".
 *
 * <p>The finder looks words up for every number in an article; word lists looked up in hash maps keep
 * that linear and several times faster than an alternation of regular expressions.
 */
final class Keywords {

	private static final int MIN_PREFIX = 3;

	/** Phrases by their first word, longest first. */
	private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();

	/** Words that must match as written, such as "IS". */
	private final Map<String, String> exactWords = new HashMap<>();

	private final Map<String, String> prefixes = new HashMap<>();

	private int longestPrefix;

	private record Phrase(String[] words, String group) {
	}

	/** @param groups each group's name and its words and phrases, in lower case unless case matters */
	Keywords(Map<String, List<String>> groups) {
		for (Map.Entry<String, List<String>> group : groups.entrySet()) {
			for (String entry : group.getValue()) {
				add(entry, group.getKey());
			}
		}
		byFirstWord.values().forEach(phrases -> phrases.sort(Comparator.comparingInt((Phrase p) -> -p.words().length)));
	}

	private void add(String entry, String group) {
		if (entry.endsWith("*")) {
			String prefix = entry.substring(0, entry.length() - 1);
			if (prefix.length() < MIN_PREFIX || prefix.contains(" ")) {
				throw new IllegalArgumentException("a prefix needs one word of at least " + MIN_PREFIX + " letters: " + entry);
			}
			prefixes.put(prefix, group);
			longestPrefix = Math.max(longestPrefix, prefix.length());
		}
		else if (!entry.equals(entry.toLowerCase(Locale.ROOT))) {
			exactWords.put(entry, group);
		}
		else {
			String[] words = entry.split(" ");
			byFirstWord.computeIfAbsent(words[0], first -> new ArrayList<>()).add(new Phrase(words, group));
		}
	}

	/** Every match in the words of a text, in text order and not overlapping. */
	Hits find(TextWords words) {
		List<Hits.Hit> hits = new ArrayList<>();
		int i = 0;
		while (i < words.size()) {
			Phrase phrase = longestPhraseAt(words, i);
			int length = phrase != null ? phrase.words().length : 1;
			String group = phrase != null ? phrase.group() : exactWords.get(words.raw(i));
			if (group == null) {
				group = prefixGroup(words.lowerCase(i));
			}
			if (group != null) {
				int start = words.start(i);
				int end = words.end(i + length - 1);
				hits.add(new Hits.Hit(start, end, words.text().substring(start, end), group));
				i += length;
			}
			else {
				i++;
			}
		}
		return new Hits(hits);
	}

	private Phrase longestPhraseAt(TextWords words, int i) {
		List<Phrase> phrases = byFirstWord.get(words.lowerCase(i));
		if (phrases != null) {
			for (Phrase phrase : phrases) {
				if (matches(phrase, words, i)) {
					return phrase;
				}
			}
		}
		return null;
	}

	private static boolean matches(Phrase phrase, TextWords words, int i) {
		String[] expected = phrase.words();
		if (i + expected.length > words.size()) {
			return false;
		}
		for (int k = 1; k < expected.length; k++) {
			if (!words.joinedToPrevious(i + k) || !words.lowerCase(i + k).equals(expected[k])) {
				return false;
			}
		}
		return true;
	}

	private String prefixGroup(String word) {
		for (int length = Math.min(word.length(), longestPrefix); length >= MIN_PREFIX; length--) {
			String group = prefixes.get(word.substring(0, length));
			if (group != null) {
				return group;
			}
		}
		return null;
	}

}
