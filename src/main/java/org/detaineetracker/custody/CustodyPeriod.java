package org.detaineetracker.custody;

import java.time.LocalDate;
import java.util.Comparator;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.detaineetracker.facility.Facility;
import org.detaineetracker.kernel.DatePrecision;
import org.detaineetracker.kernel.PartialDate;
import org.detaineetracker.source.Source;

/** Facility X was held by holder Y from A to B; either end may be unknown, an open end means "still". */
@Entity
public class CustodyPeriod {

	/** Oldest first: an unknown start sorts before any known one, an open end after any closed one. */
	public static final Comparator<CustodyPeriod> CHRONOLOGICAL = Comparator
		.comparing(CustodyPeriod::getStartedOn, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(CustodyPeriod::getEndedOn, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(CustodyPeriod::getId);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Facility facility;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "holder_id")
	private CustodyHolder holder;

	private LocalDate startedOn;

	@Enumerated(EnumType.STRING)
	private DatePrecision startedPrecision;

	private LocalDate endedOn;

	@Enumerated(EnumType.STRING)
	private DatePrecision endedPrecision;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Source source;

	private String note;

	protected CustodyPeriod() {
	}

	public CustodyPeriod(Facility facility, CustodyHolder holder, Source source) {
		this.facility = facility;
		this.holder = holder;
		this.source = source;
	}

	/** An editor's correction of every field. */
	public void revise(Facility facility, CustodyHolder holder, PartialDate started, PartialDate ended, Source source,
			String note) {
		this.facility = facility;
		this.holder = holder;
		setStarted(started);
		setEnded(ended);
		this.source = source;
		this.note = note;
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

	public CustodyHolder getHolder() {
		return holder;
	}

	public LocalDate getStartedOn() {
		return startedOn;
	}

	public LocalDate getEndedOn() {
		return endedOn;
	}

	public PartialDate getStarted() {
		return PartialDate.ofNullable(startedOn, startedPrecision);
	}

	public PartialDate getEnded() {
		return PartialDate.ofNullable(endedOn, endedPrecision);
	}

	public void setStarted(PartialDate started) {
		this.startedOn = started == null ? null : started.date();
		this.startedPrecision = started == null ? null : started.precision();
	}

	public void setEnded(PartialDate ended) {
		this.endedOn = ended == null ? null : ended.date();
		this.endedPrecision = ended == null ? null : ended.precision();
	}

	public boolean isCurrent() {
		return endedOn == null;
	}

	public Source getSource() {
		return source;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
