package org.detaineetracker.test;

import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test data loaded in bulk as if it had always been there: written in one transaction in which the
 * database writes no history (V125), so that tens of thousands of rows added and removed around a
 * test do not become tens of thousands of entries in a seed facility's history.
 */
public final class WithoutHistory {

	private WithoutHistory() {
	}

	public static <T> T run(PlatformTransactionManager transactions, JdbcClient jdbc, Supplier<T> work) {
		return new TransactionTemplate(transactions).execute(status -> {
			jdbc.sql("select set_config('tracker.history', 'off', true)").query(String.class).single();
			return work.get();
		});
	}

}
