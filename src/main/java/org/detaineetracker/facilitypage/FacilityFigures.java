package org.detaineetracker.facilitypage;

import java.util.List;
import java.util.Map;

import org.detaineetracker.count.ReportedCount;
import org.detaineetracker.estimate.FacilityEstimates;
import org.detaineetracker.facility.Facility;

/**
 * A facility's own figures known on the date asked for (retracted ones marked, not dropped) and
 * what they say together, with the group's or the sites' beside them.
 *
 * @param independentSources for each figure's id, the source at the root of its source's cites chain
 */
public record FacilityFigures(Facility facility, List<ReportedCount> counts, Map<Long, Long> independentSources,
		FacilityEstimates estimates) {
}
