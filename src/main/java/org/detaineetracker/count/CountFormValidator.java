package org.detaineetracker.count;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import org.detaineetracker.kernel.PartialDate;
import org.detaineetracker.web.FieldChecks;
import org.detaineetracker.web.FigureChecks;
import org.detaineetracker.web.PassageChecks;
import org.detaineetracker.web.Rules;

/** The rules for a reported count, in the words an editor understands. */
@Component
class CountFormValidator implements Validator {

	private final Clock clock;

	private final PassageChecks passages;

	CountFormValidator(Clock clock, PassageChecks passages) {
		this.clock = clock;
		this.passages = passages;
	}

	@Override
	public boolean supports(Class<?> type) {
		return CountForm.class.equals(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		CountForm form = (CountForm) target;
		FieldChecks.required(errors, "facility", form.getFacility());
		FieldChecks.required(errors, "cohort", form.getCohort());
		FieldChecks.required(errors, "source", form.getSource());
		FieldChecks.required(errors, "qualifier", form.getQualifier());
		FieldChecks.required(errors, "value", form.getValue());
		FieldChecks.required(errors, "asOf", form.getAsOf());
		FieldChecks.required(errors, "asOfPrecision", form.getAsOfPrecision());
		FieldChecks.text(errors, "speaker", form.getSpeaker(), true, Rules.SPEAKER_MAX, false);
		FieldChecks.text(errors, "quote", form.getQuote(), false, Rules.QUOTE_MAX, true);
		FigureChecks.check(errors, form.getValue(), form.getQualifier(), form.getValueHigh());
		passages.check(errors, form.getPassageStart(), form.getPassageEnd(), form.getPassageText(),
				form.getPastedTextSha256(), form.getPassageSignature());
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
