package org.detaineetracker.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every match of one pattern in a text, found in a single pass and then looked up by position. The
 * finder asks "which cue words lie near this number?" for every number; scanning the text once per
 * pattern keeps that linear in the length of the article.
 */
final class Hits {

	/** One match: where it is, its text and the name of the group that matched, if the pattern names groups. */
	record Hit(int start, int end, String words, String group) {
	}

	private final List<Hit> hits;

	private Hits(List<Hit> hits) {
		this.hits = hits;
	}

	/**
	 * @param groups the named groups of {@code pattern}, in the order to test them; a hit records the
	 *     first one that matched
	 */
	static Hits of(Pattern pattern, String text, String... groups) {
		List<Hit> hits = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			String group = null;
			for (String name : groups) {
				if (matcher.group(name) != null) {
					group = name;
					break;
				}
			}
			hits.add(new Hit(matcher.start(), matcher.end(), matcher.group(), group));
		}
		return new Hits(hits);
	}

	/** The hits that start at or after {@code from} and end at or before {@code to}, in text order. */
	List<Hit> within(int from, int to) {
		int first = firstStartingAtOrAfter(from);
		int last = first;
		while (last < hits.size() && hits.get(last).start() < to) {
			last++;
		}
		List<Hit> inside = new ArrayList<>(last - first);
		for (int i = first; i < last; i++) {
			if (hits.get(i).end() <= to) {
				inside.add(hits.get(i));
			}
		}
		return inside;
	}

	private int firstStartingAtOrAfter(int position) {
		int low = 0;
		int high = hits.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (hits.get(middle).start() < position) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

}
