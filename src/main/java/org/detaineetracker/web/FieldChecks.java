package org.detaineetracker.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.validation.Errors;

import org.detaineetracker.kernel.DatePrecision;
import org.detaineetracker.kernel.PartialDate;

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

	/** An ISO 3166-1 alpha-2 country code (forms upper-case what the editor typed). */
	public static void country(Errors errors, String field, String value, boolean required) {
		if (value == null) {
			if (required) {
				required(errors, field, null);
			}
			return;
		}
		if (!errors.hasFieldErrors(field) && !Rules.isCountryCode(value)) {
			errors.rejectValue(field, "form.country");
		}
	}

	/**
	 * A date that may be unknown, with its precision: both or neither (the database insists).
	 * @return the date when both halves are given and valid, otherwise null
	 */
	public static PartialDate optionalDate(Errors errors, String dateField, LocalDate date, String precisionField,
			DatePrecision precision) {
		if (errors.hasFieldErrors(dateField) || errors.hasFieldErrors(precisionField)) {
			return null;
		}
		if (date != null && precision == null) {
			errors.rejectValue(precisionField, "form.date.needsPrecision");
		}
		else if (date == null && precision != null) {
			errors.rejectValue(dateField, "form.date.needsDate");
		}
		return PartialDate.ofNullable(date, precision);
	}

	/** An end that comes before its start, compared as stored (each truncated to its precision). */
	public static void ordered(Errors errors, PartialDate start, String endField, PartialDate end) {
		if (start != null && end != null && !errors.hasFieldErrors(endField) && end.date().isBefore(start.date())) {
			errors.rejectValue(endField, "form.date.beforeStart");
		}
	}

}
