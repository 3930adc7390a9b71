package org.detaineetracker.population;

import java.time.LocalDate;

/**
 * Site {@code siteId} was held by holder {@code holderId} from {@code from} (inclusive; null: since
 * before anything recorded) until {@code to} (exclusive, the day the next holder took over; null:
 * still held). A date known to a month counts from the first day of that month, so al-Hol's change
 * "in February 2026" moves its people to the new holder on 1 February.
 */
public record CustodySpan(long siteId, long holderId, LocalDate from, LocalDate to) {

	public boolean covers(LocalDate date) {
		return (from == null || !date.isBefore(from)) && (to == null || date.isBefore(to));
	}

}
