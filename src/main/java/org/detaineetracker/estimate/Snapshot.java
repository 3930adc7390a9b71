package org.detaineetracker.estimate;

import java.util.List;

import org.detaineetracker.count.ReportedCount;

/**
 * Everything the summary pages need about the latest estimates of every facility and cohort, as
 * known on one date, computed once per change of the data.
 *
 * @param version the data version it was computed at
 * @param estimates every facility's latest estimate per cohort
 * @param conflicts those estimates that are conflicts, most recent first
 * @param latest the most recent figures
 */
public record Snapshot(long version, List<Placed> estimates, List<Total> byHolder, List<Total> byCountry,
		List<Placed> conflicts, long facilities, long groups, List<ReportedCount> latest) {

	public List<Total> byHolder(String slug) {
		return byHolder.stream().filter(t -> t.key().equals(slug)).toList();
	}

}
