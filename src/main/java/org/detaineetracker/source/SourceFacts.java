package org.detaineetracker.source;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * What the database derives for every source (V40, V41), read-only: the day it counts as known and
 * the root of its cites chain. A separate entity over the same table, so that {@link Source} (which
 * editors change, and whose revisions are audited) keeps exactly its editable columns.
 */
@Entity
@Immutable
@Table(name = "source")
public class SourceFacts {

	@Id
	private Long id;

	private Long rootId;

	private LocalDate knownFrom;

	protected SourceFacts() {
	}

	public Long getId() {
		return id;
	}

	/** The independent source behind this one: the end of its cites chain (itself when it cites none). */
	public Long getRootId() {
		return rootId;
	}

	public LocalDate getKnownFrom() {
		return knownFrom;
	}

}
