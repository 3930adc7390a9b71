package org.detaineetracker.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.Range;

import org.detaineetracker.kernel.Figure;
import org.detaineetracker.kernel.Passage;
import org.detaineetracker.kernel.Qualifier;

/**
 * What every form that records a reported figure shares (reported counts, movements): the figure as
 * the source wrote it — value, qualifier and, for ranges, the upper value — who gave it, a short
 * quote, and the passage of a pasted article it was accepted from in the claim finder (hidden fields,
 * see {@link Passage}; saved with a new record, left as it is by an edit). The field names are part
 * of the interface contract.
 */
@ValidFigure
@ValidPassage
public abstract class FigureForm extends RecordForm {

	@NotNull
	@Range(min = 0, max = Rules.MAX_COUNT)
	private Integer value;

	@NotNull
	private Qualifier qualifier;

	@Range(min = 0, max = Rules.MAX_COUNT)
	private Integer valueHigh;

	@NotNull
	@Size(max = Rules.SPEAKER_MAX)
	@PlainText
	private String speaker;

	@Size(max = Rules.QUOTE_MAX)
	@PlainText(multiline = true)
	private String quote;

	private Integer passageStart;

	private Integer passageEnd;

	@Size(max = Rules.PASSAGE_MAX)
	@PlainText(multiline = true)
	private String passageText;

	private String pastedTextSha256;

	/** The claim finder's signature of the passage (see PassageSeal); not saved. */
	private String passageSignature;

	/** Fills the shared fields from a stored record. */
	protected void fill(Figure figure, String speaker, String quote, Passage passage, Long version) {
		this.value = figure.getValue();
		this.qualifier = figure.getQualifier();
		this.valueHigh = figure.getValueHigh();
		this.speaker = speaker;
		this.quote = quote;
		setVersion(version);
		if (passage != null) {
			this.passageStart = passage.getStart();
			this.passageEnd = passage.getEnd();
			this.passageText = passage.getText();
			this.pastedTextSha256 = passage.getPastedTextSha256();
		}
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
	public Passage passage() {
		return Passage.ofNullable(passageStart, passageEnd, passageText, pastedTextSha256);
	}

	/** The figure this form describes; only call once the form is valid. */
	public Figure figure() {
		return new Figure(value, qualifier, valueHigh);
	}

}
