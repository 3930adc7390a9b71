package org.detaineetracker.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One export an admin downloaded: who, when, with which options, how many rows, how it ended. */
@Entity
@Table(name = "export_log")
public class ExportRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private Export export;

	private LocalDate knownOn;

	private boolean hxl;

	private String requestedBy;

	private Instant startedAt;

	private Instant finishedAt;

	private long rowCount;

	@Enumerated(EnumType.STRING)
	private ExportOutcome outcome;

	protected ExportRecord() {
	}

	ExportRecord(Export export, LocalDate knownOn, boolean hxl, String requestedBy, Instant startedAt,
			Instant finishedAt, long rowCount, ExportOutcome outcome) {
		this.export = export;
		this.knownOn = knownOn;
		this.hxl = hxl;
		this.requestedBy = requestedBy;
		this.startedAt = startedAt;
		this.finishedAt = finishedAt;
		this.rowCount = rowCount;
		this.outcome = outcome;
	}

	public Long getId() {
		return id;
	}

	public String getExport() {
		return export.slug();
	}

	public LocalDate getKnownOn() {
		return knownOn;
	}

	public boolean isHxl() {
		return hxl;
	}

	public String getRequestedBy() {
		return requestedBy;
	}

	public Instant getStartedAt() {
		return startedAt;
	}

	/** The start as a date and time in UTC, for display. */
	public OffsetDateTime getStartedAtUtc() {
		return startedAt.atOffset(ZoneOffset.UTC);
	}

	public Instant getFinishedAt() {
		return finishedAt;
	}

	public long getRowCount() {
		return rowCount;
	}

	public ExportOutcome getOutcome() {
		return outcome;
	}

}
