package org.detaineetracker.count;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.detaineetracker.cohort.Cohort;
import org.detaineetracker.custody.CustodyHolder;
import org.detaineetracker.facility.Facility;
import org.detaineetracker.kernel.DatePrecision;
import org.detaineetracker.kernel.Figure;
import org.detaineetracker.kernel.KnownOn;
import org.detaineetracker.kernel.KnownOnRule;
import org.detaineetracker.kernel.PartialDate;
import org.detaineetracker.kernel.Passage;
import org.detaineetracker.source.Source;

/** One figure for one facility (or group) and cohort, as of a date, from one source and speaker. */
@Entity
public class ReportedCount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Facility facility;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Cohort cohort;

	@ManyToOne(fetch = FetchType.LAZY)
	private CustodyHolder custodyHolder;

	@Embedded
	private Figure figure;

	private LocalDate asOf;

	@Enumerated(EnumType.STRING)
	private DatePrecision asOfPrecision;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Source source;

	private String speaker;

	private String quote;

	@Enumerated(EnumType.STRING)
	private CountStatus status = CountStatus.ACTIVE;

	private String retractionReason;

	private Instant retractedAt;

	/** Shown to signed-in accounts only; public readers never see it, nor what rests on it (V119). */
	private boolean internal;

	private Instant recordedAt;

	private String recordedBy;

	/** Where the figure was read when it was accepted from the claim finder; null when entered by hand. */
	@Embedded
	private Passage passage;

	protected ReportedCount() {
	}

	public ReportedCount(Facility facility, Cohort cohort, Figure figure, PartialDate asOf, Source source,
			String speaker, String recordedBy) {
		this.facility = facility;
		this.cohort = cohort;
		this.figure = figure;
		this.asOf = asOf.date();
		this.asOfPrecision = asOf.precision();
		this.source = source;
		this.speaker = speaker;
		this.recordedBy = recordedBy;
		this.recordedAt = Instant.now();
	}

	/** An editor's correction: every field but who first recorded it and when. */
	public void revise(Facility facility, Cohort cohort, CustodyHolder custodyHolder, Figure figure, PartialDate asOf,
			Source source, String speaker, String quote) {
		this.facility = facility;
		this.cohort = cohort;
		this.custodyHolder = custodyHolder;
		// a correction that keeps the number keeps the source's own words for it
		this.figure = figure.getWords() == null && figure.sameNumberAs(this.figure) ? figure.writtenAs(this.figure.getWords())
				: figure;
		this.asOf = asOf.date();
		this.asOfPrecision = asOf.precision();
		this.source = source;
		this.speaker = speaker;
		this.quote = quote;
	}

	/** Figures are never deleted: a retracted one stays visible, marked, with the reason. */
	public void retract(String reason, Instant at) {
		this.status = CountStatus.RETRACTED;
		this.retractionReason = reason;
		this.retractedAt = at;
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public Facility getFacility() {
		return facility;
	}

	public Cohort getCohort() {
		return cohort;
	}

	public CustodyHolder getCustodyHolder() {
		return custodyHolder;
	}

	public void setCustodyHolder(CustodyHolder custodyHolder) {
		this.custodyHolder = custodyHolder;
	}

	public Figure getFigure() {
		return figure;
	}

	public PartialDate getAsOf() {
		return new PartialDate(asOf, asOfPrecision);
	}

	public Source getSource() {
		return source;
	}

	public String getSpeaker() {
		return speaker;
	}

	public String getQuote() {
		return quote;
	}

	public void setQuote(String quote) {
		this.quote = quote;
	}

	public CountStatus getStatus() {
		return status;
	}

	public boolean isRetracted() {
		return status == CountStatus.RETRACTED;
	}

	public String getRetractionReason() {
		return retractionReason;
	}

	public Instant getRetractedAt() {
		return retractedAt;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

	public Passage getPassage() {
		return passage;
	}

	/** Set once, when the figure is recorded from a passage; corrections leave it as it was. */
	public void setPassage(Passage passage) {
		this.passage = passage;
	}

	/** Whether the figure is listed in the view of that date ({@link KnownOnRule#showsFigure}). */
	public boolean isShownOn(KnownOn knownOn) {
		return KnownOnRule.of(knownOn).showsFigure(source.getKnownFrom(), retractedAt);
	}

	/** Whether the figure counts towards estimates in the view of that date ({@link KnownOnRule#countsFigure}). */
	public boolean countsOn(KnownOn knownOn) {
		return KnownOnRule.of(knownOn).countsFigure(source.getKnownFrom(), retractedAt);
	}

	/** Whether the view of that date marks the figure retracted ({@link KnownOnRule#marksRetracted}). */
	public boolean isMarkedRetractedOn(KnownOn knownOn) {
		return KnownOnRule.of(knownOn).marksRetracted(retractedAt);
	}

	public boolean isInternal() {
		return internal;
	}

	public void setInternal(boolean internal) {
		this.internal = internal;
	}

}
