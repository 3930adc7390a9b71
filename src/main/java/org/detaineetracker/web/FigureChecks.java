package org.detaineetracker.web;

import org.springframework.validation.Errors;

import org.detaineetracker.kernel.Qualifier;

/**
 * The rules for a figure as a form gives it — value, qualifier and, for ranges, the upper value —
 * shared by every form that records one (reported counts, movements). Fields are named
 * {@code value} and {@code valueHigh} in each of those forms.
 */
public final class FigureChecks {

	private FigureChecks() {
	}

	public static void check(Errors errors, Integer value, Qualifier qualifier, Integer high) {
		if (value != null && (value < 0 || value > Rules.MAX_COUNT)) {
			errors.rejectValue("value", "form.count.range", new Object[] { Rules.MAX_COUNT }, null);
		}
		if (high != null && (high < 0 || high > Rules.MAX_COUNT)) {
			errors.rejectValue("valueHigh", "form.count.range", new Object[] { Rules.MAX_COUNT }, null);
		}
		if (qualifier == null || errors.hasFieldErrors("value") || errors.hasFieldErrors("valueHigh")) {
			return;
		}
		if (qualifier.needsUpperValue()) {
			if (high == null) {
				errors.rejectValue("valueHigh", "form.count.rangeNeedsHigh");
			}
			else if (value != null && high < value) {
				errors.rejectValue("valueHigh", "form.count.rangeOrder");
			}
		}
		else if (high != null) {
			errors.rejectValue("valueHigh", "form.count.highOnlyForRange");
		}
		if (value != null && !errors.hasFieldErrors("valueHigh")) {
			try {
				qualifier.bounds(value, high);
			}
			catch (IllegalArgumentException noWholeNumber) {
				errors.rejectValue("value", "form.count.empty");
			}
		}
	}

}
