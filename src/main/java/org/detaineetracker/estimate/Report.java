package org.detaineetracker.estimate;

import java.time.LocalDate;
import java.util.Objects;

import org.detaineetracker.count.CountWithRoot;
import org.detaineetracker.count.ReportedCount;
import org.detaineetracker.kernel.Bounds;
import org.detaineetracker.kernel.PartialDate;

/**
 * What an estimate needs to know about one reported figure: its bounds (from
 * {@code Qualifier.bounds}), whether its source called it approximate, the as-of date at its
 * precision, and the independent source behind it (the root of its source's cites chain).
 */
public record Report(long id, Bounds bounds, boolean approximate, PartialDate asOf, long independentSource) {

	public Report {
		Objects.requireNonNull(bounds, "bounds");
		Objects.requireNonNull(asOf, "asOf");
	}

	public static Report of(CountWithRoot figure) {
		ReportedCount count = figure.count();
		return new Report(count.getId(), count.getFigure().getBounds(), count.getFigure().getQualifier().isApproximate(),
				count.getAsOf(), figure.rootSourceId());
	}

	/** The first day the as-of date may mean: "January 2026" starts on 1 January. */
	LocalDate starts() {
		return asOf.date();
	}

	/** The last day the as-of date may mean: "January 2026" ends on 31 January. */
	LocalDate ends() {
		return asOf.lastDay();
	}

}
