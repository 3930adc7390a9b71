package org.detaineetracker.population;

import java.util.Objects;

/**
 * One source's account of a movement: its number, and whether that number is one batch or the
 * running total of the whole movement.
 */
public record MovementReport(long id, Range bounds, boolean approximate, Tally tally, long sourceRoot, String words,
		String source) {

	public enum Tally {

		/** One batch of the movement: part of its total. */
		BATCH,
		/** The running total of the movement so far. */
		CUMULATIVE

	}

	public MovementReport {
		Objects.requireNonNull(bounds, "bounds");
		Objects.requireNonNull(tally, "tally");
		Objects.requireNonNull(words, "words");
	}

}
