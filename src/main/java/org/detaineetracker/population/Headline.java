package org.detaineetracker.population;

import java.util.List;

/**
 * A total on the dashboard: how many people of one cohort a holder or a country held on the date,
 * or how many no single holder can be named for, with the places it adds up and how each was
 * derived.
 *
 * @param key the holder's slug, the country's ISO code, or null for people not attributed
 * @param label the holder's or country's name
 * @param candidates for people not attributed, whom they may be held by
 * @param places the places added, largest first, at most {@link PopulationService#PLACES_EXPLAINED}
 * @param placesAdded how many places were added in all
 */
public record Headline(String key, String label, Range range, Period newestEvidence, boolean conflict,
		List<String> candidates, List<Explained> places, int placesAdded) {

	public Headline {
		candidates = List.copyOf(candidates);
		places = List.copyOf(places);
	}

	public int placesNotShown() {
		return placesAdded - places.size();
	}

}
