package org.detaineetracker.facilitypage;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.detaineetracker.kernel.VersionedCache;

/**
 * The choices the facilities index offers: countries that have facilities, and custody holders.
 * Read in one statement after each write, so the index stays at three statements however many
 * facilities there are, and two while nothing changed.
 */
@Component
class FilterOptions {

	record Option(String value, String label) {
	}

	record Choices(List<String> countries, List<Option> holders) {
	}

	private final JdbcClient jdbc;

	FilterOptions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The choices change only with the data: kept per data version (facilities and holders are never internal). */
	private final VersionedCache<Boolean, Choices> kept = new VersionedCache<>(1);

	Choices load(long version) {
		return kept.get(Boolean.TRUE, version, this::load);
	}

	Choices load() {
		record Row(String list, String value, String label) {
		}
		List<Row> rows = jdbc.sql("""
				select 'country' as list, country_code as value, null as label from facility group by country_code
				union all
				select 'holder', slug, name from custody_holder
				order by 1, 3, 2""").query(Row.class).list();
		return new Choices(rows.stream().filter(r -> r.list().equals("country")).map(Row::value).toList(),
				rows.stream().filter(r -> r.list().equals("holder")).map(r -> new Option(r.value(), r.label())).toList());
	}

}
