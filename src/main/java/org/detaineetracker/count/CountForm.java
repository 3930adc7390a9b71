package org.detaineetracker.count;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import org.detaineetracker.cohort.Cohort;
import org.detaineetracker.custody.CustodyHolder;
import org.detaineetracker.facility.Facility;
import org.detaineetracker.kernel.DatePrecision;
import org.detaineetracker.kernel.Figure;
import org.detaineetracker.kernel.Passage;
import org.detaineetracker.kernel.Qualifier;
import org.detaineetracker.source.Source;

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

	/*
	 * Where the figure came from when it was accepted from the claim finder (hidden fields, see
	 * Passage); saved with a new figure, left as it is by an edit.
	 */
	private Integer passageStart;

	private Integer passageEnd;

	private String passageText;

	private String pastedTextSha256;

	/** The claim finder's signature of the passage (see PassageSeal); not saved. */
	private String passageSignature;

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
		if (count.getPassage() != null) {
			form.passageStart = count.getPassage().getStart();
			form.passageEnd = count.getPassage().getEnd();
			form.passageText = count.getPassage().getText();
			form.pastedTextSha256 = count.getPassage().getPastedTextSha256();
		}
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

	/** The passage the figure was accepted from, or null; only call once the form is valid. */
	Passage passage() {
		return Passage.ofNullable(passageStart, passageEnd, passageText, pastedTextSha256);
	}

	/** The figure this form describes; only call once the form is valid. */
	Figure figure() {
		return new Figure(value, qualifier, valueHigh);
	}

}
