package org.detaineetracker.web;

import java.util.function.Consumer;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

/**
 * A form that the stored records refuse: a slug someone else has taken, a loop of groups or
 * citations, a retracted figure. Services find these inside their transaction (where a lock or a
 * constraint makes the answer hold) and the form is shown again with the errors beside its fields.
 */
public class RejectedFormException extends RuntimeException {

	private final transient Errors errors;

	private final boolean conflict;

	private RejectedFormException(Errors errors, boolean conflict) {
		super("form refused: " + errors.getAllErrors());
		this.errors = errors;
		this.conflict = conflict;
	}

	/** One field refused with a message code. */
	public static RejectedFormException field(Object form, String field, String code) {
		Errors errors = new BeanPropertyBindingResult(form, "form");
		errors.rejectValue(field, code);
		return new RejectedFormException(errors, false);
	}

	/** The record as stored refuses any change (a retracted figure): 409, with the message in the summary. */
	public static RejectedFormException conflict(Object form, String code) {
		Errors errors = new BeanPropertyBindingResult(form, "form");
		errors.reject(code);
		return new RejectedFormException(errors, true);
	}

	/** Runs the checks against stored records; throws when any of them refuses a field. */
	public static void check(Object form, Consumer<Errors> checks) {
		Errors errors = new BeanPropertyBindingResult(form, "form");
		checks.accept(errors);
		if (errors.hasErrors()) {
			throw new RejectedFormException(errors, false);
		}
	}

	/** What was refused, field by field. */
	public Errors errors() {
		return errors;
	}

	/** Whether the stored record, not the form, is what refuses: answered with 409 rather than 400. */
	boolean isConflict() {
		return conflict;
	}

	/** Adds the refusals to the submission's own errors. */
	void addTo(Errors result) {
		for (FieldError error : errors.getFieldErrors()) {
			if (!result.hasFieldErrors(error.getField())) {
				result.rejectValue(error.getField(), error.getCode(), error.getArguments(), error.getDefaultMessage());
			}
		}
		errors.getGlobalErrors().forEach(e -> result.reject(e.getCode(), e.getArguments(), e.getDefaultMessage()));
	}

}
