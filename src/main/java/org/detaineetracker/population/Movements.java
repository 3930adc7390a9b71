package org.detaineetracker.population;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How the reports of one movement are read together, the way figures are: each report's bounds
 * (widened if approximate); where they all meet, the movement moved that many; where two cannot both
 * be right, it is a conflict naming them, and the movement moves anything between the lowest and the
 * highest. Independent sources are counted by the root of their cites chains.
 * <p>
 * A batch is part of a running total: where a movement has a running total, a batch report only says
 * the total is at least that batch. Where every report is of the same batch, they are read as given.
 */
public final class Movements {

	private Movements() {
	}

	public static MovementReconciliation reconcile(List<MovementReport> reports) {
		if (reports.isEmpty()) {
			throw new IllegalArgumentException("a movement needs at least one report");
		}
		boolean hasRunningTotal = reports.stream().anyMatch(r -> r.tally() == MovementReport.Tally.CUMULATIVE);
		List<Range> readings = reports.stream().map(r -> reading(r, hasRunningTotal)).toList();
		Optional<Range> agreed = Optional.of(Range.ANY);
		Range hull = readings.get(0);
		for (Range reading : readings) {
			agreed = agreed.flatMap(reading::intersect);
			hull = hull.hull(reading);
		}
		List<MovementReconciliation.Disagreement> disagreements = new ArrayList<>();
		for (int i = 0; i < reports.size(); i++) {
			for (int j = 0; j < reports.size(); j++) {
				Range low = readings.get(i);
				if (low.upper() != null && low.upper() < readings.get(j).lower()) {
					disagreements.add(new MovementReconciliation.Disagreement(reports.get(i), reports.get(j)));
				}
			}
		}
		int independent = (int) reports.stream().mapToLong(MovementReport::sourceRoot).distinct().count();
		return new MovementReconciliation(List.copyOf(reports), agreed.orElse(null), hull, List.copyOf(disagreements),
				independent);
	}

	private static Range reading(MovementReport report, boolean hasRunningTotal) {
		Range bounds = report.approximate() ? report.bounds().widenedAsApproximate() : report.bounds();
		return hasRunningTotal && report.tally() == MovementReport.Tally.BATCH ? bounds.asLowerBound() : bounds;
	}

}
