package org.detaineetracker.api;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/**
 * API errors as JSON with a reason, whatever the client's Accept header: a bad parameter is a 400
 * that says what was expected, an unknown slug or id a 404; anything unexpected a 500 that only
 * gives its reference (also logged, with the cause).
 */
@RestControllerAdvice(assignableTypes = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

	private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

	@ExceptionHandler(ResponseStatusException.class)
	ResponseEntity<ApiViews.Error> status(ResponseStatusException e, HttpServletRequest request) {
		return answer(HttpStatus.valueOf(e.getStatusCode().value()), e.getReason(), request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ApiViews.Error> badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
		Class<?> type = e.getRequiredType();
		String reason = "'" + e.getValue() + "' is not a valid " + e.getName()
				+ (type != null && type.isEnum() ? "; expected one of " + java.util.Arrays.toString(type.getEnumConstants())
						: type == long.class || type == int.class ? "; expected a whole number" : "")
				+ ".";
		return answer(HttpStatus.BAD_REQUEST, reason, request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ApiViews.Error> unexpected(Exception e, HttpServletRequest request) {
		ResponseEntity<ApiViews.Error> answer = answer(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong; quote the reference when you report it.", request);
		log.error("Error {}: 500 {}", answer.getBody().reference(), request.getRequestURI(), e);
		return answer;
	}

	static ResponseEntity<ApiViews.Error> answer(HttpStatus status, String reason, HttpServletRequest request) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(new ApiViews.Error(status.value(), status.getReasonPhrase(), reason, request.getRequestURI(),
					org.detaineetracker.web.ErrorReference.next()));
	}

}
