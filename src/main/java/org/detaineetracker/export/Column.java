package org.detaineetracker.export;

import java.util.regex.Pattern;

/**
 * One column of an export: its header, its HXL hashtag with attributes, the SQL that fills it, and
 * whether it holds numbers only (numbers are never given the spreadsheet-safety prefix).
 */
record Column(String header, String hxl, String sql, boolean numeric) {

	/** An HXL 1.1 hashtag and its attributes: {@code #tag +attribute +attribute}. */
	static final Pattern HXL_TAG = Pattern.compile("#[a-z][a-z0-9_]*(?: \\+[a-z][a-z0-9_]*)*");

	Column {
		if (!header.matches("[a-z][a-z0-9_]*")) {
			throw new IllegalArgumentException("header must be snake_case: " + header);
		}
		if (!HXL_TAG.matcher(hxl).matches()) {
			throw new IllegalArgumentException("not an HXL hashtag with attributes: " + hxl);
		}
	}

	static Column text(String header, String hxl, String sql) {
		return new Column(header, hxl, sql, false);
	}

	static Column number(String header, String hxl, String sql) {
		return new Column(header, hxl, sql, true);
	}

	/** A moment as ISO 8601 in UTC to the second: {@code 2026-11-21T08:30:00Z}. */
	static Column moment(String header, String hxl, String sql) {
		return text(header, hxl, "to_char(" + sql + " at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')");
	}

}
