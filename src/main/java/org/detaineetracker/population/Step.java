package org.detaineetracker.population;

import java.time.LocalDate;

/**
 * One line of a derivation: a report or movement used, or how earlier lines were combined.
 *
 * @param date the date the evidence speaks of (the first day of its period)
 * @param kind what {@code evidenceId} refers to; {@link Kind#COMBINED} lines refer to no record
 * @param evidenceId the reported count's or movement's id, for a link to its record
 * @param words what the evidence says: "over 4,500, Unattributed report"
 * @param arithmetic how the number follows: "over 4,500 on 21 January 2026 − 150 moved out on 21
 *     January 2026 = at least 4,351"
 * @param result the range this line arrives at
 */
public record Step(LocalDate date, Kind kind, Long evidenceId, String words, String arithmetic, Range result) {

	public enum Kind {

		REPORT, MOVEMENT, COMBINED

	}

}
