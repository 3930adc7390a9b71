package org.detaineetracker.sourcepage;

import java.util.List;

import org.detaineetracker.count.ReportedCount;
import org.detaineetracker.movement.Movement;
import org.detaineetracker.source.Source;

public record SourcePage(Source source, List<ReportedCount> counts, List<Movement> movements) {
}
