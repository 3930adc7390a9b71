package org.detaineetracker.facilitypage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.detaineetracker.count.ReportedCount;
import org.detaineetracker.kernel.Bounds;
import org.detaineetracker.kernel.DateFormats;
import org.detaineetracker.kernel.FigureWords;
import org.detaineetracker.population.Conflict;
import org.detaineetracker.population.Population;

/**
 * A conflict drawn as a range strip: every report the conflict names, one row each, its interval on
 * one shared axis, so the gap between the intervals (or where they would overlap) is seen rather
 * than read from pairwise sentences. Drawn as inline SVG by the page template, so it needs no
 * script and no inline style (the CSP allows neither); positions are SVG attributes in percent of
 * the axis. A report with no upper limit reaches the axis end and is flagged {@code open}: the
 * template draws it fading with an arrow, never as a closed bar ending at an invented maximum.
 */
@Component("rangeStrips")
public class RangeStrips {

	/** One report: {@code upper} null when it has no upper limit; {@code from}/{@code width} in percent of the axis. */
	public record Row(long id, String label, String figure, long lower, Long upper, boolean open, double from,
			double width) {
	}

	/**
	 * {@code gapFrom}..{@code gapTo} (percent) marks the empty stretch between the highest lower bound
	 * and the lowest upper bound when the reports cannot all be right; both null when they overlap.
	 */
	public record Strip(List<Row> rows, long axisEnd, Double gapFrom, Double gapTo) {

		/** The gap's width, in tenths of a percent like its ends (subtracting in the page gave 77.80000000000001). */
		public Double gapWidth() {
			return gapFrom == null ? null : Math.round((gapTo - gapFrom) * 10) / 10.0;
		}

	}

	private final FigureWords words;

	private final DateFormats dates;

	RangeStrips(FigureWords words, DateFormats dates) {
		this.words = words;
		this.dates = dates;
	}

	/** The strip for a cohort's conflicts at a facility, or null when it has none among the shown reports. */
	public Strip strip(List<ReportedCount> counts, Population population) {
		Set<Long> named = new LinkedHashSet<>();
		for (Conflict conflict : population.conflicts()) {
			named.addAll(conflict.reportIds());
		}
		List<ReportedCount> reports = counts.stream().filter(c -> named.contains(c.getId())).toList();
		if (reports.size() < 2) {
			return null;
		}
		long highestLower = 0;
		Long lowestUpper = null;
		long highestShown = 0;
		for (ReportedCount count : reports) {
			Bounds b = count.getFigure().getBounds();
			highestLower = Math.max(highestLower, b.lower());
			highestShown = Math.max(highestShown, b.upper() != null ? b.upper() : b.lower());
			if (b.upper() != null) {
				lowestUpper = lowestUpper == null ? b.upper().longValue() : Math.min(lowestUpper, b.upper());
			}
		}
		// The axis only needs room past the largest figure said so an open end has somewhere to fade.
		long axisEnd = Math.max(10, Math.round(highestShown * 1.25));
		List<Row> rows = new ArrayList<>();
		for (ReportedCount count : reports) {
			Bounds b = count.getFigure().getBounds();
			boolean open = b.upper() == null;
			double from = percent(b.lower(), axisEnd);
			double to = open ? 100 : percent(b.upper(), axisEnd);
			String speaker = count.getSpeaker() == null || count.getSpeaker().isBlank() ? "" : ", " + count.getSpeaker();
			rows.add(new Row(count.getId(), count.getSource().getOutlet() + speaker + ", " + dates.format(count.getAsOf()),
					words.words(count.getFigure()), b.lower(), open ? null : b.upper().longValue(), open, from,
					Math.max(0.6, Math.round((to - from) * 10) / 10.0)));
		}
		boolean gap = lowestUpper != null && lowestUpper < highestLower;
		return new Strip(rows, axisEnd, gap ? percent(lowestUpper, axisEnd) : null,
				gap ? percent(highestLower, axisEnd) : null);
	}

	private static double percent(long value, long axisEnd) {
		return Math.round(value * 1000.0 / axisEnd) / 10.0;
	}

}
