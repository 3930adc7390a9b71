package org.detaineetracker.web;

import java.text.ParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;

import org.springframework.format.Formatter;

/**
 * Binds a form field that refers to a record by id. An id that is not a number, or names nothing,
 * fails to bind and becomes a field error ("choose a facility from the list"), never an exception.
 * Each record module registers one for its own entity, so no class needs to know every repository.
 */
public record ReferenceFormatter<T>(LongFunction<Optional<T>> finder, Function<T, Long> id) implements Formatter<T> {

	@Override
	public T parse(String text, Locale locale) throws ParseException {
		long key;
		try {
			key = Long.parseLong(text.strip());
		}
		catch (NumberFormatException notANumber) {
			throw new ParseException("not an id: " + text, 0);
		}
		return finder.apply(key).orElseThrow(() -> new ParseException("no record with id " + key, 0));
	}

	@Override
	public String print(T object, Locale locale) {
		return String.valueOf(id.apply(object));
	}

}
