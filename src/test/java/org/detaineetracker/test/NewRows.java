package org.detaineetracker.test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Form tests let every write commit, as it does for an editor, so that the database writes its
 * revision and the version column does its work. This takes note of the highest ids before a test and
 * deletes every newer row afterwards — records, their audit rows and their revisions — so tests
 * that count the seed data find it as it was. Tests using it must not point seed records at new ones.
 */
public final class NewRows {

	/** Child tables before the tables they refer to. */
	private static final List<String> TABLES = List.of("movement_report", "movement", "reported_count", "custody_period", "facility",
			"cohort", "custody_holder", "source");

	private static final List<String> AUDIT_TABLES = List.of("movement_report_aud", "movement_aud", "reported_count_aud",
			"custody_period_aud", "facility_alias_aud", "facility_aud", "cohort_aud", "custody_holder_aud", "source_aud");

	private final JdbcClient jdbc;

	private final Map<String, Long> marks = new LinkedHashMap<>();

	private NewRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public static NewRows mark(JdbcClient jdbc) {
		NewRows rows = new NewRows(jdbc);
		for (String table : TABLES) {
			rows.marks.put(table, rows.maxId(table));
		}
		rows.marks.put("revision", rows.maxId("revision"));
		return rows;
	}

	public void remove() {
		jdbc.sql("delete from facility_alias where facility_id > ?").param(marks.get("facility")).update();
		for (String table : TABLES) {
			jdbc.sql("delete from form_submission where record_type = ? and record_id > ?")
				.params(table, marks.get(table)).update();
		}
		for (String table : TABLES) {
			jdbc.sql("delete from " + table + " where id > ?").param(marks.get(table)).update();
		}
		// last, since the deletions above are revisions too
		for (String table : AUDIT_TABLES) {
			jdbc.sql("delete from " + table + " where rev > ?").param(marks.get("revision")).update();
		}
		jdbc.sql("delete from revision where id > ?").param(marks.get("revision")).update();
	}

	private long maxId(String table) {
		return jdbc.sql("select coalesce(max(id), 0) from " + table).query(Long.class).single();
	}

}
