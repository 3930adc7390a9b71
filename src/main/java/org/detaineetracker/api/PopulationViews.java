package org.detaineetracker.api;

import java.time.LocalDate;
import java.util.List;

import org.detaineetracker.population.PopulationSeries;
import org.detaineetracker.population.Range;

/** The JSON shapes of {@code /api/populations}. */
final class PopulationViews {

	private PopulationViews() {
	}

	/**
	 * One facility's, holder's or country's population over time per cohort.
	 *
	 * @param kind FACILITY, HOLDER or COUNTRY
	 * @param key the facility's or holder's slug, or the country's ISO 3166-1 alpha-2 code
	 * @param href the page that shows it
	 */
	record Series(String kind, String key, String name, String href, List<CohortSeries> cohorts) {

		static Series of(PopulationSeries series) {
			String href = switch (series.kind()) {
				case FACILITY -> "/facilities/" + series.key();
				case HOLDER -> "/holders/" + series.key();
				case COUNTRY -> "/countries/" + series.key();
			};
			return new Series(series.kind().name(), series.key(), series.name(), href,
					series.cohorts().stream().map(CohortSeries::of).toList());
		}

	}

	record CohortSeries(String cohort, String cohortName, List<Point> points) {

		static CohortSeries of(PopulationSeries.CohortSeries c) {
			return new CohortSeries(c.cohort(), c.cohortName(), c.points().stream().map(Point::of).toList());
		}

	}

	/**
	 * The estimate from {@code date} until the next point.
	 *
	 * @param upper null: no upper limit
	 * @param notAttributed for a holder or country: how many more it may hold, people the evidence
	 *     cannot place with one holder or country; null when none, and always for a facility
	 * @param reportIds the reported counts the estimate rests on ({@code /counts/{id}})
	 * @param movementIds the completed movements it rests on
	 */
	record Point(LocalDate date, long lower, Long upper, boolean conflict, Bounds notAttributed, List<Long> reportIds,
			List<Long> movementIds) {

		static Point of(PopulationSeries.Point p) {
			return new Point(p.date(), p.lower(), p.upper(), p.conflict(), Bounds.of(p.notAttributed()), p.reportIds(),
					p.movementIds());
		}

	}

	/** @param upper null: no upper limit */
	record Bounds(long lower, Long upper) {

		static Bounds of(Range range) {
			return range == null ? null : new Bounds(range.lower(), range.upper());
		}

	}

}
