package org.detaineetracker.web;

import java.beans.PropertyEditorSupport;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.detaineetracker.kernel.RecordedDates;

/**
 * A form's date as people type it (YYYY-MM-DD) and only within {@link RecordedDates}: a date outside
 * it is a field error like any malformed date, never a value the database would misread.
 */
class RecordedDateEditor extends PropertyEditorSupport {

	private final Clock clock;

	RecordedDateEditor(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void setAsText(String text) {
		String trimmed = text == null ? "" : text.strip();
		if (trimmed.isEmpty()) {
			setValue(null);
			return;
		}
		LocalDate date;
		try {
			date = LocalDate.parse(trimmed);
		}
		catch (DateTimeParseException malformed) {
			throw new IllegalArgumentException("not a date: " + text, malformed);
		}
		if (!RecordedDates.accepts(date, clock)) {
			throw new IllegalArgumentException("outside the accepted dates: " + text);
		}
		setValue(date);
	}

	@Override
	public String getAsText() {
		return getValue() instanceof LocalDate date ? date.toString() : "";
	}

}
