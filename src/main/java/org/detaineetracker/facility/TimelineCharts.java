package org.detaineetracker.facility;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import org.detaineetracker.count.Bounds;
import org.detaineetracker.count.FigureWords;
import org.detaineetracker.count.ReportedCount;
import org.detaineetracker.estimate.CohortEstimates;
import org.detaineetracker.estimate.Estimate;
import org.detaineetracker.estimate.FacilityEstimates;
import org.detaineetracker.system.DateFormats;

/**
 * The data behind a facility's timeline chart (static/js/timeline.js), as JSON for a
 * {@code <script type="application/json">} block: the page has no inline script. One bar per
 * figure, oldest first, spanning its bounds; one data set per cohort. A figure with no upper limit
 * is drawn up to a cap above the highest bounded figure and marked open-ended.
 */
@Component
class TimelineCharts {

	record Point(long id, String date, String cohort, String figure, String bounds, String source, String speaker,
			boolean conflict, boolean openEnded) {
	}

	record DataSet(String label, List<int[]> data) {
	}

	record Chart(List<String> labels, List<DataSet> datasets, List<Point> points, int cap) {
	}

	private final JsonMapper json;

	private final FigureWords words;

	private final DateFormats dates;

	TimelineCharts(JsonMapper json, FigureWords words, DateFormats dates) {
		this.json = json;
		this.words = words;
		this.dates = dates;
	}

	String json(List<ReportedCount> counts, FacilityEstimates estimates) {
		Set<Long> conflicting = new HashSet<>();
		for (CohortEstimates cohort : estimates.own()) {
			for (Estimate estimate : cohort.timeline()) {
				conflicting.addAll(estimate.disagreeingReportIds());
			}
		}
		int highest = counts.stream()
			.map(c -> c.getFigure().getBounds())
			.mapToInt(b -> b.upper() != null ? b.upper() : b.lower())
			.max()
			.orElse(0);
		int cap = (int) Math.max(10, Math.ceil(highest * 1.15));
		List<String> labels = new ArrayList<>();
		List<Point> points = new ArrayList<>();
		Map<String, List<int[]>> byCohort = new LinkedHashMap<>();
		counts.forEach(c -> byCohort.computeIfAbsent(c.getCohort().getName(), k -> new ArrayList<>()));
		for (ReportedCount count : counts) {
			Bounds bounds = count.getFigure().getBounds();
			String date = dates.format(count.getAsOf());
			labels.add(date);
			byCohort.forEach((cohort, data) -> data.add(cohort.equals(count.getCohort().getName())
					? new int[] { bounds.lower(), bounds.upper() == null ? cap : bounds.upper() } : null));
			points.add(new Point(count.getId(), date, count.getCohort().getName(), words.words(count.getFigure()),
					words.bounds(count.getFigure()), count.getSource().getOutlet(), count.getSpeaker(),
					conflicting.contains(count.getId()), bounds.upper() == null));
		}
		List<DataSet> datasets = byCohort.entrySet().stream().map(e -> new DataSet(e.getKey(), e.getValue())).toList();
		// "<" is escaped so the JSON can never close the script element it sits in.
		return json.writeValueAsString(new Chart(labels, datasets, points, cap)).replace("<", "\\u003c");
	}

}
