package org.detaineetracker.web;

import java.beans.PropertyEditorSupport;
import java.util.regex.Pattern;

/**
 * Whole numbers as people type them: digits with an optional sign, nothing else. Spring's default
 * would also read "0x10" as 16; a figure written that way is a mistake to show, not to guess.
 */
class WholeNumberEditor extends PropertyEditorSupport {

	private static final Pattern WHOLE_NUMBER = Pattern.compile("[-+]?\\d{1,18}");

	private final boolean asLong;

	WholeNumberEditor(boolean asLong) {
		this.asLong = asLong;
	}

	@Override
	public void setAsText(String text) {
		String trimmed = text == null ? "" : text.strip();
		if (trimmed.isEmpty()) {
			setValue(null);
			return;
		}
		if (!WHOLE_NUMBER.matcher(trimmed).matches()) {
			throw new IllegalArgumentException("not a whole number: " + text);
		}
		long value = Long.parseLong(trimmed);
		if (!asLong && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
			// out of int range: let the validator say "from 0 to 10,000,000" rather than "not a number"
			setValue(value < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE);
			return;
		}
		setValue(asLong ? (Object) value : (Object) (int) value);
	}

	@Override
	public String getAsText() {
		Object value = getValue();
		return value == null ? "" : value.toString();
	}

}
