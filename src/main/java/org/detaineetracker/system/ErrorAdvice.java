package org.detaineetracker.system;

import java.io.IOException;
import java.lang.reflect.Array;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import org.detaineetracker.web.Problems;

/**
 * Every failure a controller meets becomes one answer with a reason: a parameter of the wrong type
 * is a 400 that says what was expected, a missing record a 404, a database that cannot be reached a
 * 503 with {@code Retry-After}, anything unexpected a 500 that only gives its reference.
 *
 * <p>The JSON API gets the problem ({@link Problems}) here, whatever its Accept header. Pages hand
 * the status and reason to the error dispatch, which renders the friendly error page, or the same
 * problem JSON for a client that asked for JSON.
 */
@RestControllerAdvice
class ErrorAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

	static final String DATABASE_UNAVAILABLE = Problems.DATABASE_UNAVAILABLE;

	private final DatabaseReachability database;

	ErrorAdvice(DatabaseReachability database) {
		this.database = database;
	}

	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	ResponseEntity<Object> databaseFailure(RuntimeException e, WebRequest request) {
		if (!isConnectionFailure(e) && database.answers()) {
			return unexpected(e, request);
		}
		return answer(HttpStatus.SERVICE_UNAVAILABLE, DATABASE_UNAVAILABLE, new HttpHeaders(), request, e);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
		return answer(HttpStatus.INTERNAL_SERVER_ERROR, Problems.UNEXPECTED, new HttpHeaders(), request, e);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return answer(status, describe(ex), headers, request, ex);
	}

	/** Spring MVC's own failures (405, 415, 413, a missing parameter, a ResponseStatusException, …). */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		String reason = body instanceof ProblemDetail problem ? problem.getDetail()
				: ex instanceof ErrorResponse response ? response.getBody().getDetail() : null;
		return answer(statusCode, reason, headers, request, ex);
	}

	private ResponseEntity<Object> answer(HttpStatusCode status, String reason, HttpHeaders headers, WebRequest request,
			Exception cause) {
		HttpServletRequest http = ((ServletWebRequest) request).getRequest();
		HttpServletResponse response = ((ServletWebRequest) request).getResponse();
		if (response != null && response.isCommitted()) {
			// Too late for an error answer: let the failure reach the container, which breaks the
			// connection, so that a client never takes a cut-off download for a complete one.
			throw ErrorAdvice.<RuntimeException>rethrow(cause);
		}
		if (Problems.isApi(http)) {
			ResponseEntity<ProblemDetail> problem = Problems.answer(status, reason, http.getRequestURI());
			String reference = (String) problem.getBody().getProperties().get("reference");
			if (status.is5xxServerError() && status.value() != HttpStatus.SERVICE_UNAVAILABLE.value()) {
				log.error("Error {}: {} {}", reference, status.value(), http.getRequestURI(), cause);
			}
			else {
				log.debug("Error {}: {} {} {}", reference, status.value(), http.getRequestURI(), reason);
			}
			return ResponseEntity.status(status).headers(headers).headers(problem.getHeaders()).body(problem.getBody());
		}
		// The error dispatch renders the page (or problem JSON) with a reference and logs the cause.
		headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		if (status.value() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Problems.RETRY_AFTER.toSeconds()));
		}
		try {
			response.sendError(status.value(), reason);
		}
		catch (IOException | IllegalStateException unwritable) {
			log.warn("Could not answer {} {}", status.value(), http.getRequestURI(), unwritable);
		}
		return null;
	}

	/**
	 * What was wrong with a parameter, in words. A repeated parameter arrives as an array: it is shown
	 * as the values given, never as Java's name for an array.
	 */
	static String describe(TypeMismatchException e) {
		Class<?> type = e.getRequiredType();
		String name = e instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
				: e.getPropertyName();
		String value = shown(e.getValue());
		if (type != null && type.isEnum()) {
			String allowed = Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
			return "'" + value + "' is not a valid " + name + "; expected one of " + allowed + ".";
		}
		if (type != null && (type == long.class || type == Long.class || type == int.class || type == Integer.class)) {
			return "'" + value + "' is not a valid " + name + "; expected a whole number.";
		}
		if (type == LocalDate.class) {
			return "'" + value + "' is not a valid " + name + "; expected a date written YYYY-MM-DD.";
		}
		return "'" + value + "' is not a valid " + name + ".";
	}

	private static String shown(Object value) {
		if (value != null && value.getClass().isArray()) {
			return IntStream.range(0, Array.getLength(value))
				.mapToObj(i -> String.valueOf(Array.get(value, i)))
				.collect(Collectors.joining("', '"));
		}
		return String.valueOf(value);
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

	@SuppressWarnings("unchecked")
	private static <T extends Throwable> RuntimeException rethrow(Throwable failure) throws T {
		throw (T) failure;
	}

}
