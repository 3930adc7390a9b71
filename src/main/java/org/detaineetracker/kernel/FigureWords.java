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

	/** The source's own words where they were kept ("6,000 or so"), else the usual phrase ("about 6,000"). */
	public String words(Figure figure) {
		if (figure.getWords() != null) {
			return figure.getWords();
		}
		return words(figure.getQualifier(), figure.getValue(), figure.getValueHigh());
	}

	public String words(Qualifier qualifier, int value, Integer high) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage("qualifier.phrase." + qualifier.name(), new Object[] { value, high }, locale);
	}

	/**
	 * A range of whole numbers as an estimate reads: "9,000", "between 5,400 and 5,999", "over 8,000",
	 * "fewer than 600" (the rule is {@link RangeWords}).
	 */
	public String range(Bounds bounds) {
		RangeWords.Words words = RangeWords.of(bounds.lower(), bounds.upper() == null ? null : bounds.upper().longValue());
		return messages.getMessage("range." + words.form().name(), new Object[] { words.number(), words.upper() },
				LocaleContextHolder.getLocale());
	}

	/**
	 * What a figure allows, in words: "exactly 9,000", "over 8,000: 8,001 and up", "between 5,400 and
	 * 5,999". An approximate figure is not pinned to one number: "about 6,000" allows roughly that many,
	 * never "exactly 6,000".
	 */
	public String bounds(Figure figure) {
		Bounds bounds = figure.getBounds();
		Locale locale = LocaleContextHolder.getLocale();
		String key = figure.getQualifier().isApproximate() ? "bounds.approximate"
				: bounds.isUnbounded() ? "bounds.unbounded"
				: bounds.lower() == bounds.upper() ? "bounds.exact" : "bounds.between";
		return messages.getMessage(key, new Object[] { bounds.lower(), bounds.upper(), range(bounds) }, locale);
	}

	/**
	 * What a figure allows where that says more than its words (for a hover or a tooltip): "over
	 * 8,000: 8,001 and up", "exactly 9,000"; null for "between 5,400 and 5,999", whose words are
	 * already its bounds, so nothing says it twice.
	 */
	public String boundsBeyondWords(Figure figure) {
		String allows = bounds(figure);
		return allows.equals(words(figure)) ? null : allows;
	}

	/**
	 * A name as it reads inside a sentence: "50,000 other detainees and camp residents at…", "transfer
	 * of high-value ISIS detainees". Only an ordinary capitalised word is lowered; "ISIS detainees" and
	 * other names that begin with an acronym keep their capitals.
	 */
	public String inSentence(String name) {
		if (name == null || name.length() < 2 || !Character.isUpperCase(name.charAt(0))
				|| !Character.isLowerCase(name.charAt(1))) {
			return name;
		}
		return Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}

}
