package org.detaineetracker.facilitypage;

import java.util.List;
import java.util.Map;

import org.detaineetracker.count.ReportedCount;
import org.detaineetracker.custody.CustodyPeriod;
import org.detaineetracker.estimate.FacilityEstimates;
import org.detaineetracker.facility.Facility;
import org.detaineetracker.kernel.KnownOn;
import org.detaineetracker.movement.Movement;

/**
 * What the facility page shows, loaded up front so the view touches no lazy association. Figures,
 * custody periods and movements are those known on the date shown.
 *
 * @param estimates what the figures say together, per cohort, with the group's or the sites' beside them
 * @param chart the timeline chart's data as JSON
 * @param independentSources for each figure's id, the source at the root of its source's cites chain
 */
public record FacilityPage(Facility facility, List<ReportedCount> counts, List<Movement> movementsOut,
		List<Movement> movementsIn, List<CustodyPeriod> custodyPeriods, FacilityEstimates estimates, String chart,
		KnownOn knownOn, Map<Long, Long> independentSources) {
}
