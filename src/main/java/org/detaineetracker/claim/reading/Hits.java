package org.detaineetracker.claim.reading;

import java.util.ArrayList;
import java.util.List;

/**
 * Every match of one word list in a text, found in a single pass and then looked up by position. The
 * finder asks "which cue words lie near this number?" for every number; scanning the text once per
 * list keeps that linear in the length of the article.
 */
final class Hits {

	/** One match: where it is, its text and the name of its group. */
	record Hit(int start, int end, String words, String group) {
	}

	private final List<Hit> hits;

	Hits(List<Hit> hits) {
		this.hits = hits;
	}

	int size() {
		return hits.size();
	}

	Hit get(int index) {
		return hits.get(index);
	}

	/**
	 * The last hit that starts at or after {@code from} and ends at or before {@code to}, or null:
	 * {@code within(from, to)}'s last element, without listing the others.
	 */
	Hit lastWithin(int from, int to) {
		// hits do not overlap, so their ends ascend like their starts
		int index = firstStartingAtOrAfter(to) - 1;
		while (index >= 0 && hits.get(index).end() > to) {
			index--;
		}
		return index >= 0 && hits.get(index).start() >= from ? hits.get(index) : null;
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
