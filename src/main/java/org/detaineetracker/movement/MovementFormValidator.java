package org.detaineetracker.movement;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import org.detaineetracker.kernel.PartialDate;
import org.detaineetracker.web.FieldChecks;

/** The rules for a movement, the same ones the database enforces (V7), in an editor's words. */
@Component
public class MovementFormValidator implements Validator {

	private final Clock clock;

	MovementFormValidator(Clock clock) {
		this.clock = clock;
	}

	@Override
	public boolean supports(Class<?> type) {
		return MovementForm.class.equals(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		MovementForm form = (MovementForm) target;
		if (form.getFrom() != null && form.getTo() != null && form.getFrom().getId().equals(form.getTo().getId())) {
			errors.rejectValue("to", "form.movement.sameFacility");
		}
		checkDates(form, errors);
	}

	/**
	 * Either end may be unknown. A planned movement may lie ahead; one under way has started, and a
	 * completed one has also ended.
	 */
	private void checkDates(MovementForm form, Errors errors) {
		PartialDate started = FieldChecks.optionalDate(errors, "startedOn", form.getStartedOn(), "startedPrecision",
				form.getStartedPrecision());
		PartialDate ended = FieldChecks.optionalDate(errors, "endedOn", form.getEndedOn(), "endedPrecision",
				form.getEndedPrecision());
		FieldChecks.ordered(errors, started, "endedOn", ended);
		LocalDate today = LocalDate.now(clock);
		if (started != null && started.date().isAfter(today) && form.getStatus() != null
				&& form.getStatus() != MovementStatus.PLANNED && !errors.hasFieldErrors("startedOn")) {
			errors.rejectValue("startedOn", "form.movement.startAhead");
		}
		if (ended != null && ended.date().isAfter(today) && form.getStatus() == MovementStatus.COMPLETED
				&& !errors.hasFieldErrors("endedOn")) {
			errors.rejectValue("endedOn", "form.movement.endAhead");
		}
	}

}
