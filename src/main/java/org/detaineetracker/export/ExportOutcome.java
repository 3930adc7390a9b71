package org.detaineetracker.export;

/** How an export ended. */
public enum ExportOutcome {

	/** Every row reached the client. */
	COMPLETED,
	/** The client went away before the end. */
	ABORTED,
	/** The database or the server failed part-way. */
	FAILED

}
