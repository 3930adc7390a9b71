package org.detaineetracker.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.server.ResponseStatusException;

/**
 * For every form: text arrives trimmed, a blank field is "no value", numbers are plain digits, dates
 * lie within the accepted range, ids are never bound, and only the form's own fields are: a nested
 * name such as {@code facility.aliases[0]} would reach into the records a form refers to.
 */
@ControllerAdvice
class FormBinding {

	private final Clock clock;

	FormBinding(Clock clock) {
		this.clock = clock;
	}

	@InitBinder
	void initBinder(WebDataBinder binder, HttpServletRequest request) {
		textAndNumbers(binder);
		// a form object (constructed by the binder or given), not a single request parameter
		if (binder.getTarget() != null || binder.getTargetType() != null) {
			binder.registerCustomEditor(LocalDate.class, new RecordedDateEditor(clock));
			// An error page never reads the parameters: its error may be a body too large to parse.
			if (request.getDispatcherType() == DispatcherType.ERROR) {
				return;
			}
			for (String name : request.getParameterMap().keySet()) {
				if (name.contains(".") || name.contains("[")) {
					throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
							"The form has no field '" + name + "'; send only its own fields.");
				}
			}
		}
	}

	/** What every binding of a form's values shares, from a browser's form or the JSON API. */
	static void textAndNumbers(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		binder.registerCustomEditor(Integer.class, new WholeNumberEditor(false));
		binder.registerCustomEditor(Long.class, new WholeNumberEditor(true));
		binder.setDisallowedFields("id", "*.*", "*[*");
	}

}
