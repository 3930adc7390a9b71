package org.detaineetracker.population;

import java.util.List;

/**
 * What the reports of one movement say together.
 *
 * @param agreed the numbers every report allows, or null when two cannot both be right
 * @param hull from the lowest to the highest number any report allows
 * @param disagreements pairs of reports that cannot both be right, lower first
 * @param independentSources how many different sources back the reports, counted by the root of
 *     their cites chains
 */
public record MovementReconciliation(List<MovementReport> reports, Range agreed, Range hull,
		List<Disagreement> disagreements, int independentSources) {

	/** Two reports of the same movement that do not meet: {@code lower} allows only less than {@code higher}. */
	public record Disagreement(MovementReport lower, MovementReport higher) {

		public String words() {
			return "'" + lower.words() + "' (" + lower.source() + ") and '" + higher.words() + "' (" + higher.source()
					+ ") cannot both be right";
		}

	}

	public boolean isConflict() {
		return agreed == null;
	}

	/** The range a flow is moved with: the agreed one, or for a conflict everything any report allows. */
	public Range span() {
		return agreed != null ? agreed : hull;
	}

}
