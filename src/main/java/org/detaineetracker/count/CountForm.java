package org.detaineetracker.count;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import org.detaineetracker.cohort.Cohort;
import org.detaineetracker.custody.CustodyHolder;
import org.detaineetracker.facility.Facility;
import org.detaineetracker.source.Source;
import org.detaineetracker.system.DatePrecision;

/** What an editor submits for a reported count; field names are part of the interface contract. */
public class CountForm {

	private Facility facility;

	private Cohort cohort;

	private CustodyHolder custodyHolder;

	private Integer value;

	private Qualifier qualifier;

	private Integer valueHigh;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate asOf;

	private DatePrecision asOfPrecision = DatePrecision.DAY;

	private Source source;

	private String speaker;

	private String quote;

	private Long version;

	/** Set when the editor has seen that a matching figure exists and wants a second one anyway. */
	private boolean confirmDuplicate;

	public static CountForm of(ReportedCount count) {
		CountForm form = new CountForm();
		form.facility = count.getFacility();
		form.cohort = count.getCohort();
		form.custodyHolder = count.getCustodyHolder();
		form.value = count.getFigure().getValue();
		form.qualifier = count.getFigure().getQualifier();
		form.valueHigh = count.getFigure().getValueHigh();
		form.asOf = count.getAsOf().date();
		form.asOfPrecision = count.getAsOf().precision();
		form.source = count.getSource();
		form.speaker = count.getSpeaker();
		form.quote = count.getQuote();
		form.version = count.getVersion();
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

	public boolean isConfirmDuplicate() {
		return confirmDuplicate;
	}

	public void setConfirmDuplicate(boolean confirmDuplicate) {
		this.confirmDuplicate = confirmDuplicate;
	}

	/** The figure this form describes; only call once the form is valid. */
	Figure figure() {
		return new Figure(value, qualifier, valueHigh);
	}

}
