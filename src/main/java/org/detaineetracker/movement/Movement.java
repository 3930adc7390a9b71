package org.detaineetracker.movement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import org.detaineetracker.cohort.Cohort;
import org.detaineetracker.custody.CustodyHolder;
import org.detaineetracker.facility.Facility;
import org.detaineetracker.kernel.DatePrecision;
import org.detaineetracker.kernel.Figure;
import org.detaineetracker.kernel.PartialDate;
import org.detaineetracker.kernel.Passage;
import org.detaineetracker.source.Source;

/**
 * People moved between facilities or out of custody: one event, reported by one or more sources
 * ({@link MovementReport}). Its own figure, tally, source and speaker are those of the report it was
 * first recorded from; how many moved is read from all its reports together.
 */
@Entity
public class Movement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	private MovementKind kind;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "from_facility_id")
	private Facility from;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "to_facility_id")
	private Facility to;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Cohort cohort;

	@Embedded
	private Figure figure;

	private LocalDate startedOn;

	@Enumerated(EnumType.STRING)
	private DatePrecision startedPrecision;

	private LocalDate endedOn;

	@Enumerated(EnumType.STRING)
	private DatePrecision endedPrecision;

	@ManyToOne(fetch = FetchType.LAZY)
	private CustodyHolder operator;

	@Enumerated(EnumType.STRING)
	private MovementStatus status;

	/** Shown to signed-in accounts only; public readers never see it, nor what rests on it (V119). */
	private boolean internal;

	@Enumerated(EnumType.STRING)
	private Tally tally;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Source source;

	private String speaker;

	private String quote;

	/** Where the movement was read when it was accepted from the claim finder; null when entered by hand. */
	@Embedded
	private Passage passage;

	@OneToMany(mappedBy = "movement", fetch = FetchType.LAZY)
	@OrderBy("id")
	private List<MovementReport> reports = new ArrayList<>();

	protected Movement() {
	}

	public Movement(MovementKind kind, Facility from, Cohort cohort, Figure figure, MovementStatus status, Tally tally,
			Source source, String speaker) {
		this.kind = kind;
		this.from = from;
		this.cohort = cohort;
		this.figure = figure;
		this.status = status;
		this.tally = tally;
		this.source = source;
		this.speaker = speaker;
	}

	/** An editor's correction of every field. */
	public void revise(MovementKind kind, Facility from, Facility to, Cohort cohort, Figure figure, PartialDate started,
			PartialDate ended, CustodyHolder operator, MovementStatus status, Tally tally, Source source, String speaker,
			String quote) {
		this.kind = kind;
		this.from = from;
		this.to = to;
		this.cohort = cohort;
		// a correction that keeps the number keeps the source's own words for it
		this.figure = figure.getWords() == null && figure.sameNumberAs(this.figure) ? figure.writtenAs(this.figure.getWords())
				: figure;
		this.startedOn = started == null ? null : started.date();
		this.startedPrecision = started == null ? null : started.precision();
		this.endedOn = ended == null ? null : ended.date();
		this.endedPrecision = ended == null ? null : ended.precision();
		this.operator = operator;
		this.status = status;
		this.tally = tally;
		this.source = source;
		this.speaker = speaker;
		this.quote = quote;
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public MovementKind getKind() {
		return kind;
	}

	public Facility getFrom() {
		return from;
	}

	public Facility getTo() {
		return to;
	}

	public Cohort getCohort() {
		return cohort;
	}

	public Figure getFigure() {
		return figure;
	}

	public PartialDate getStarted() {
		return PartialDate.ofNullable(startedOn, startedPrecision);
	}

	public PartialDate getEnded() {
		return PartialDate.ofNullable(endedOn, endedPrecision);
	}

	public CustodyHolder getOperator() {
		return operator;
	}

	public MovementStatus getStatus() {
		return status;
	}

	public Tally getTally() {
		return tally;
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

	/** Every source's report of this movement, first recorded first (lazy: fetch them with the movement). */
	public List<MovementReport> getReports() {
		return reports;
	}

	public Passage getPassage() {
		return passage;
	}

	/** Set once, when the movement is recorded from a passage; corrections leave it as it was. */
	public void setPassage(Passage passage) {
		this.passage = passage;
	}

	public boolean isInternal() {
		return internal;
	}

	public void setInternal(boolean internal) {
		this.internal = internal;
	}

}
