package org.detaineetracker.web;

import java.util.UUID;

/**
 * What every record form carries besides its fields: the version of the record it was opened at (an
 * edit), or a one-time token (a new record), and the editor's word that a likely duplicate is meant.
 */
public abstract class RecordForm {

	private Long version;

	/** Made when a new-record form is opened; a second submission with it shows the first one's record. */
	private UUID submissionToken;

	/** Set when the editor has seen that a matching record exists and wants a second one anyway. */
	private boolean confirmDuplicate;

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public UUID getSubmissionToken() {
		return submissionToken;
	}

	public void setSubmissionToken(UUID submissionToken) {
		this.submissionToken = submissionToken;
	}

	public boolean isConfirmDuplicate() {
		return confirmDuplicate;
	}

	public void setConfirmDuplicate(boolean confirmDuplicate) {
		this.confirmDuplicate = confirmDuplicate;
	}

}
