package org.detaineetracker.form;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.validation.Errors;

/** Small checks that every form's validator uses, each rejecting a field with a message code. */
public final class FieldChecks {

	private FieldChecks() {
	}

	public static void required(Errors errors, String field, Object value) {
		if (value == null && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "form.required");
		}
	}

	/** Text: required or not, at most {@code max} characters, no control characters. */
	public static void text(Errors errors, String field, String value, boolean required, int max, boolean multiline) {
		if (value == null) {
			if (required) {
				required(errors, field, null);
			}
			return;
		}
		if (value.length() > max) {
			errors.rejectValue(field, "form.tooLong", new Object[] { max }, null);
		}
		else if (Rules.hasControlCharacters(value, multiline)) {
			errors.rejectValue(field, "form.controlCharacters");
		}
	}

	public static void slug(Errors errors, String field, String value) {
		text(errors, field, value, true, Rules.SLUG_MAX, false);
		if (value != null && !errors.hasFieldErrors(field) && !Rules.SLUG.matcher(value).matches()) {
			errors.rejectValue(field, "form.slug");
		}
	}

	public static void notInFuture(Errors errors, String field, LocalDate value, Clock clock) {
		if (value != null && value.isAfter(LocalDate.now(clock))) {
			errors.rejectValue(field, "form.futureDate");
		}
	}

	public static void url(Errors errors, String field, String value) {
		text(errors, field, value, false, Rules.URL_MAX, false);
		if (value != null && !errors.hasFieldErrors(field) && !Rules.URL.matcher(value).matches()) {
			errors.rejectValue(field, "form.url");
		}
	}

}
