package org.detaineetracker.sourcepage;

import java.util.List;

import org.detaineetracker.count.ReportedCount;
import org.detaineetracker.movement.MovementReport;
import org.detaineetracker.source.Source;

/**
 * A source page as known on a date.
 *
 * @param citedBy the sources that repeat it, known by then
 * @param counts its figures the view lists
 */
public record SourcePage(Source source, List<Source> citedBy, List<ReportedCount> counts, List<MovementReport> movementReports) {
}
