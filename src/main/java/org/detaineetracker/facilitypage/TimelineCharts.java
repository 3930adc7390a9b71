package org.detaineetracker.facilitypage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import org.detaineetracker.count.ReportedCount;
import org.detaineetracker.estimate.CohortEstimates;
import org.detaineetracker.estimate.Estimate;
import org.detaineetracker.estimate.FacilityEstimates;
import org.detaineetracker.kernel.Bounds;
import org.detaineetracker.kernel.DateFormats;
import org.detaineetracker.kernel.FigureWords;

/**
 * The data behind a facility's timeline charts (static/js/timeline.js), as JSON for a
 * {@code <script type="application/json">} block: the page has no inline script. One chart per
 * cohort (their numbers differ by orders of magnitude), one bar per figure, oldest first, spanning
 * its bounds. A figure with no upper limit is drawn up to a cap and marked open-ended.
 */
@Component
class TimelineCharts {

	record Point(long id, String date, String figure, String bounds, String source, String speaker, boolean conflict,
			boolean openEnded) {
	}

	/** One cohort's figures: a bar per figure, oldest first, spanning [low, high]. */
	record Chart(String cohort, List<String> labels, List<int[]> data, List<Point> points, int cap) {
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
		Map<String, List<ReportedCount>> byCohort = new LinkedHashMap<>();
		counts.forEach(c -> byCohort.computeIfAbsent(c.getCohort().getName(), k -> new ArrayList<>()).add(c));
		List<Chart> charts = new ArrayList<>();
		byCohort.forEach((cohort, list) -> charts.add(chart(cohort, list, conflicting)));
		// "<" is escaped so the JSON can never close the script element it sits in.
		return json.writeValueAsString(charts).replace("<", "\\u003c");
	}

	/** Figures with no upper limit are drawn up to a cap above the cohort's highest bounded figure. */
	private Chart chart(String cohort, List<ReportedCount> counts, Set<Long> conflicting) {
		int highest = counts.stream()
			.map(c -> c.getFigure().getBounds())
			.mapToInt(b -> b.upper() != null ? b.upper() : b.lower())
			.max()
			.orElse(0);
		int cap = (int) Math.max(10, Math.ceil(highest * 1.15));
		List<String> labels = new ArrayList<>();
		List<int[]> data = new ArrayList<>();
		List<Point> points = new ArrayList<>();
		for (ReportedCount count : counts) {
			Bounds bounds = count.getFigure().getBounds();
			String date = dates.format(count.getAsOf());
			labels.add(date);
			data.add(new int[] { bounds.lower(), bounds.upper() == null ? cap : bounds.upper() });
			points.add(new Point(count.getId(), date, words.words(count.getFigure()), words.bounds(count.getFigure()),
					count.getSource().getOutlet(), count.getSpeaker(), conflicting.contains(count.getId()),
					bounds.upper() == null));
		}
		return new Chart(cohort, labels, data, points, cap);
	}

}
