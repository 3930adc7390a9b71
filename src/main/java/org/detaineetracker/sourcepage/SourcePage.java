package org.detaineetracker.sourcepage;

import org.detaineetracker.source.Source;

import java.util.List;

import org.detaineetracker.count.ReportedCount;
import org.detaineetracker.movement.Movement;

public record SourcePage(Source source, List<ReportedCount> counts, List<Movement> movements) {
}
