package org.detaineetracker.movement;

import java.time.Instant;
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
import org.detaineetracker.kernel.Figure;
import org.detaineetracker.kernel.Passage;
import org.detaineetracker.source.Source;

/**
 * One source's account of a movement: its number as the source wrote it, whether that number is one
 * batch or the running total, and who said it. A movement told by two outlets has two reports.
 */
@Entity
public class MovementReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Movement movement;

	@Embedded
	private Figure figure;

	@Enumerated(EnumType.STRING)
	private Tally tally;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Source source;

	private String speaker;

	private String quote;

	/** Where the report was read when it was accepted from the claim finder; null when entered by hand. */
	@Embedded
	private Passage passage;

	private Instant recordedAt;

	private String recordedBy;

	protected MovementReport() {
	}

	MovementReport(Movement movement, Figure figure, Tally tally, Source source, String speaker, String quote,
			Passage passage, String recordedBy) {
		this.movement = movement;
		this.figure = figure;
		this.tally = tally;
		this.source = source;
		this.speaker = speaker;
		this.quote = quote;
		this.passage = passage;
		this.recordedBy = recordedBy;
		this.recordedAt = Instant.now();
	}

	/** A correction of what the source said; who first recorded it and when stay. */
	void revise(Figure figure, Tally tally, Source source, String speaker, String quote) {
		// a correction that keeps the number keeps the source's own words for it
		this.figure = figure.getWords() == null && figure.sameNumberAs(this.figure) ? figure.writtenAs(this.figure.getWords())
				: figure;
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

	public Movement getMovement() {
		return movement;
	}

	public Figure getFigure() {
		return figure;
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

	public Passage getPassage() {
		return passage;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

}
