package org.detaineetracker.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A slug or id that names nothing: a 404 with a reason a person can read. */
public class RecordNotFoundException extends ResponseStatusException {

	public RecordNotFoundException(String what, Object key) {
		super(HttpStatus.NOT_FOUND, "No " + what + " '" + key + "' is recorded.");
	}

}
