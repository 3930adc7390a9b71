package org.detaineetracker.kernel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Shows a date only as precisely as it is known: "21 January 2026", "January 2026", "2026".
 * Patterns come from the messages so each language writes dates its own way. Templates call it
 * as {@code @dates.format(...)}.
 */
@Component("dates")
public class DateFormats {

	private final MessageSource messages;

	DateFormats(MessageSource messages) {
		this.messages = messages;
	}

	public String format(PartialDate date) {
		if (date == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		String pattern = messages.getMessage("date.pattern." + date.precision().name().toLowerCase(Locale.ROOT), null,
				locale);
		return DateTimeFormatter.ofPattern(pattern, locale).format(date.date());
	}

	/** A period with either end possibly unknown: "January – February 2026", "from …", "by …". */
	public String span(PartialDate from, PartialDate to) {
		Locale locale = LocaleContextHolder.getLocale();
		if (from != null && to != null) {
			return messages.getMessage("date.span.both", new Object[] { format(from), format(to) }, locale);
		}
		if (from != null) {
			return messages.getMessage("date.span.from", new Object[] { format(from) }, locale);
		}
		if (to != null) {
			return messages.getMessage("date.span.by", new Object[] { format(to) }, locale);
		}
		return "";
	}

	/** A moment the application recorded, to the minute, in UTC. */
	public String moment(Instant instant) {
		if (instant == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		String pattern = messages.getMessage("date.pattern.moment", null, locale);
		return DateTimeFormatter.ofPattern(pattern, locale).format(instant.atZone(ZoneOffset.UTC));
	}

	/** The day (in UTC) of a moment the application recorded. */
	public String format(Instant instant) {
		return instant == null ? "" : format(instant.atZone(ZoneOffset.UTC).toLocalDate());
	}

	public String format(LocalDate date) {
		return date == null ? "" : format(new PartialDate(date, DatePrecision.DAY));
	}

}
