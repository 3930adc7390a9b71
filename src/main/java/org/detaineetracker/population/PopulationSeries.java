package org.detaineetracker.population;

import java.util.List;

/**
 * One facility's, holder's or country's population over time, per cohort: the points of its
 * timeline, for the API.
 *
 * @param kind FACILITY, HOLDER or COUNTRY
 * @param key the facility's or holder's slug, or the country's ISO code
 */
public record PopulationSeries(Kind kind, String key, String name, List<CohortSeries> cohorts) {

	public enum Kind {

		FACILITY, HOLDER, COUNTRY

	}

	public PopulationSeries {
		cohorts = List.copyOf(cohorts);
	}

	public record CohortSeries(String cohort, String cohortName, List<Point> points) {

		public CohortSeries {
			points = List.copyOf(points);
		}

	}

	/**
	 * The estimate from {@code date} until the next point.
	 *
	 * @param upper null: no upper limit
	 * @param notAttributed for a holder or country, how many more it may hold (people the evidence
	 *     cannot place with one holder); null when none or for a facility
	 */
	public record Point(java.time.LocalDate date, long lower, Long upper, boolean conflict, Range notAttributed,
			List<Long> reportIds, List<Long> movementIds) {

		public Point {
			reportIds = List.copyOf(reportIds);
			movementIds = List.copyOf(movementIds);
		}

	}

}
