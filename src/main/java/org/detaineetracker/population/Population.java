package org.detaineetracker.population;

import java.time.LocalDate;
import java.util.List;

/**
 * How many people of one cohort one site (or group) held on a date, and how that is known.
 *
 * @param range the estimate: what the evidence allows; for a conflict within one window of reports,
 *     everything any of them allows
 * @param conflicts evidence that cannot all be right, named; empty when everything agrees
 * @param notAttributed for a group: how many of its people no site's estimate accounts for; null for
 *     a site
 * @param newestEvidence when the newest report or movement used happened, as precisely as its source
 *     dated it: a day, a month or a year
 * @param reportIds the reported counts used
 * @param movementIds the movements used (completed ones only)
 * @param pending planned and under-way movements touching it by then: shown, never subtracted
 * @param independentSources how many independent sources back the reports in the newest window
 */
public record Population(long siteId, long cohortId, LocalDate date, Range range, List<Conflict> conflicts,
		Range notAttributed, Period newestEvidence, List<Long> reportIds, List<Long> movementIds,
		List<Flow> pending, int independentSources, Derivation derivation) {

	public Population {
		conflicts = List.copyOf(conflicts);
		reportIds = List.copyOf(reportIds);
		movementIds = List.copyOf(movementIds);
		pending = List.copyOf(pending);
	}

	public boolean isConflict() {
		return !conflicts.isEmpty();
	}

}
