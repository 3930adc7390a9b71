package org.detaineetracker.population;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Totals per holder (keyed by holder id) or per country (keyed by ISO code) on a date, for one
 * cohort, and the people the evidence cannot place with one of them.
 */
public record Totals<K>(LocalDate date, long cohortId, Map<K, Total<K>> totals, List<Unattributed<K>> notAttributed) {

	/**
	 * People in one site or group who may be held by any of {@code candidates} (empty: nobody is
	 * known to hold the place on that date).
	 */
	public record Unattributed<K>(long siteId, Range range, List<K> candidates, Period newestEvidence) {

		public Unattributed {
			candidates = List.copyOf(candidates);
		}

	}

	public Totals {
		totals = Map.copyOf(totals);
		notAttributed = List.copyOf(notAttributed);
	}

	public Optional<Total<K>> of(K key) {
		return Optional.ofNullable(totals.get(key));
	}

	/** Everything not attributed, added up. */
	public Range notAttributedSum() {
		return Range.sum(notAttributed.stream().map(Unattributed::range).toList());
	}

}
