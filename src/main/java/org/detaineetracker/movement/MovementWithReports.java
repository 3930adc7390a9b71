package org.detaineetracker.movement;

import java.util.List;

/**
 * A movement and every source's report of it, first recorded first, as its page shows them; each
 * report with the root of its source's cites chain, so sources that repeat one another count once.
 */
public record MovementWithReports(Movement movement, List<Report> reports) {

	public record Report(MovementReport report, long sourceRoot) {
	}

}
