package org.detaineetracker.population;

import java.util.List;

/**
 * One place's share of a number, with how it was derived, for a page to show under a disclosure:
 * the reports and movements in date order, each with its arithmetic and its record's id.
 *
 * @param place the site or group the share is for
 * @param range the share: for a group not attributed to any site, the part no site accounts for
 * @param notAttributed true when the share is the part of a group no site accounts for
 */
public record Explained(Place place, Range range, boolean notAttributed, List<Step> steps, List<Conflict> conflicts) {

	public Explained {
		steps = List.copyOf(steps);
		conflicts = List.copyOf(conflicts);
	}

	static Explained of(Place place, Population population, Range share, boolean notAttributed) {
		return new Explained(place, share, notAttributed, population.derivation().steps(), population.conflicts());
	}

}
