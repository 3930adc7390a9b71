package org.detaineetracker.estimate;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.detaineetracker.kernel.Bounds;
import org.detaineetracker.kernel.DateFormats;
import org.detaineetracker.kernel.DatePrecision;
import org.detaineetracker.kernel.FigureWords;
import org.detaineetracker.kernel.PartialDate;

/**
 * Estimates in words for templates ({@code @estimates.window(e)}, {@code @estimates.spread(b)}):
 * the dates a window covers at the precision they are known, and the spread of conflicting reports.
 */
@Component("estimates")
public class EstimateWords {

	private final MessageSource messages;

	private final DateFormats dates;

	private final FigureWords figures;

	EstimateWords(MessageSource messages, DateFormats dates, FigureWords figures) {
		this.messages = messages;
		this.dates = dates;
		this.figures = figures;
	}

	/** "December 2024" for a window of one whole month, "1 – 21 January 2026" otherwise. */
	public String window(Estimate estimate) {
		LocalDate start = estimate.windowStart();
		LocalDate end = estimate.windowEnd();
		Locale locale = LocaleContextHolder.getLocale();
		if (start.getDayOfMonth() == 1 && end.equals(DatePrecision.MONTH.lastDay(start))) {
			return dates.format(new PartialDate(start, DatePrecision.MONTH));
		}
		if (start.equals(end)) {
			return dates.format(start);
		}
		return messages.getMessage("date.span.both", new Object[] { dates.format(start), dates.format(end) }, locale);
	}

	/** How far conflicting reports spread: "5,400 to 7,000", "over 8,000, with no upper limit". */
	public String spread(Bounds bounds) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(bounds.isUnbounded() ? "estimate.spread.unbounded" : "estimate.spread.between",
				new Object[] { bounds.lower(), bounds.upper(), figures.range(bounds) }, locale);
	}

}
