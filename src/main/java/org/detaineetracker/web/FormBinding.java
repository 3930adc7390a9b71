package org.detaineetracker.web;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/** For every form: text arrives trimmed, a blank field is "no value", numbers are plain digits, ids are never bound. */
@ControllerAdvice
class FormBinding {

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		binder.registerCustomEditor(Integer.class, new WholeNumberEditor(false));
		binder.registerCustomEditor(Long.class, new WholeNumberEditor(true));
		binder.setDisallowedFields("id");
	}

}
