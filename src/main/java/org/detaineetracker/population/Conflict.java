package org.detaineetracker.population;

import java.util.List;

/**
 * Evidence that cannot all be right, in words that name each side: "reported 4,000 on 1 March 2026;
 * the projection from 'over 4,500' minus 150 moved out allows at least 4,351; 351 apart".
 *
 * @param gap how many people apart the two sides lie at the least
 */
public record Conflict(String words, List<Long> reportIds, List<Long> movementIds, long gap) {

	public Conflict {
		reportIds = List.copyOf(reportIds);
		movementIds = List.copyOf(movementIds);
	}

}
