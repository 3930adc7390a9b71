package org.detaineetracker.population;

import java.time.LocalDate;
import java.util.List;

/**
 * The whole picture on a date, as known on a date: for each cohort the totals per custody holder and
 * per country, the people no single holder can be named for, the places whose evidence conflicts,
 * and what changed most recently.
 *
 * @param version the data version it was computed at
 * @param date the day the populations are for: the known-on date, or today
 * @param facilities how many facilities that are not groups
 * @param conflicts the places in conflict, most recent evidence first, at most
 *     {@value PopulationService#CONFLICTS_LISTED}
 * @param conflictCount how many places are in conflict in all
 */
public record Overview(long version, LocalDate date, long facilities, long groups, List<CohortPicture> cohorts,
		List<Change> recent, List<PlaceConflict> conflicts, int conflictCount) {

	public Overview {
		cohorts = List.copyOf(cohorts);
		recent = List.copyOf(recent);
		conflicts = List.copyOf(conflicts);
	}

	/**
	 * One cohort's totals.
	 *
	 * @param notAttributed the largest places whose people no single holder can be named for
	 * @param notAttributedNotListed how many more such places there are
	 * @param notListedRange what those add up to
	 * @param partOf the name of the cohort this one is a part of, whose totals count its people too;
	 *     null for a cohort of its own
	 */
	public record CohortPicture(long cohortId, String slug, String name, String partOf, List<Headline> byHolder,
			List<Headline> byCountry, List<Headline> notAttributed, int notAttributedNotListed, Range notListedRange) {

		public CohortPicture {
			byHolder = List.copyOf(byHolder);
			byCountry = List.copyOf(byCountry);
			notAttributed = List.copyOf(notAttributed);
		}

	}

	/**
	 * A recent report or movement, newest first.
	 *
	 * @param kind REPORT (a reported count, {@code id} its id) or MOVEMENT
	 * @param when the date as the source gave it: "21 January 2026", "February 2026"
	 */
	public record Change(Step.Kind kind, long id, LocalDate date, String when, Place place, Place to, String cohort,
			String words, String speaker, long sourceId, String source, String status) {
	}

	/** A place whose evidence cannot all be right on the date. */
	public record PlaceConflict(Place place, String cohort, Range range, Period newestEvidence,
			List<Conflict> conflicts, int conflictCount) {

		public PlaceConflict {
			conflicts = List.copyOf(conflicts);
		}

		public int conflictsNotNamed() {
			return conflictCount - conflicts.size();
		}

		/** The named conflicts drawn as one range strip, or null. */
		public Conflict.Strip strip() {
			return Conflict.strip(conflicts);
		}

	}

	public boolean isEmpty() {
		return cohorts.stream().allMatch(c -> c.byHolder().isEmpty() && c.byCountry().isEmpty() && c.notAttributed().isEmpty());
	}

}
