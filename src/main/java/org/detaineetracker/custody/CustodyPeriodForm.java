package org.detaineetracker.custody;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import org.detaineetracker.facility.Facility;
import org.detaineetracker.kernel.DatePrecision;
import org.detaineetracker.kernel.PartialDate;
import org.detaineetracker.source.Source;
import org.detaineetracker.web.PlainText;
import org.detaineetracker.web.RecordForm;
import org.detaineetracker.web.Rules;

/** What an editor submits for a custody period; either end may be left unknown. */
public class CustodyPeriodForm extends RecordForm {

	@NotNull
	private Facility facility;

	@NotNull
	private CustodyHolder holder;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startedOn;

	private DatePrecision startedPrecision;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endedOn;

	private DatePrecision endedPrecision;

	@NotNull
	private Source source;

	@Size(max = Rules.NOTE_MAX)
	@PlainText(multiline = true)
	private String note;

	public static CustodyPeriodForm of(CustodyPeriod period) {
		CustodyPeriodForm form = new CustodyPeriodForm();
		form.facility = period.getFacility();
		form.holder = period.getHolder();
		if (period.getStarted() != null) {
			form.startedOn = period.getStarted().date();
			form.startedPrecision = period.getStarted().precision();
		}
		if (period.getEnded() != null) {
			form.endedOn = period.getEnded().date();
			form.endedPrecision = period.getEnded().precision();
		}
		form.source = period.getSource();
		form.note = period.getNote();
		form.setVersion(period.getVersion());
		return form;
	}

	public Facility getFacility() {
		return facility;
	}

	public void setFacility(Facility facility) {
		this.facility = facility;
	}

	public CustodyHolder getHolder() {
		return holder;
	}

	public void setHolder(CustodyHolder holder) {
		this.holder = holder;
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

	public Source getSource() {
		return source;
	}

	public void setSource(Source source) {
		this.source = source;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	/** The start, or null when unknown; only call once the form is valid. */
	public PartialDate started() {
		return PartialDate.ofNullable(startedOn, startedPrecision);
	}

	/** The end, or null while custody goes on; only call once the form is valid. */
	public PartialDate ended() {
		return PartialDate.ofNullable(endedOn, endedPrecision);
	}

}
