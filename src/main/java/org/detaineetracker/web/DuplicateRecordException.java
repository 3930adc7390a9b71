package org.detaineetracker.web;

/**
 * A new record that repeats a stored one (the same figure from the same source, the same article):
 * nothing was written; the form asks the editor to open the stored one or to confirm a second.
 */
public class DuplicateRecordException extends RuntimeException {

	private final transient Object existing;

	public DuplicateRecordException(Object existing) {
		super("a matching record exists");
		this.existing = existing;
	}

	public Object existing() {
		return existing;
	}

}
