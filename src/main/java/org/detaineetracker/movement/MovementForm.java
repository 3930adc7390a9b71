package org.detaineetracker.movement;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

import org.detaineetracker.cohort.Cohort;
import org.detaineetracker.custody.CustodyHolder;
import org.detaineetracker.facility.Facility;
import org.detaineetracker.kernel.DatePrecision;
import org.detaineetracker.kernel.PartialDate;
import org.detaineetracker.source.Source;
import org.detaineetracker.web.FigureForm;

/** What an editor submits for a movement; the figure fields read as in the reported-count form. */
public class MovementForm extends FigureForm {

	@NotNull
	private MovementKind kind;

	@NotNull
	private Facility from;

	private Facility to;

	@NotNull
	private Cohort cohort;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startedOn;

	private DatePrecision startedPrecision;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endedOn;

	private DatePrecision endedPrecision;

	private CustodyHolder operator;

	@NotNull
	private MovementStatus status;

	/** Kept for signed-in accounts only (see {@code kernel.Audience}). */
	private boolean internal;

	@NotNull
	private Tally tally;

	@NotNull
	private Source source;

	public static MovementForm of(Movement movement) {
		MovementForm form = new MovementForm();
		form.kind = movement.getKind();
		form.from = movement.getFrom();
		form.to = movement.getTo();
		form.cohort = movement.getCohort();
		if (movement.getStarted() != null) {
			form.startedOn = movement.getStarted().date();
			form.startedPrecision = movement.getStarted().precision();
		}
		if (movement.getEnded() != null) {
			form.endedOn = movement.getEnded().date();
			form.endedPrecision = movement.getEnded().precision();
		}
		form.operator = movement.getOperator();
		form.status = movement.getStatus();
		form.tally = movement.getTally();
		form.source = movement.getSource();
		form.internal = movement.isInternal();
		form.fill(movement.getFigure(), movement.getSpeaker(), movement.getQuote(), movement.getPassage(), movement.getVersion());
		return form;
	}

	public MovementKind getKind() {
		return kind;
	}

	public void setKind(MovementKind kind) {
		this.kind = kind;
	}

	public Facility getFrom() {
		return from;
	}

	public void setFrom(Facility from) {
		this.from = from;
	}

	public Facility getTo() {
		return to;
	}

	public void setTo(Facility to) {
		this.to = to;
	}

	public Cohort getCohort() {
		return cohort;
	}

	public void setCohort(Cohort cohort) {
		this.cohort = cohort;
	}

	public LocalDate getStartedOn() {
		return startedOn;
	}

	public void setStartedOn(LocalDate startedOn) {
		this.startedOn = startedOn;
	}

	public DatePrecision getStartedPrecision() {
		return startedPrecision;
	}

	public void setStartedPrecision(DatePrecision startedPrecision) {
		this.startedPrecision = startedPrecision;
	}

	public LocalDate getEndedOn() {
		return endedOn;
	}

	public void setEndedOn(LocalDate endedOn) {
		this.endedOn = endedOn;
	}

	public DatePrecision getEndedPrecision() {
		return endedPrecision;
	}

	public void setEndedPrecision(DatePrecision endedPrecision) {
		this.endedPrecision = endedPrecision;
	}

	public CustodyHolder getOperator() {
		return operator;
	}

	public void setOperator(CustodyHolder operator) {
		this.operator = operator;
	}

	public MovementStatus getStatus() {
		return status;
	}

	public void setStatus(MovementStatus status) {
		this.status = status;
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

	public PartialDate started() {
		return PartialDate.ofNullable(startedOn, startedPrecision);
	}

	public PartialDate ended() {
		return PartialDate.ofNullable(endedOn, endedPrecision);
	}

	public boolean isInternal() {
		return internal;
	}

	public void setInternal(boolean internal) {
		this.internal = internal;
	}

}
