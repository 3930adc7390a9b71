package org.detaineetracker.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import org.detaineetracker.test.TrackerTest;

/** The database guards a passage as the forms do (V50, V51), and the audit tables keep it. */
@TrackerTest
@Transactional
class PassageSchemaTest {

	private static final String COUNT = """
			insert into reported_count (facility_id, cohort_id, value, qualifier, lower_bound, upper_bound, as_of,
			    as_of_precision, source_id, speaker, recorded_by, passage_start, passage_end, passage_text, pasted_text_sha256)
			select f.id, c.id, 5, 'EXACT', 5, 5, '2025-01-01', 'DAY', s.id, 'x', 't', %s
			from facility f, cohort c, source s limit 1""";

	private static final String MOVEMENT = """
			insert into movement (kind, from_facility_id, cohort_id, value, qualifier, lower_bound, upper_bound, status,
			    tally, source_id, speaker, passage_start, passage_end, passage_text, pasted_text_sha256)
			select 'RELEASE', f.id, c.id, 5, 'EXACT', 5, 5, 'COMPLETED', 'BATCH', s.id, 'x', %s
			from facility f, cohort c, source s limit 1""";

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = {
			// only part of a passage
			"0, 5, null, null", "null, null, 'words', null", "null, null, null, repeat('a', 64)",
			// offsets out of order, negative, or spanning more than 600
			"5, 5, 'words', null", "6, 5, 'words', null", "-1, 4, 'words', null", "0, 601, 'words', null",
			// a blank passage
			"0, 3, '   ', null",
			// a fingerprint that is not lower-case hex SHA-256
			"0, 5, 'words', 'abc'", "0, 5, 'words', repeat('A', 64)" })
	void theSchemaRefusesABrokenPassageOfACount(String values) {
		// one statement a test: a refused statement aborts the test's transaction
		assertThatThrownBy(() -> jdbc.sql(COUNT.formatted(values)).update())
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = {
			// only part of a passage
			"0, 5, null, null", "null, null, 'words', null", "null, null, null, repeat('a', 64)",
			// offsets out of order, negative, or spanning more than 600
			"5, 5, 'words', null", "6, 5, 'words', null", "-1, 4, 'words', null", "0, 601, 'words', null",
			// a blank passage
			"0, 3, '   ', null",
			// a fingerprint that is not lower-case hex SHA-256
			"0, 5, 'words', 'abc'", "0, 5, 'words', repeat('A', 64)" })
	void theSchemaRefusesABrokenPassageOfAMovement(String values) {
		assertThatThrownBy(() -> jdbc.sql(MOVEMENT.formatted(values)).update())
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "null, null, null, null", "0, 5, 'words', null", "10, 15, 'words', repeat('0', 64)" })
	void aWholePassageOrNoneIsAccepted(String values) {
		assertThat(jdbc.sql(COUNT.formatted(values)).update()).isEqualTo(1);
		assertThat(jdbc.sql(MOVEMENT.formatted(values)).update()).isEqualTo(1);
	}

	@ParameterizedTest(name = "{0}.{1}")
	@CsvSource({ "reported_count_aud, passage_start", "reported_count_aud, passage_end",
			"reported_count_aud, passage_text", "reported_count_aud, pasted_text_sha256", "movement_aud, passage_start",
			"movement_aud, passage_end", "movement_aud, passage_text", "movement_aud, pasted_text_sha256" })
	void theAuditTablesKeepThePassage(String table, String column) {
		assertThat(jdbc.sql("select count(*) from information_schema.columns where table_name = ? and column_name = ?")
			.params(table, column).query(Integer.class).single()).isEqualTo(1);
	}

}
