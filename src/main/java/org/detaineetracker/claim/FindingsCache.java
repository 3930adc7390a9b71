package org.detaineetracker.claim;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.detaineetracker.claim.reading.Findings;

/**
 * The finder's readings of recent texts, so the reading page, reloaded, paged through or shown with
 * another source, does not read the same article again. Keyed by the SHA-256 of what was pasted and
 * the facility names it was read against (a new alias reads it afresh); the least recently used go
 * first once the readings held weigh more than {@link #MAX_WEIGHT}, roughly characters kept: the text,
 * and a few hundred for each candidate's reasons. A reading heavier than that on its own is not kept.
 */
final class FindingsCache {

	/** About 16 MB of strings: dozens of news articles, or a few texts at the length limit. */
	static final long MAX_WEIGHT = 8_000_000;

	static final int CANDIDATE_WEIGHT = 400;

	private final long maxWeight;

	private final Map<String, Findings> readings = new LinkedHashMap<>(16, 0.75f, true);

	private long weight;

	FindingsCache(long maxWeight) {
		this.maxWeight = maxWeight;
	}

	/** The reading kept under {@code key}, or the one {@code read} makes, kept for next time. */
	Findings get(String key, Supplier<Findings> read) {
		synchronized (this) {
			Findings kept = readings.get(key);
			if (kept != null) {
				return kept;
			}
		}
		// read outside the lock: two editors pasting different long texts do not wait for each other
		Findings findings = read.get();
		long added = weightOf(findings);
		if (added <= maxWeight) {
			synchronized (this) {
				Findings previous = readings.put(key, findings);
				weight += added - (previous == null ? 0 : weightOf(previous));
				Iterator<Findings> eldest = readings.values().iterator();
				while (weight > maxWeight && eldest.hasNext()) {
					weight -= weightOf(eldest.next());
					eldest.remove();
				}
			}
		}
		return findings;
	}

	synchronized int size() {
		return readings.size();
	}

	static long weightOf(Findings findings) {
		return findings.text().length() + (long) CANDIDATE_WEIGHT * findings.candidates().size();
	}

}
