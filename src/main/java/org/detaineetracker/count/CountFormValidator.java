package org.detaineetracker.count;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import org.detaineetracker.kernel.PartialDate;
import org.detaineetracker.web.FieldChecks;

/** The rules for a reported count beyond its fields' own (see the form's constraints): a date not ahead, nor after its source was published. */
@Component
public class CountFormValidator implements Validator {

	private final Clock clock;

	CountFormValidator(Clock clock) {
		this.clock = clock;
	}

	@Override
	public boolean supports(Class<?> type) {
		return CountForm.class.equals(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		CountForm form = (CountForm) target;
		checkDate(form, errors);
	}

	private void checkDate(CountForm form, Errors errors) {
		if (form.getAsOf() == null || form.getAsOfPrecision() == null) {
			return;
		}
		PartialDate asOf = new PartialDate(form.getAsOf(), form.getAsOfPrecision());
		FieldChecks.notInFuture(errors, "asOf", asOf.date(), clock);
		if (form.getSource() != null && !errors.hasFieldErrors("asOf")
				&& asOf.date().isAfter(form.getSource().getPublished().lastDay())) {
			errors.rejectValue("asOf", "form.count.afterPublication");
		}
	}

}
