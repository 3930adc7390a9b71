package org.detaineetracker.custody;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import org.detaineetracker.kernel.PartialDate;
import org.detaineetracker.web.FieldChecks;

/** The rules for a custody period, the same ones the database enforces (V5), in an editor's words. */
@Component
class CustodyPeriodFormValidator implements Validator {

	private final Clock clock;

	CustodyPeriodFormValidator(Clock clock) {
		this.clock = clock;
	}

	@Override
	public boolean supports(Class<?> type) {
		return CustodyPeriodForm.class.equals(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		CustodyPeriodForm form = (CustodyPeriodForm) target;
		PartialDate started = FieldChecks.optionalDate(errors, "startedOn", form.getStartedOn(), "startedPrecision",
				form.getStartedPrecision());
		PartialDate ended = FieldChecks.optionalDate(errors, "endedOn", form.getEndedOn(), "endedPrecision",
				form.getEndedPrecision());
		FieldChecks.notInFuture(errors, "startedOn", started == null ? null : started.date(), clock);
		FieldChecks.notInFuture(errors, "endedOn", ended == null ? null : ended.date(), clock);
		FieldChecks.ordered(errors, started, "endedOn", ended);
	}

}
