package org.detaineetracker.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;

/** How a form that could not be saved answers: the form again, with a 4xx status that says why. */
public final class FormResponses {

	private FormResponses() {
	}

	/** Invalid input: 400. */
	public static void invalid(HttpServletResponse response) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
	}

	/** A conflict with what is stored (someone else's change, a duplicate): 409. */
	public static void conflict(HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
	}

}
