package org.detaineetracker.population;

import java.time.LocalDate;
import java.util.List;

/** One point of a population chart: the estimate on a date where evidence changed it. */
public record TimelinePoint(LocalDate date, long lower, Long upper, boolean conflict, List<Long> reportIds,
		List<Long> movementIds) {

	public TimelinePoint {
		reportIds = List.copyOf(reportIds);
		movementIds = List.copyOf(movementIds);
	}

}
