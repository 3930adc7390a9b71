package org.detaineetracker.web;

import java.util.Optional;

/**
 * An edit based on a version of a record that someone else has changed since, or that lost a race
 * to another save. Nothing was written; the form is shown again with the stored values beside the
 * editor's.
 */
public class StaleRecordException extends RuntimeException {

	private final long id;

	private final transient RecordForm stored;

	/** A lost race: the stored values have to be read again. */
	public StaleRecordException(String what, long id) {
		this(what, id, null);
	}

	/** An edit from an old version, with the values stored now as a form. */
	public StaleRecordException(String what, long id, RecordForm stored) {
		super(what + " " + id + " was changed by someone else");
		this.id = id;
		this.stored = stored;
	}

	public long id() {
		return id;
	}

	/** The stored values as a form, when they were at hand. */
	public Optional<RecordForm> stored() {
		return Optional.ofNullable(stored);
	}

}
