package org.detaineetracker.estimate;

import java.time.LocalDate;
import java.util.List;

import org.detaineetracker.kernel.Bounds;

/**
 * What the recent reports for one facility (or group) and cohort say together.
 *
 * @param windowStart the first day any report in the window may describe
 * @param windowEnd the last day any report in the window may describe
 * @param reports the reports in the window, oldest first
 * @param range the whole numbers every report allows, or null when they disagree (a conflict)
 * @param hull from the lowest lower bound to the highest upper bound of the reports as read (null
 *     upper: at least one report has no upper limit)
 * @param disagreements pairs of reports that cannot both be right, lower one first
 * @param independentSources how many different sources back the reports, a source that repeats
 *     another counting as the one it repeats
 * @param approximate whether an approximate figure was widened by the tolerance to get here
 * @param reportCount how many reports the window holds (also when {@code reports} is not kept, as in
 *     the summaries computed by the database)
 * @param disagreementCount how many pairs of reports disagree; {@code disagreements} names at most
 *     {@value Estimates#NAMED_DISAGREEMENTS} of them
 */
public record Estimate(LocalDate windowStart, LocalDate windowEnd, List<Report> reports, Bounds range, Bounds hull,
		List<Disagreement> disagreements, int independentSources, boolean approximate, int reportCount,
		long disagreementCount) {

	/** Two reports whose bounds do not meet: {@code lower} allows only numbers below what {@code higher} allows. */
	public record Disagreement(Report lower, Report higher) {
	}

	public boolean isConflict() {
		return range == null;
	}

	/** The range to use where a single span is needed: the agreed range, or for a conflict the whole hull. */
	public Bounds span() {
		return range != null ? range : hull;
	}

	/** How many disagreeing pairs are not named in {@link #disagreements()}. */
	public long unnamedDisagreements() {
		return disagreementCount - disagreements.size();
	}

	/** Ids of the named reports that disagree with at least one other. */
	public List<Long> disagreeingReportIds() {
		return disagreements.stream()
			.flatMap(d -> java.util.stream.Stream.of(d.lower().id(), d.higher().id()))
			.distinct()
			.sorted()
			.toList();
	}

}
