package org.detaineetracker.movement;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import org.detaineetracker.cohort.Cohort;
import org.detaineetracker.custody.CustodyHolder;
import org.detaineetracker.facility.Facility;
import org.detaineetracker.kernel.DatePrecision;
import org.detaineetracker.kernel.Figure;
import org.detaineetracker.kernel.PartialDate;
import org.detaineetracker.kernel.Passage;
import org.detaineetracker.kernel.Qualifier;
import org.detaineetracker.source.Source;

/** What an editor submits for a movement; the figure fields read as in the reported-count form. */
public class MovementForm {

	private MovementKind kind;

	private Facility from;

	private Facility to;

	private Cohort cohort;

	private Integer value;

	private Qualifier qualifier;

	private Integer valueHigh;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startedOn;

	private DatePrecision startedPrecision;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endedOn;

	private DatePrecision endedPrecision;

	private CustodyHolder operator;

	private MovementStatus status;

	private Tally tally;

	private Source source;

	private String speaker;

	private String quote;

	private Long version;

	/*
	 * Where the movement came from when it was accepted from the claim finder (hidden fields, see
	 * Passage); saved with a new movement, left as it is by an edit.
	 */
	private Integer passageStart;

	private Integer passageEnd;

	private String passageText;

	private String pastedTextSha256;

	/** The claim finder's signature of the passage (see PassageSeal); not saved. */
	private String passageSignature;

	public static MovementForm of(Movement movement) {
		MovementForm form = new MovementForm();
		form.kind = movement.getKind();
		form.from = movement.getFrom();
		form.to = movement.getTo();
		form.cohort = movement.getCohort();
		form.value = movement.getFigure().getValue();
		form.qualifier = movement.getFigure().getQualifier();
		form.valueHigh = movement.getFigure().getValueHigh();
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
		form.speaker = movement.getSpeaker();
		form.quote = movement.getQuote();
		form.version = movement.getVersion();
		if (movement.getPassage() != null) {
			form.passageStart = movement.getPassage().getStart();
			form.passageEnd = movement.getPassage().getEnd();
			form.passageText = movement.getPassage().getText();
			form.pastedTextSha256 = movement.getPassage().getPastedTextSha256();
		}
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

	public Integer getValue() {
		return value;
	}

	public void setValue(Integer value) {
		this.value = value;
	}

	public Qualifier getQualifier() {
		return qualifier;
	}

	public void setQualifier(Qualifier qualifier) {
		this.qualifier = qualifier;
	}

	public Integer getValueHigh() {
		return valueHigh;
	}

	public void setValueHigh(Integer valueHigh) {
		this.valueHigh = valueHigh;
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

	public String getSpeaker() {
		return speaker;
	}

	public void setSpeaker(String speaker) {
		this.speaker = speaker;
	}

	public String getQuote() {
		return quote;
	}

	public void setQuote(String quote) {
		this.quote = quote;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public Integer getPassageStart() {
		return passageStart;
	}

	public void setPassageStart(Integer passageStart) {
		this.passageStart = passageStart;
	}

	public Integer getPassageEnd() {
		return passageEnd;
	}

	public void setPassageEnd(Integer passageEnd) {
		this.passageEnd = passageEnd;
	}

	public String getPassageText() {
		return passageText;
	}

	public void setPassageText(String passageText) {
		this.passageText = passageText;
	}

	public String getPastedTextSha256() {
		return pastedTextSha256;
	}

	public void setPastedTextSha256(String pastedTextSha256) {
		this.pastedTextSha256 = pastedTextSha256;
	}

	public String getPassageSignature() {
		return passageSignature;
	}

	public void setPassageSignature(String passageSignature) {
		this.passageSignature = passageSignature;
	}

	/** The passage the movement was accepted from, or null; only call once the form is valid. */
	Passage passage() {
		return Passage.ofNullable(passageStart, passageEnd, passageText, pastedTextSha256);
	}

	/** The figure this form describes; only call once the form is valid. */
	Figure figure() {
		return new Figure(value, qualifier, valueHigh);
	}

	PartialDate started() {
		return PartialDate.ofNullable(startedOn, startedPrecision);
	}

	PartialDate ended() {
		return PartialDate.ofNullable(endedOn, endedPrecision);
	}

}
