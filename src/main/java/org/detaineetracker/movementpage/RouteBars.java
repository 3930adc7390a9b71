package org.detaineetracker.movementpage;

import java.util.ArrayList;
import java.util.List;

import org.detaineetracker.population.Range;
import org.detaineetracker.population.RouteFigure;

/**
 * A route's reconciliation drawn as bars on one scale (server-side SVG, no script): what left by the
 * movements' reports, what the receiving side reports, the gap between them, and what is planned
 * or under way, apart and hollow. Each bar is solid up to its lower bound and hatched from there to
 * its upper bound; with no upper bound it runs, dashed, to the edge.
 *
 * @param kind LEFT, RECEIVED, GAP, EXCESS or PENDING: the bar's label and colour
 */
record RouteBars(RouteFigure figure, List<Bar> bars) {

	/** Positions are percentages of the width, so the SVG scales with the page. */
	record Bar(String kind, String words, double certain, double uncertain, boolean open, boolean reported) {

		public double uncertainFrom() {
			return certain;
		}

	}

	static RouteBars of(RouteFigure figure) {
		double scale = figure.scale() * 1.05;
		List<Bar> bars = new ArrayList<>();
		bars.add(bar("LEFT", figure.left(), scale, true));
		bars.add(figure.received() == null ? new Bar("RECEIVED", null, 0, 0, false, false)
				: bar("RECEIVED", figure.received(), scale, true));
		bars.add(bar("GAP", figure.shortfall(), scale, true));
		if (figure.received() != null && (figure.excess().upper() == null || figure.excess().upper() > 0)) {
			bars.add(bar("EXCESS", figure.excess(), scale, true));
		}
		if (figure.pendingSum() != null) {
			bars.add(bar("PENDING", figure.pendingSum(), scale, true));
		}
		return new RouteBars(figure, bars);
	}

	private static Bar bar(String kind, Range range, double scale, boolean reported) {
		double certain = Math.min(100, 100 * range.lower() / scale);
		double uncertain = range.upper() == null ? 100 - certain : Math.min(100 - certain, 100 * (range.upper() - range.lower()) / scale);
		return new Bar(kind, range.words(), round(certain), round(uncertain), range.upper() == null, reported);
	}

	private static double round(double percent) {
		return Math.round(percent * 10) / 10.0;
	}

}
