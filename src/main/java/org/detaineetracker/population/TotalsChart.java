package org.detaineetracker.population;

import java.util.ArrayList;
import java.util.List;

/**
 * The data of a holder's or country's population chart, in the shape static/js/timeline.js draws
 * for a facility: the band of what is certainly held over time (a step at each change), the line of
 * what it may hold at most counting people not attributed ({@code possible}), and custody changes
 * as markers (a place gained points up, one lost down). Dates are ISO strings; {@code upper} null
 * means no upper limit ({@code open}).
 */
public final class TotalsChart {

	private TotalsChart() {
	}

	public record Band(String x, long lower, Long upper, boolean open, boolean conflict) {
	}

	public record Move(long id, String x, String words, String direction, String status, boolean pending) {
	}

	public record Chart(String cohort, String estimate, List<Band> band, List<Object> points, List<Move> movements,
			long cap, List<Band> possible) {
	}

	/** @param gained whether a custody change brings a place to the holder or country (else takes one away) */
	public static List<Chart> of(TotalsOverTime totals, java.util.function.Predicate<TotalsOverTime.CustodyChange> gained) {
		List<Chart> charts = new ArrayList<>();
		for (TotalsOverTime.CohortTotals cohort : totals.cohorts()) {
			List<Band> band = new ArrayList<>();
			List<Band> possible = new ArrayList<>();
			long highest = 0;
			boolean anyShared = false;
			for (TotalsOverTime.TotalPoint p : cohort.points()) {
				Range held = p.held();
				band.add(new Band(p.date().toString(), held.lower(), held.upper(), held.upper() == null, p.conflict()));
				Range most = p.possibly();
				possible.add(new Band(p.date().toString(), most.lower(), most.upper(), most.upper() == null, p.conflict()));
				anyShared |= p.notAttributed() != null;
				highest = Math.max(highest, most.upper() != null ? most.upper() : most.lower());
			}
			List<Move> moves = new ArrayList<>();
			for (TotalsOverTime.CustodyChange change : totals.changes()) {
				String words = change.place().name() + ": " + (change.fromHolder() != null ? change.fromHolder() + " → " : "")
						+ change.toHolder();
				moves.add(new Move(0, change.date().toString(), words, gained.test(change) ? "in" : "out", "COMPLETED",
						false));
			}
			long cap = Math.max(10, (long) Math.ceil(highest * 1.15));
			// The caption names both numbers when people not attributed may be here: "now 0" alone
			// would hide the 50,000 the dashed line shows.
			TotalsOverTime.TotalPoint now = cohort.now();
			String estimate = now.held().words();
			if (now.notAttributed() != null && !now.possibly().equals(now.held())) {
				estimate += "; " + now.possibly().words() + " counting people not attributed";
			}
			charts.add(new Chart(cohort.name(), estimate, band, List.of(), moves, cap, anyShared ? possible : List.of()));
		}
		return charts;
	}

}
