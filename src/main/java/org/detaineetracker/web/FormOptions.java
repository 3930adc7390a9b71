package org.detaineetracker.web;

import org.springframework.ui.Model;

/** The choices of one reference field's select list, added to a form's model. */
public interface FormOptions {

	void addOptions(Model model);

}
