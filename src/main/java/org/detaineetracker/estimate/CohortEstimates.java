package org.detaineetracker.estimate;

import java.util.List;

import org.detaineetracker.kernel.Bounds;

/**
 * The estimates for one facility and cohort: the latest, the history of them, and for a group what
 * its sites' latest estimates add up to, shown beside the group's own and never added to it.
 *
 * @param sitesSum the sum of the sites' latest estimates, or null when no site has one
 * @param sitesReporting how many of the group's sites have an estimate for the cohort
 * @param sites how many sites the group has (0 for a single facility)
 */
public record CohortEstimates(CohortRef cohort, Estimate latest, List<Estimate> timeline, Bounds sitesSum,
		int sitesReporting, int sites) {
}
