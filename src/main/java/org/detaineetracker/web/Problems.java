package org.detaineetracker.web;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one shape of every JSON error: an RFC 9457 problem ({@code application/problem+json}) that
 * also carries the fields clients have always read: {@code status}, {@code error} (the status's
 * name), {@code reason} (a sentence a person can read; {@code detail} says the same), {@code path}
 * and {@code reference} (also in the log). Built here only, whether the answer comes from a
 * controller, the error page's dispatch, or a filter.
 */
public final class Problems {

	public static final MediaType JSON = MediaType.APPLICATION_PROBLEM_JSON;

	/** How long a client should wait before retrying while the database is away. */
	public static final Duration RETRY_AFTER = Duration.ofSeconds(30);

	public static final String DATABASE_UNAVAILABLE = "The database cannot be reached right now. "
			+ "The page will work again as soon as it is back; please try again in a minute.";

	public static final String UNEXPECTED = "Something went wrong; quote the reference when you report it.";

	private static final Logger log = LoggerFactory.getLogger(Problems.class);

	/** For answers written outside Spring MVC: the same serialisation the message converters use. */
	private static final JsonMapper MAPPER = JsonMapper.builder().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();

	private Problems() {
	}

	/**
	 * A problem with a reason; a blank reason is replaced by a plain one for the status, and a 5xx
	 * other than 503 never says more than {@link #UNEXPECTED}.
	 */
	public static ProblemDetail of(HttpStatusCode status, String reason, String path, String reference) {
		HttpStatus known = HttpStatus.resolve(status.value());
		String error = known == null ? String.valueOf(status.value()) : known.getReasonPhrase();
		String sentence = reasonFor(status, reason);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, sentence);
		problem.setTitle(error);
		problem.setProperty("error", error);
		problem.setProperty("reason", sentence);
		problem.setProperty("path", path);
		problem.setProperty("reference", reference);
		problem.setInstance(asUri(path));
		return problem;
	}

	/** A problem as a response, with a fresh reference, whatever the client's Accept header. */
	public static ResponseEntity<ProblemDetail> answer(HttpStatusCode status, String reason, String path) {
		ProblemDetail problem = of(status, reason, path, ErrorReference.next());
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(status).contentType(JSON);
		if (status.value() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
			answer.header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER.toSeconds()));
		}
		return answer.body(problem);
	}

	/**
	 * Writes a refusal straight to the response, for answers given before Spring MVC is reached (a
	 * filter, Spring Security): the same problem, with a fresh reference that is also logged.
	 */
	public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status,
			String reason) throws IOException {
		ProblemDetail problem = of(status, reason, request.getRequestURI(), ErrorReference.next());
		log.debug("Error {}: {} {} {}", problem.getProperties().get("reference"), status.value(),
				request.getRequestURI(), reason);
		write(response, problem);
	}

	/** Writes a problem straight to the response, for answers given before Spring MVC is reached. */
	public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(JSON.toString());
		response.setCharacterEncoding("UTF-8");
		if (problem.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER.toSeconds()));
		}
		MAPPER.writeValue(response.getOutputStream(), problem);
	}

	/** Whether a request (or, in the error dispatch, the request that failed) is for the JSON API. */
	public static boolean isApi(HttpServletRequest request) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = failed instanceof String original ? original : request.getRequestURI();
		String context = request.getContextPath();
		String path = uri.startsWith(context) ? uri.substring(context.length()) : uri;
		return path.equals("/api") || path.startsWith("/api/");
	}

	static String reasonFor(HttpStatusCode status, String reason) {
		int code = status.value();
		if (code >= 500 && code != HttpStatus.SERVICE_UNAVAILABLE.value()) {
			return UNEXPECTED;
		}
		if (reason != null && !reason.isBlank() && !"No message available".equals(reason)) {
			return reason;
		}
		return switch (code) {
			case 400 -> "The request is malformed.";
			case 401 -> "Sign in first.";
			case 403 -> "Your account may not do this.";
			case 404 -> "There is nothing at this address.";
			case 405 -> "This address does not take that method.";
			case 503 -> DATABASE_UNAVAILABLE;
			default -> HttpStatus.resolve(code) == null ? "The request failed." : HttpStatus.resolve(code).getReasonPhrase() + ".";
		};
	}

	private static URI asUri(String path) {
		if (path == null) {
			return null;
		}
		try {
			return URI.create(path);
		}
		catch (IllegalArgumentException notAUri) {
			return null;
		}
	}

}
