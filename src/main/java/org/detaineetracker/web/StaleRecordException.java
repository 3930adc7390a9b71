package org.detaineetracker.web;

/**
 * An edit based on a version of a record that someone else has changed since. Nothing was
 * written; the form is shown again with the stored values beside the editor's.
 */
public class StaleRecordException extends RuntimeException {

	public StaleRecordException(String what, Object id) {
		super(what + " " + id + " was changed by someone else");
	}

}
