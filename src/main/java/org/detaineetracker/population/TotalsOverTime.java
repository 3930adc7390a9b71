package org.detaineetracker.population;

import java.time.LocalDate;
import java.util.List;

/**
 * A custody holder's or a country's totals over time, per cohort: at each date where evidence or
 * custody changed them, how many people it certainly held and how many more it may hold (people the
 * evidence cannot place with one holder or country), each with how it was derived.
 *
 * @param key the holder's slug or the country's ISO code
 * @param date the day the newest totals are for: the known-on date, or today
 * @param changes who took over which place when, among the places these totals read
 */
public record TotalsOverTime(String key, String label, LocalDate date, List<CohortTotals> cohorts,
		List<CustodyChange> changes) {

	/** How many dates a cohort's history lists; older ones are left out and counted. */
	public static final int DATES_SHOWN = 40;

	public TotalsOverTime {
		cohorts = List.copyOf(cohorts);
		changes = List.copyOf(changes);
	}

	public boolean isEmpty() {
		return cohorts.isEmpty();
	}

	/**
	 * One cohort's totals, oldest first.
	 *
	 * @param now the totals on the date asked
	 * @param datesLeftOut how many older dates are not listed
	 */
	public record CohortTotals(long cohortId, String slug, String name, List<TotalPoint> points, TotalPoint now,
			int datesLeftOut) {

		public CohortTotals {
			points = List.copyOf(points);
		}

	}

	/**
	 * The totals on one date.
	 *
	 * @param held what is certainly held (ZERO when nothing is attributed on that date)
	 * @param notAttributed what may also be held, shared with {@code sharedWith}; null when none
	 * @param parts how {@code held} adds up, place by place, with each derivation
	 * @param notAttributedParts how {@code notAttributed} adds up
	 */
	public record TotalPoint(LocalDate date, Range held, Range notAttributed, boolean conflict, Period newestEvidence,
			List<Long> reportIds, List<Long> movementIds, List<Explained> parts, List<Explained> notAttributedParts,
			List<String> sharedWith) {

		public TotalPoint {
			reportIds = List.copyOf(reportIds);
			movementIds = List.copyOf(movementIds);
			parts = List.copyOf(parts);
			notAttributedParts = List.copyOf(notAttributedParts);
			sharedWith = List.copyOf(sharedWith);
		}

		/** At most: what is held plus what may also be. */
		public Range possibly() {
			return notAttributed == null ? held : new Range(held.lower(), held.plus(notAttributed).upper());
		}

		boolean sameNumbers(TotalPoint other) {
			return held.equals(other.held) && java.util.Objects.equals(notAttributed, other.notAttributed)
					&& conflict == other.conflict;
		}

	}

	/** A place passing from one holder to another (from null: first recorded holder). */
	public record CustodyChange(LocalDate date, Place place, String fromHolder, String fromSlug, String fromCountry,
			String toHolder, String toSlug, String toCountry) {
	}

}
