package org.detaineetracker.population;

import java.util.List;

/**
 * One place's share of a number, with how it was derived, for a page to show under a disclosure:
 * the reports and movements in date order, each with its arithmetic and its record's id.
 *
 * @param place the site or group the share is for
 * @param range the share: for a group not attributed to any site, the part no site accounts for
 * @param notAttributed true when the share is the part of a group no site accounts for
 * @param steps the last {@value #STEPS_LISTED} steps of its derivation
 * @param earlierSteps how many steps before those are not listed
 * @param conflicts the first {@value #CONFLICTS_NAMED} conflicts
 * @param conflictCount how many there are in all
 */
public record Explained(Place place, Range range, boolean notAttributed, List<Step> steps, int earlierSteps,
		List<Conflict> conflicts, int conflictCount) {

	/**
	 * How many steps a derivation lists: the latest ones, which arrive at the number; a facility
	 * with years of reports has hundreds of earlier ones.
	 */
	public static final int STEPS_LISTED = 40;

	/** How many conflicts one place names; a group of a hundred sites may have many more. */
	public static final int CONFLICTS_NAMED = 5;

	public Explained {
		steps = List.copyOf(steps);
		conflicts = List.copyOf(conflicts);
	}

	static Explained of(Place place, Population population, Range share, boolean notAttributed) {
		List<Conflict> all = population.conflicts();
		List<Step> steps = population.derivation().steps();
		int earlier = Math.max(0, steps.size() - STEPS_LISTED);
		return new Explained(place, share, notAttributed, steps.subList(earlier, steps.size()), earlier,
				all.subList(0, Math.min(all.size(), CONFLICTS_NAMED)), all.size());
	}

	public int conflictsNotNamed() {
		return conflictCount - conflicts.size();
	}

	/** The named conflicts drawn as one range strip, or null. */
	public Conflict.Strip strip() {
		return Conflict.strip(conflicts);
	}

}
