package org.detaineetracker.population;

import java.util.Objects;

/**
 * A movement of people: from a site or group to another, or out of custody (no {@code toSiteId}), or
 * into custody from outside what is tracked (no {@code fromSiteId}). Its bounds are already
 * reconciled from its reports ({@link Movements#reconcile}), so one transfer told by two outlets is
 * one flow.
 *
 * @param started when it began, or null when unknown
 * @param ended when it ended, or null when unknown or not yet
 * @param words the number as reported: "nearly 6,000"
 */
public record Flow(long id, Long fromSiteId, Long toSiteId, long cohortId, Period started, Period ended,
		Status status, Kind kind, Range bounds, String words) {

	public enum Status {

		PLANNED, UNDER_WAY, COMPLETED

	}

	public enum Kind {

		TRANSFER, RELEASE, ESCAPE, REPATRIATION

	}

	public Flow {
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(bounds, "bounds");
		Objects.requireNonNull(words, "words");
		if (fromSiteId == null && toSiteId == null) {
			throw new IllegalArgumentException("a movement needs a site it leaves or reaches");
		}
	}

	/**
	 * When the people count as moved: the period it ended in, or the one it started in when no end
	 * is given. A completed movement with neither date cannot be placed and moves nobody.
	 */
	public Period effective() {
		return ended != null ? ended : started;
	}

	/** Only a completed movement moves people; planned and under-way ones are shown, never subtracted. */
	public boolean moves() {
		return status == Status.COMPLETED && effective() != null;
	}

}
