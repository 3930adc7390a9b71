package org.detaineetracker.form;

import java.text.ParseException;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.LongFunction;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import org.detaineetracker.cohort.Cohort;
import org.detaineetracker.cohort.CohortRepository;
import org.detaineetracker.custody.CustodyHolder;
import org.detaineetracker.custody.CustodyHolderRepository;
import org.detaineetracker.facility.Facility;
import org.detaineetracker.facility.FacilityRepository;
import org.detaineetracker.source.Source;
import org.detaineetracker.source.SourceRepository;

/**
 * Form fields refer to records by id. An id that is not a number, or names nothing, fails to bind
 * and becomes a field error ("choose a facility from the list"), never an exception.
 */
@Configuration(proxyBeanMethods = false)
class EntityFormatters implements WebMvcConfigurer {

	private final FacilityRepository facilities;

	private final CohortRepository cohorts;

	private final CustodyHolderRepository holders;

	private final SourceRepository sources;

	EntityFormatters(FacilityRepository facilities, CohortRepository cohorts, CustodyHolderRepository holders,
			SourceRepository sources) {
		this.facilities = facilities;
		this.cohorts = cohorts;
		this.holders = holders;
		this.sources = sources;
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(Facility.class,
				new ById<>(id -> facilities.findById(id).orElse(null), Facility::getId));
		registry.addFormatterForFieldType(Cohort.class, new ById<>(id -> cohorts.findById(id).orElse(null), Cohort::getId));
		registry.addFormatterForFieldType(CustodyHolder.class,
				new ById<>(id -> holders.findById(id).orElse(null), CustodyHolder::getId));
		registry.addFormatterForFieldType(Source.class, new ById<>(id -> sources.findById(id).orElse(null), Source::getId));
	}

	private record ById<T>(LongFunction<T> finder, Function<T, Long> id) implements Formatter<T> {

		@Override
		public T parse(String text, Locale locale) throws ParseException {
			long key;
			try {
				key = Long.parseLong(text.strip());
			}
			catch (NumberFormatException notANumber) {
				throw new ParseException("not an id: " + text, 0);
			}
			T found = finder.apply(key);
			if (found == null) {
				throw new ParseException("no record with id " + key, 0);
			}
			return found;
		}

		@Override
		public String print(T object, Locale locale) {
			return String.valueOf(id.apply(object));
		}

	}

}
