package org.detaineetracker.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks against stored records that must still hold when two editors save at once (no loop of
 * citations or groups, no second copy of a figure) take a transaction-level advisory lock first:
 * the second save waits until the first has committed, and its check then sees the first's rows.
 */
@Component
public class RecordLocks {

	private final JdbcClient jdbc;

	RecordLocks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Held until the transaction ends; the parts name what is locked, e.g. ("source.cites"). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void lock(Object... parts) {
		String key = Arrays.stream(parts).map(String::valueOf).collect(Collectors.joining("|"));
		jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param(key).query(Object.class).optional();
	}

}
