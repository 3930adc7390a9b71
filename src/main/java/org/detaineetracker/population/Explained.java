package org.detaineetracker.population;

import java.util.List;

/**
 * One place's share of a number, with how it was derived, for a page to show under a disclosure:
 * the reports and movements in date order, each with its arithmetic and its record's id.
 *
 * @param place the site or group the share is for
 * @param range the share: for a group not attributed to any site, the part no site accounts for
 * @param notAttributed true when the share is the part of a group no site accounts for
 * @param conflicts the first {@value #CONFLICTS_NAMED} conflicts
 * @param conflictCount how many there are in all
 */
public record Explained(Place place, Range range, boolean notAttributed, List<Step> steps, List<Conflict> conflicts,
		int conflictCount) {

	/** How many conflicts one place names; a group of a hundred sites may have many more. */
	public static final int CONFLICTS_NAMED = 5;

	public Explained {
		steps = List.copyOf(steps);
		conflicts = List.copyOf(conflicts);
	}

	static Explained of(Place place, Population population, Range share, boolean notAttributed) {
		List<Conflict> all = population.conflicts();
		return new Explained(place, share, notAttributed, population.derivation().steps(),
				all.subList(0, Math.min(all.size(), CONFLICTS_NAMED)), all.size());
	}

	public int conflictsNotNamed() {
		return conflictCount - conflicts.size();
	}

}
