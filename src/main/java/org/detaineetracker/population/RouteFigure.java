package org.detaineetracker.population;

import java.util.List;

/**
 * One route's reconciliation (country to country, or out of custody, for one cohort): how many left
 * by the movements' reports, how many the receiving side reports holding, and the gap between them,
 * all as ranges. Planned and under-way movements are listed and added up apart, never counted as
 * moved.
 *
 * @param toCountry null for movements out of custody
 * @param left what the completed movements moved, each movement once however many sources told it
 * @param received what the receiving sites' own reports allow (reports only, no movements), or null
 *     when no receiving site has reported this cohort
 * @param receivedAsOf the date of the newest of those reports, as precisely as its source gave it
 * @param shortfall how many may have left and not be accounted for at the receiving sites:
 *     {@code left − received}, clipped at zero (with nothing reported, {@code received} is any number)
 * @param excess how many more the receiving sites may hold than left: {@code received − left}, clipped at zero
 * @param pendingSum what the planned and under-way movements add up to, null when there are none
 */
public record RouteFigure(String fromCountry, String toCountry, long cohortId, String cohort, Range left,
		List<Flow> completed, Range received, Period receivedAsOf, List<Place> receivingPlaces, Range shortfall,
		Range excess, List<Flow> pending, Range pendingSum) {

	public RouteFigure {
		completed = List.copyOf(completed);
		receivingPlaces = List.copyOf(receivingPlaces);
		pending = List.copyOf(pending);
	}

	/** The highest number any bar reaches, for a common scale; an open end counts at its lower bound. */
	public long scale() {
		long top = 1;
		for (Range r : java.util.Arrays.asList(left, received, shortfall, excess, pendingSum)) {
			if (r != null) {
				top = Math.max(top, r.upper() != null ? r.upper() : r.lower());
			}
		}
		return top;
	}

}
