package org.detaineetracker.facilitypage;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import org.detaineetracker.count.ReportedCount;
import org.detaineetracker.kernel.Bounds;
import org.detaineetracker.kernel.DateFormats;
import org.detaineetracker.kernel.DatePrecision;
import org.detaineetracker.kernel.FigureWords;
import org.detaineetracker.kernel.PartialDate;
import org.detaineetracker.population.FacilityPopulation;
import org.detaineetracker.population.FacilityPopulation.CohortPopulation;
import org.detaineetracker.population.Flow;
import org.detaineetracker.population.Step;
import org.detaineetracker.population.TimelinePoint;

/**
 * The data behind a facility's population charts (static/js/timeline.js), as JSON for a
 * {@code <script type="application/json">} block: the page has no inline script. One chart per
 * cohort (their numbers differ by orders of magnitude) on a real time axis, dates as ISO strings:
 * the estimated band over time (a step at each report or movement that changed it), each report as
 * a bar spanning its bounds, and the movements in and out. A bound with no upper limit is sent as
 * null and marked {@code open}; the script draws it fading upward, never as a closed box. {@code cap}
 * is only how high the axis reaches. A report dated only to a month or a year stands in the middle
 * of that period, and {@code from}/{@code to} give the period for the script to draw as a span:
 * December 2024 is a month wide on the axis, not a day.
 */
@Component
class TimelineCharts {

	/** The estimate from {@code x} until the next point; {@code upper} null: no upper limit. */
	record Band(String x, long lower, Long upper, @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean open,
			@JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean conflict) {
	}

	/**
	 * One reported figure, drawn as a bar from {@code lower} to {@code upper}, or up to the axis cap
	 * when it has no upper limit ({@code open}); {@code upper} is left out then. {@code bounds} says
	 * what the figure allows where its words do not already ("over 8,000": 8,001 and up); a figure
	 * that reads "between 5,400 and 5,999" has none, so the tooltip does not say it twice. What is
	 * null or false is left out: a hundred reports are a hundred of these on the page.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Point(long id, String x, String date, long lower, Long upper,
			@JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean open, String figure, String bounds, String source,
			String speaker, @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean conflict, String from, String to) {
	}

	/** A movement at the date it moved people (or, planned or under way, began): not subtracted unless completed. */
	record Move(long id, String x, String words, String direction, String status,
			@JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean pending) {
	}

	/** {@code until}: the day the page shows, to which the band's last estimate reaches. */
	record Chart(String cohort, String estimate, String until, List<Band> band, List<Point> points, List<Move> movements,
			long cap) {
	}

	private final JsonMapper json;

	private final FigureWords words;

	private final DateFormats dates;

	TimelineCharts(JsonMapper json, FigureWords words, DateFormats dates) {
		this.json = json;
		this.words = words;
		this.dates = dates;
	}

	String json(List<ReportedCount> counts, FacilityPopulation population) {
		Map<String, List<ReportedCount>> byCohort = new LinkedHashMap<>();
		counts.forEach(c -> byCohort.computeIfAbsent(c.getCohort().getName(), k -> new ArrayList<>()).add(c));
		Map<String, CohortPopulation> estimates = new LinkedHashMap<>();
		population.cohorts().forEach(c -> estimates.put(c.name(), c));
		Set<String> cohorts = new java.util.LinkedHashSet<>(byCohort.keySet());
		cohorts.addAll(estimates.keySet());
		List<Chart> charts = new ArrayList<>();
		for (String cohort : cohorts) {
			charts.add(chart(cohort, byCohort.getOrDefault(cohort, List.of()), estimates.get(cohort), population));
		}
		// "<" is escaped so the JSON can never close the script element it sits in.
		return json.writeValueAsString(charts).replace("<", "\\u003c");
	}

	private Chart chart(String cohort, List<ReportedCount> counts, CohortPopulation estimate, FacilityPopulation population) {
		Set<Long> conflicting = new HashSet<>();
		List<Band> band = new ArrayList<>();
		List<Move> moves = new ArrayList<>();
		long highest = 0;
		if (estimate != null) {
			estimate.population().conflicts().forEach(c -> conflicting.addAll(c.reportIds()));
			for (TimelinePoint point : estimate.timeline()) {
				band.add(new Band(point.date().toString(), point.lower(), point.upper(), point.upper() == null,
						point.conflict()));
				highest = Math.max(highest, point.upper() != null ? point.upper() : point.lower());
			}
			for (Step step : estimate.population().derivation().steps()) {
				if (step.kind() == Step.Kind.MOVEMENT && moves.stream().noneMatch(m -> m.id() == step.evidenceId())) {
					moves.add(new Move(step.evidenceId(), step.date().toString(), step.words(),
							step.words().contains(" moved in ") ? "in" : "out", "COMPLETED", false));
				}
			}
			for (Flow flow : estimate.population().pending()) {
				if (flow.started() == null) {
					continue;
				}
				boolean in = flow.toSiteId() != null && population.place(flow.toSiteId()) != null
						&& (flow.toSiteId() == population.facilityId()
								|| Long.valueOf(population.facilityId()).equals(population.place(flow.toSiteId()).groupId()));
				moves.add(new Move(flow.id(), flow.started().first().toString(), flow.words(), in ? "in" : "out",
						flow.status().name(), true));
			}
		}
		for (ReportedCount count : counts) {
			Bounds bounds = count.getFigure().getBounds();
			highest = Math.max(highest, bounds.upper() != null ? bounds.upper() : bounds.lower());
		}
		long cap = Math.max(10, (long) Math.ceil(highest * 1.15));
		List<Point> points = new ArrayList<>();
		for (ReportedCount count : counts) {
			Bounds bounds = count.getFigure().getBounds();
			boolean open = bounds.upper() == null;
			PartialDate asOf = count.getAsOf();
			boolean span = asOf.precision() != DatePrecision.DAY;
			LocalDate middle = asOf.date().plusDays(ChronoUnit.DAYS.between(asOf.date(), asOf.lastDay()) / 2);
			points.add(new Point(count.getId(), middle.toString(), dates.format(asOf),
					bounds.lower(), open ? null : bounds.upper().longValue(), open, words.words(count.getFigure()),
					words.boundsBeyondWords(count.getFigure()), count.getSource().getOutlet(), count.getSpeaker(),
					conflicting.contains(count.getId()), span ? asOf.date().toString() : null,
					span ? asOf.lastDay().toString() : null));
		}
		String now = estimate == null ? null : estimate.population().range().words();
		return new Chart(cohort, now, population.date().toString(), band, points, moves, cap);
	}

}
