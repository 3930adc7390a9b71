package org.detaineetracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.detaineetracker.test.TrackerTest;

/** The forms' limits (Rules) are the database's limits, so a form error and a constraint say the same thing. */
@TrackerTest
class RulesAgreeWithSchemaTest {

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest(name = "{0}.{1} holds {2} characters")
	@CsvSource({ "facility, slug, " + Rules.SLUG_MAX, "facility, name, " + Rules.NAME_MAX,
			"facility, admin1, " + Rules.ADMIN1_MAX, "facility, description, " + Rules.DESCRIPTION_MAX,
			"facility_alias, name, " + Rules.NAME_MAX, "custody_holder, slug, " + Rules.SLUG_MAX,
			"custody_holder, name, " + Rules.NAME_MAX, "custody_holder, short_name, " + Rules.SHORT_NAME_MAX,
			"cohort, slug, " + Rules.SLUG_MAX, "cohort, name, " + Rules.NAME_MAX, "cohort, description, " + Rules.NOTE_MAX,
			"source, outlet, " + Rules.OUTLET_MAX, "source, title, " + Rules.TITLE_MAX, "source, url, " + Rules.URL_MAX,
			"source, note, " + Rules.NOTE_MAX, "custody_period, note, " + Rules.NOTE_MAX,
			"reported_count, speaker, " + Rules.SPEAKER_MAX, "reported_count, quote, " + Rules.QUOTE_MAX,
			"reported_count, retraction_reason, " + Rules.REASON_MAX, "movement, speaker, " + Rules.SPEAKER_MAX,
			"movement, quote, " + Rules.QUOTE_MAX, "reported_count, passage_text, " + Rules.PASSAGE_MAX,
			"movement, passage_text, " + Rules.PASSAGE_MAX, "movement_report, speaker, " + Rules.SPEAKER_MAX,
			"movement_report, quote, " + Rules.QUOTE_MAX, "movement_report, passage_text, " + Rules.PASSAGE_MAX })
	void textLimits(String table, String column, int limit) {
		assertThat(jdbc.sql("select character_maximum_length from information_schema.columns "
				+ "where table_name = ? and column_name = ?").params(table, column).query(Integer.class).single())
			.isEqualTo(limit);
	}

	@ParameterizedTest(name = "{0}.{1}")
	@CsvSource({ "reported_count_value_range, 10000000", "movement_value_range, 10000000",
			"movement_report_value_range, 10000000",
			"facility_slug_format, a-z0-9", "source_url_http, https?" })
	void checkConstraintsMatchTheRules(String constraint, String expected) {
		String definition = jdbc.sql("select pg_get_constraintdef(oid) from pg_constraint where conname = ?")
			.param(constraint).query(String.class).single();
		assertThat(definition).contains(expected);
		assertThat(String.valueOf(Rules.MAX_COUNT)).isEqualTo("10000000");
	}

}
