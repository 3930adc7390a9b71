package org.detaineetracker.facilitypage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.detaineetracker.count.ReportedCount;
import org.detaineetracker.kernel.DateFormats;
import org.detaineetracker.kernel.FigureWords;
import org.detaineetracker.population.Conflict;
import org.detaineetracker.population.Population;
import org.detaineetracker.population.Range;
import org.detaineetracker.population.StripAxis;

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

	/** The reports' rows on one axis, with the gap between them when they cannot all be right. */
	public record Strip(List<Row> rows, StripAxis axis) {
	}

	/** A report a conflict names, with its bounds as a range. */
	private record Named(ReportedCount count, Range range) {
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
		// Lowest first, as the conflict strips are: the rows step up the axis and the gap reads at a glance.
		List<Named> reports = counts.stream()
			.filter(c -> named.contains(c.getId()))
			.map(c -> new Named(c, Range.of(c.getFigure().getBounds())))
			.sorted(Comparator.comparing(Named::range, Range.LOWEST_FIRST).thenComparing(r -> r.count().getId()))
			.toList();
		if (reports.size() < 2) {
			return null;
		}
		StripAxis axis = StripAxis.spanning(reports.stream().map(Named::range).toList());
		List<Row> rows = new ArrayList<>();
		for (Named report : reports) {
			ReportedCount count = report.count();
			Range range = report.range();
			String speaker = count.getSpeaker() == null || count.getSpeaker().isBlank() ? "" : ", " + count.getSpeaker();
			rows.add(new Row(count.getId(), count.getSource().getOutlet() + speaker + ", " + dates.format(count.getAsOf()),
					words.words(count.getFigure()), range.lower(), range.upper(), range.upper() == null,
					axis.at(range.lower()), axis.width(range)));
		}
		return new Strip(rows, axis);
	}

}
