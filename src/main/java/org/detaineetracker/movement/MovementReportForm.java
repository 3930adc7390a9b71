package org.detaineetracker.movement;

import jakarta.validation.constraints.NotNull;
import org.detaineetracker.source.Source;
import org.detaineetracker.web.FigureForm;

/**
 * Another source's report of a stored movement: its number as the source wrote it, batch or running
 * total, the source and its speaker, and a short quote. The movement itself (route, cohort, dates,
 * status) is the one whose page opened the form.
 */
public class MovementReportForm extends FigureForm {

	@NotNull
	private Tally tally;

	@NotNull
	private Source source;

	/** A blank report of a movement, opened at the movement's version. */
	public static MovementReportForm forMovement(Movement movement) {
		MovementReportForm form = new MovementReportForm();
		form.setVersion(movement.getVersion());
		form.tally = movement.getTally();
		return form;
	}

	public Tally getTally() {
		return tally;
	}

	public void setTally(Tally tally) {
		this.tally = tally;
	}

	public Source getSource() {
		return source;
	}

	public void setSource(Source source) {
		this.source = source;
	}

}
