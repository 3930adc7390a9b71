package org.detaineetracker.history;

import java.time.Instant;
import java.util.List;

/** Who changed a record, when, and each field's old value and new value. */
public final class History {

	private History() {
	}

	public enum Kind {
		CREATED, CHANGED, DELETED
	}

	/** One field's change; the field is a message key suffix (history.field.*). */
	public record Change(String field, Object before, Object after) {
	}

	/** One revision of one record. {@code record} names the record when a history spans several. */
	public record Entry(long revision, Instant at, String username, Kind kind, String record, List<Change> changes) {
	}

}
