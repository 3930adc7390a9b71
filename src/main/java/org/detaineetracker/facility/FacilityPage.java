package org.detaineetracker.facility;

import java.util.List;

import org.detaineetracker.count.ReportedCount;
import org.detaineetracker.movement.Movement;

/** What the facility page shows, loaded up front so the view touches no lazy association. */
public record FacilityPage(Facility facility, List<ReportedCount> counts, List<Movement> movementsOut,
		List<Movement> movementsIn) {
}
