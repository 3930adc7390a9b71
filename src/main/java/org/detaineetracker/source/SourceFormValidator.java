package org.detaineetracker.source;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import org.detaineetracker.kernel.PartialDate;
import org.detaineetracker.web.FieldChecks;
import org.detaineetracker.web.Hierarchy;

/** The rules for a source, the same ones the database enforces (V4), in an editor's words. */
@Component
public class SourceFormValidator implements Validator {

	private final SourceRepository sources;

	private final Clock clock;

	SourceFormValidator(SourceRepository sources, Clock clock) {
		this.sources = sources;
		this.clock = clock;
	}

	@Override
	public boolean supports(Class<?> type) {
		return SourceForm.class.equals(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		SourceForm form = (SourceForm) target;
		if (form.getPublishedOn() != null && form.getPublishedPrecision() != null) {
			FieldChecks.notInFuture(errors, "publishedOn",
					new PartialDate(form.getPublishedOn(), form.getPublishedPrecision()).date(), clock);
		}
	}

	/** A source cannot repeat itself, nor a source that (through others) repeats it. */
	void checkCites(SourceForm form, Long editedId, Errors errors) {
		Hierarchy.noLoop(errors, "cites", editedId, form.getCites() == null ? null : form.getCites().getId(),
				sources::findSelfAndCitedIds);
	}

}
