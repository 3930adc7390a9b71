package org.detaineetracker.estimate;

import java.util.List;
import java.util.Map;

import org.detaineetracker.count.ReportedCount;

/**
 * Everything the summary pages need about the latest estimates of every facility and cohort, as
 * known on one date, computed once per change of the data.
 *
 * @param version the data version it was computed at
 * @param estimates every facility's latest estimate per cohort
 * @param conflicts those estimates that are conflicts, most recent first
 * @param latest the most recent figures
 * @param byGroup the estimates of the sites of each group, by the group's id
 */
public record Snapshot(long version, List<Placed> estimates, List<Total> byHolder, List<Total> byCountry,
		List<Placed> conflicts, long facilities, long groups, List<ReportedCount> latest,
		Map<Long, List<Placed>> byGroup) {

	/** The latest estimates of a group's sites. */
	public List<Placed> sitesOf(long groupId) {
		return byGroup.getOrDefault(groupId, List.of());
	}

	public List<Total> byHolder(String slug) {
		return byHolder.stream().filter(t -> t.key().equals(slug)).toList();
	}

}
