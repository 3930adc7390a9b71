package org.detaineetracker.kernel;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A figure in words, as a source would write it: "over 4,500", "nearly 6,000", "between 60 and 90".
 * Templates call it as {@code @figures.words(...)}.
 */
@Component("figures")
public class FigureWords {

	private final MessageSource messages;

	FigureWords(MessageSource messages) {
		this.messages = messages;
	}

	public String words(Figure figure) {
		return words(figure.getQualifier(), figure.getValue(), figure.getValueHigh());
	}

	public String words(Qualifier qualifier, int value, Integer high) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage("qualifier.phrase." + qualifier.name(), new Object[] { value, high }, locale);
	}

	/**
	 * A range of whole numbers as an estimate reads: "9,000", "between 5,400 and 5,999",
	 * "8,001 or more".
	 */
	public String range(Bounds bounds) {
		Locale locale = LocaleContextHolder.getLocale();
		String key = bounds.isUnbounded() ? "estimate.range.unbounded"
				: bounds.lower() == bounds.upper() ? "estimate.range.exact" : "estimate.range.between";
		return messages.getMessage(key, new Object[] { bounds.lower(), bounds.upper() }, locale);
	}

	/** The bounds in words: "8,001 or more", "5,400 to 5,999", "exactly 9,000". */
	public String bounds(Figure figure) {
		Bounds bounds = figure.getBounds();
		Locale locale = LocaleContextHolder.getLocale();
		String key = bounds.isUnbounded() ? "bounds.unbounded"
				: bounds.lower() == bounds.upper() ? "bounds.exact" : "bounds.between";
		return messages.getMessage(key, new Object[] { bounds.lower(), bounds.upper() }, locale);
	}

}
