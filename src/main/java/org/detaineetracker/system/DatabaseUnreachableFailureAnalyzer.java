package org.detaineetracker.system;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * When the configured database cannot be reached at start, the application stops with one message
 * that names the URL and the variables to set, instead of a page of stack traces.
 */
class DatabaseUnreachableFailureAnalyzer implements FailureAnalyzer {

	private final Environment environment;

	DatabaseUnreachableFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		Throwable cause = connectionFailure(failure);
		if (cause == null) {
			return null;
		}
		String url = environment.getProperty("spring.datasource.url", "(none: the embedded server)");
		return new FailureAnalysis(
				"Could not connect to the PostgreSQL database at " + url + ": " + cause.getMessage(),
				"Check that the server is running and reachable, then set SPRING_DATASOURCE_URL (for example "
						+ "jdbc:postgresql://localhost:5432/tracker), SPRING_DATASOURCE_USERNAME and "
						+ "SPRING_DATASOURCE_PASSWORD to match it. Unset SPRING_DATASOURCE_URL to use the embedded "
						+ "PostgreSQL server instead.",
				failure);
	}

	private static Throwable connectionFailure(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof ConnectException || t instanceof UnknownHostException
					|| t instanceof SocketTimeoutException) {
				return t;
			}
			if (t instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().equals("28P01")
							|| sql.getSQLState().equals("3D000"))) {
				return t;
			}
		}
		return null;
	}

}
