package org.detaineetracker.source;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import org.detaineetracker.kernel.DatePrecision;
import org.detaineetracker.kernel.PartialDate;
import org.detaineetracker.web.PlainText;
import org.detaineetracker.web.RecordForm;
import org.detaineetracker.web.Rules;
import org.detaineetracker.web.WebAddress;

/** What an editor submits for a source. */
public class SourceForm extends RecordForm {

	@NotNull
	@Size(max = Rules.OUTLET_MAX)
	@PlainText
	private String outlet;

	@NotNull
	@Size(max = Rules.TITLE_MAX)
	@PlainText
	private String title;

	@Size(max = Rules.URL_MAX)
	@PlainText
	@WebAddress
	private String url;

	@NotNull
	private SourceKind kind;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate publishedOn;

	@NotNull
	private DatePrecision publishedPrecision = DatePrecision.DAY;

	private Source cites;

	@Size(max = Rules.NOTE_MAX)
	@PlainText(multiline = true)
	private String note;

	/** Kept for signed-in accounts only (see {@code kernel.Audience}). */
	private boolean internal;

	/** When the source is added on the way to entering a figure: the facility that figure is for. */
	private org.detaineetracker.facility.Facility forFacility;

	/** When the source is added from the claim finder, which returns to the text being read. */
	private boolean forClaims;

	public static SourceForm of(Source source) {
		SourceForm form = new SourceForm();
		form.outlet = source.getOutlet();
		form.title = source.getTitle();
		form.url = source.getUrl();
		form.kind = source.getKind();
		form.publishedOn = source.getPublished().date();
		form.publishedPrecision = source.getPublished().precision();
		form.cites = source.getCites();
		form.note = source.getNote();
		form.internal = source.isInternal();
		form.setVersion(source.getVersion());
		return form;
	}

	public String getOutlet() {
		return outlet;
	}

	public void setOutlet(String outlet) {
		this.outlet = outlet;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getUrl() {
		return url;
	}

	/** "HTTPS://…" is the same address as "https://…"; the database accepts only the lower-case scheme. */
	public void setUrl(String url) {
		this.url = url != null && url.regionMatches(true, 0, "http", 0, 4) && url.indexOf("://") > 0
				? url.substring(0, url.indexOf("://")).toLowerCase(Locale.ROOT) + url.substring(url.indexOf("://"))
				: url;
	}

	public SourceKind getKind() {
		return kind;
	}

	public void setKind(SourceKind kind) {
		this.kind = kind;
	}

	public LocalDate getPublishedOn() {
		return publishedOn;
	}

	public void setPublishedOn(LocalDate publishedOn) {
		this.publishedOn = publishedOn;
	}

	public DatePrecision getPublishedPrecision() {
		return publishedPrecision;
	}

	public void setPublishedPrecision(DatePrecision publishedPrecision) {
		this.publishedPrecision = publishedPrecision;
	}

	public Source getCites() {
		return cites;
	}

	public void setCites(Source cites) {
		this.cites = cites;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	/** Only call once the form is valid. */
	public PartialDate published() {
		return new PartialDate(publishedOn, publishedPrecision);
	}

	public org.detaineetracker.facility.Facility getForFacility() {
		return forFacility;
	}

	public void setForFacility(org.detaineetracker.facility.Facility forFacility) {
		this.forFacility = forFacility;
	}

	public boolean isForClaims() {
		return forClaims;
	}

	public void setForClaims(boolean forClaims) {
		this.forClaims = forClaims;
	}

	public boolean isInternal() {
		return internal;
	}

	public void setInternal(boolean internal) {
		this.internal = internal;
	}

}
