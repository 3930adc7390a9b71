package org.detaineetracker.system;

import java.io.IOException;
import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Arrays;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns the failures a visitor can cause or meet into answers with a reason: a parameter of the
 * wrong type is a 400 that says what was expected; a database that cannot be reached is a 503.
 * The answer itself is rendered by the error controller, so every error looks the same.
 */
@ControllerAdvice
class ErrorAdvice {

	private final DataSource dataSource;

	ErrorAdvice(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	static final String DATABASE_UNAVAILABLE = "The database cannot be reached right now. "
			+ "The page will work again as soon as it is back; please try again in a minute.";

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	void badParameter(MethodArgumentTypeMismatchException e, HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.BAD_REQUEST.value(), describe(e));
	}

	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	void databaseFailure(RuntimeException e, HttpServletResponse response) throws IOException {
		if (!isConnectionFailure(e) && databaseAnswers()) {
			throw e;
		}
		response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value(), DATABASE_UNAVAILABLE);
	}

	static String describe(MethodArgumentTypeMismatchException e) {
		Class<?> type = e.getRequiredType();
		String value = String.valueOf(e.getValue());
		if (type != null && type.isEnum()) {
			String allowed = Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
			return "'" + value + "' is not a valid " + e.getName() + "; expected one of " + allowed + ".";
		}
		if (type != null && (type == long.class || type == Long.class || type == int.class || type == Integer.class)) {
			return "'" + value + "' is not a valid " + e.getName() + "; expected a whole number.";
		}
		if (type != null && type == java.time.LocalDate.class) {
			return "'" + value + "' is not a valid " + e.getName() + "; expected a date written YYYY-MM-DD.";
		}
		return "'" + value + "' is not a valid " + e.getName() + ".";
	}

	/**
	 * A failure seen mid-request does not always say it was the connection (a lost connection can
	 * surface as a failed rollback), so when in doubt ask the database itself.
	 */
	private boolean databaseAnswers() {
		try (Connection connection = dataSource.getConnection()) {
			return connection.isValid(2);
		}
		catch (SQLException | RuntimeException unreachable) {
			return false;
		}
	}

	/** True when the cause is the database being out of reach rather than a fault in a statement. */
	static boolean isConnectionFailure(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
					|| t instanceof SQLTransientConnectionException || t instanceof ConnectException) {
				return true;
			}
			if (t instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				return true;
			}
		}
		return false;
	}

}
