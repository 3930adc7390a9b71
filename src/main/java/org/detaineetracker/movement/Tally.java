package org.detaineetracker.movement;

/** Whether a movement's figure is one batch or the running total of an operation. */
public enum Tally {
	BATCH, CUMULATIVE
}
