package org.detaineetracker.movement;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import org.detaineetracker.kernel.PartialDate;
import org.detaineetracker.web.FieldChecks;
import org.detaineetracker.web.FigureChecks;
import org.detaineetracker.web.PassageChecks;
import org.detaineetracker.web.Rules;

/** The rules for a movement, the same ones the database enforces (V7), in an editor's words. */
@Component
class MovementFormValidator implements Validator {

	private final Clock clock;

	private final PassageChecks passages;

	MovementFormValidator(Clock clock, PassageChecks passages) {
		this.clock = clock;
		this.passages = passages;
	}

	@Override
	public boolean supports(Class<?> type) {
		return MovementForm.class.equals(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		MovementForm form = (MovementForm) target;
		FieldChecks.required(errors, "kind", form.getKind());
		FieldChecks.required(errors, "from", form.getFrom());
		FieldChecks.required(errors, "cohort", form.getCohort());
		FieldChecks.required(errors, "qualifier", form.getQualifier());
		FieldChecks.required(errors, "value", form.getValue());
		FieldChecks.required(errors, "status", form.getStatus());
		FieldChecks.required(errors, "tally", form.getTally());
		FieldChecks.required(errors, "source", form.getSource());
		FieldChecks.text(errors, "speaker", form.getSpeaker(), true, Rules.SPEAKER_MAX, false);
		FieldChecks.text(errors, "quote", form.getQuote(), false, Rules.QUOTE_MAX, true);
		FigureChecks.check(errors, form.getValue(), form.getQualifier(), form.getValueHigh());
		passages.check(errors, form.getPassageStart(), form.getPassageEnd(), form.getPassageText(),
				form.getPastedTextSha256(), form.getPassageSignature());
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
