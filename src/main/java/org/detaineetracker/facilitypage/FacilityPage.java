package org.detaineetracker.facilitypage;

import java.util.List;
import java.util.Map;

import org.detaineetracker.count.ReportedCount;
import org.detaineetracker.custody.CustodyPeriod;
import org.detaineetracker.estimate.FacilityEstimates;
import org.detaineetracker.facility.Facility;
import org.detaineetracker.kernel.KnownOn;
import org.detaineetracker.movement.Movement;
import org.detaineetracker.population.FacilityPopulation;

/**
 * What the facility page shows, loaded up front so the view touches no lazy association. Figures,
 * custody periods and movements are those known on the date shown.
 *
 * @param estimates what the figures say together, per cohort, with the group's or the sites' beside them
 * @param chart the timeline chart's data as JSON
 * @param independentSources for each figure's id, the source at the root of its source's cites chain
 * @param population how many people it holds per cohort, from its figures and movements, with the
 *     derivation and the estimate over time
 */
public record FacilityPage(Facility facility, List<ReportedCount> counts, List<Movement> movementsOut,
		List<Movement> movementsIn, List<CustodyPeriod> custodyPeriods, FacilityEstimates estimates, String chart,
		KnownOn knownOn, Map<Long, Long> independentSources, FacilityPopulation population) {

	/** Whether there is anything to chart: its own figures, or an estimate from movements alone. */
	public boolean hasChart() {
		return !counts.isEmpty() || !population.isEmpty();
	}

}
