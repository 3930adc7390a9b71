package org.detaineetracker.count;

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

/** What an editor submits for a reported count; field names are part of the interface contract. */
public class CountForm extends FigureForm {

	@NotNull
	private Facility facility;

	@NotNull
	private Cohort cohort;

	private CustodyHolder custodyHolder;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate asOf;

	@NotNull
	private DatePrecision asOfPrecision = DatePrecision.DAY;

	@NotNull
	private Source source;

	/** Kept for signed-in accounts only (see {@code kernel.Audience}). */
	private boolean internal;

	public static CountForm of(ReportedCount count) {
		CountForm form = new CountForm();
		form.facility = count.getFacility();
		form.cohort = count.getCohort();
		form.custodyHolder = count.getCustodyHolder();
		form.asOf = count.getAsOf().date();
		form.asOfPrecision = count.getAsOf().precision();
		form.source = count.getSource();
		form.internal = count.isInternal();
		form.fill(count.getFigure(), count.getSpeaker(), count.getQuote(), count.getPassage(), count.getVersion());
		return form;
	}

	public Facility getFacility() {
		return facility;
	}

	public void setFacility(Facility facility) {
		this.facility = facility;
	}

	public Cohort getCohort() {
		return cohort;
	}

	public void setCohort(Cohort cohort) {
		this.cohort = cohort;
	}

	public CustodyHolder getCustodyHolder() {
		return custodyHolder;
	}

	public void setCustodyHolder(CustodyHolder custodyHolder) {
		this.custodyHolder = custodyHolder;
	}

	public LocalDate getAsOf() {
		return asOf;
	}

	public void setAsOf(LocalDate asOf) {
		this.asOf = asOf;
	}

	public DatePrecision getAsOfPrecision() {
		return asOfPrecision;
	}

	public void setAsOfPrecision(DatePrecision asOfPrecision) {
		this.asOfPrecision = asOfPrecision;
	}

	public Source getSource() {
		return source;
	}

	public void setSource(Source source) {
		this.source = source;
	}

	/** The as-of date at its precision, or null while either half is missing. */
	public PartialDate asOfDate() {
		return PartialDate.ofNullable(asOf, asOfPrecision);
	}

	public boolean isInternal() {
		return internal;
	}

	public void setInternal(boolean internal) {
		this.internal = internal;
	}

}
